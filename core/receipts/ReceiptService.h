#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptCheck.h"
#include "receipts/ReceiptData.h"
#include "receipts/VerificationCode.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loket {

class Context;
class Database;

// One entry of the receipt log (table receipt_prints).
struct ReceiptPrint {
    QString registrationNumber;
    ReceiptKind kind = ReceiptKind::FileReceipt;
    QString verificationCode;
    QString layout; // "a4" | "thermal"
    QString target; // "printer" | "pdf"
    QDateTime printedAt;
    QString printedBy;
    bool copy = false;
};

// Signs receipts with this workstation's key (ReceiptSigner), keeps each issued receipt as a
// record, verifies scanned or typed codes of any workstation of the office, and logs prints.
class ReceiptService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptService)
public:
    // The office secret (settings "office.secret") of the HMAC codes printed before signed
    // receipts; throws Error::conflict when the database has none.
    static QByteArray officeSecret(const Database& db);

    // Signs: fills signedAt (printedAt to the second), keyId, signature, qrPayload and
    // verificationCode. Makes and publishes this workstation's key on first use.
    static void stamp(const Context& ctx, ReceiptData& data);

    // The receipt to print for freshly built `data`: the stored receipt of the same kind and
    // event (data.eventAt) as a copy marked with now and the actor, or else `data` signed.
    static ReceiptData issue(const Context& ctx, const ReceiptData& data);

    // `text` is a signed QR text ("LK1:..."), an old QR payload ("LOKET:REG:CODE"), or a
    // registration number with `code` given separately. Signed receipts of every workstation of
    // the office verify with the keys in receipt_keys; old codes with this database's secret.
    // Throws Error::invalid when the text is none of these.
    static ReceiptCheck verify(const Database& db, const QString& text, const QString& code = {});

    // Throws Error::permission unless the actor may print this kind of receipt.
    static void requirePrint(const Context& ctx, ReceiptKind kind);

    // Stores the receipt (first print of an original), appends to the receipt log and the audit
    // trail in one transaction. Needs RegisterCase (HandOver for a hand-over receipt,
    // RegisterComplaint for a complaint receipt). layout "a4"|"thermal", target "printer"|"pdf".
    static void recordPrint(const Context& ctx, const ReceiptData& data, const QString& layout,
                            const QString& target);

    // A receipt with made-up parties and the office's own header, for checking a printer and the
    // layouts (loket-cli receipt sample). Its registration number starts with "CONTOH/", it is
    // marked as a sample, and it is signed with a throw-away key that is neither kept nor
    // published: it verifies nowhere, and this workstation's key is not touched.
    static ReceiptData sample(const Context& ctx, ReceiptKind kind);

    // The log of one registration number, oldest first.
    static QList<ReceiptPrint> prints(const Database& db, const QString& registrationNumber);
};

} // namespace loket
