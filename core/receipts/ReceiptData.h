#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

enum class ReceiptKind
{
    FileReceipt, // tanda terima berkas: complete file registered, clock started
    ReturnSlip,  // surat pengembalian berkas: incomplete file, lists what is missing
    HandOver,    // tanda terima penyerahan NIB/izin
    Complaint,   // tanda terima pengaduan/saran (registration number = complaint number)
};

// "file" | "return" | "handover" (CLI --kind values and the verification-code input).
inline QString receiptKindKey(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::ReturnSlip:
        return QStringLiteral("return");
    case ReceiptKind::HandOver:
        return QStringLiteral("handover");
    case ReceiptKind::Complaint:
        return QStringLiteral("complaint");
    case ReceiptKind::FileReceipt:
        break;
    }
    return QStringLiteral("file");
}

inline bool receiptKindFromKey(const QString& key, ReceiptKind* out)
{
    if (key == QLatin1String("file"))
        *out = ReceiptKind::FileReceipt;
    else if (key == QLatin1String("return"))
        *out = ReceiptKind::ReturnSlip;
    else if (key == QLatin1String("handover"))
        *out = ReceiptKind::HandOver;
    else if (key == QLatin1String("complaint"))
        *out = ReceiptKind::Complaint;
    else
        return false;
    return true;
}

// The registration numbers of sample receipts (loket-cli receipt sample) start with this; a
// verifier refuses them whatever their signature.
inline QString sampleReceiptPrefix()
{
    return QStringLiteral("CONTOH/");
}

// One line of the requirement checklist as received at the counter.
struct ReceiptChecklistLine {
    enum class Status { Present, Valid, Missing };
    QString requirementKey; // "U1", "K2", ... (may be empty)
    QString text;
    Status status = Status::Missing;
    QString note;
};

struct ReceiptComplaintChannel {
    QString label;   // "WhatsApp", "Email", ...
    QString contact; // number, address or url; may be empty
};

// Everything a receipt prints. Filled by CaseService::receiptData(); the renderer only reads it.
// Texts are already in the language to print (data as stored; labels are translated by the renderer).
struct ReceiptData {
    ReceiptKind kind = ReceiptKind::FileReceipt;

    // Office (from settings).
    QString officeName;
    QString officeAddress;
    QString officePhone;

    QString registrationNumber;
    QDateTime receivedAt; // when the file was received at the counter
    QDateTime printedAt;  // when this receipt is printed (ctx.clock())

    // Applicant (pemohon) and optional representative (kuasa).
    QString applicantName;
    QString applicantNik; // already masked when the receipt should not show it in full
    bool applicantNikMasked = false;
    QString applicantPhone;
    QString representativeName; // empty when the applicant comes in person
    QString representativeNik;

    // Business.
    QString businessName;
    QString businessNib;
    QString businessNpwp;
    QStringList businessKblis;

    // Service (the standard the case is processed under).
    QString serviceKbli;
    QString serviceName;
    QString standardVersion;

    QList<ReceiptChecklistLine> checklist;
    QStringList missingItems; // return slip: exactly what is missing (text, with notes)

    QDate expectedCompletion; // invalid on a return slip
    int workingDays = 0;      // the standard's completion time
    QString fee;              // "Gratis"
    QString product;          // "NIB dan Sertifikat Standar ..."
    QString officerName;

    QList<ReceiptComplaintChannel> complaintChannels;

    // Hand-over receipt only.
    QString handOverNib;
    QString permitNumber;
    QDate signatureDate;
    QDate handOverDate;
    QString receiverName;
    QString receiverIdentity; // e.g. "KTP 3214...."; as it should print

    // Complaint receipt only (registrationNumber is the complaint number, receivedAt when it was
    // received, expectedCompletion the answer due date, workingDays the answer time).
    QString complaintChannel;   // the channel it came through
    QString complaintKindTitle; // registered as a complaint or as a suggestion (translated)
    QString triageRuleText;     // the rule that decided it (translated)
    QString followUp;           // how to follow up (translated)

    // Filled by ReceiptService (ReceiptQr); the renderer prints them as given.
    QString verificationCode; // grouped, e.g. "K7QM4-XPA2B"
    QString qrPayload;        // signed: "LK1:REG:K:TIME:KEYID:SIG"; before schema 13 "LOKET:REG:CODE"
    QDateTime signedAt;       // when first issued: the time its signature covers
    QString keyId;            // the signing key
    QString signature;        // base32
    QDateTime eventAt;        // the event it is for (complete file, return, hand-over, complaint received)

    // A reprint renders the stored receipt again, marked as a copy.
    QString receiptId; // the stored receipt (table receipts); empty until first printed
    bool copy = false;
    QDateTime copyPrintedAt;
    QString copyPrintedBy;

    // loket-cli receipt sample: made-up data signed with a throw-away key that no workstation
    // publishes, so it verifies nowhere; printed marked as a sample.
    bool sample = false;
};

} // namespace loket
