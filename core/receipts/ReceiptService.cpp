#include "ReceiptService.h"

#include "ReceiptContent.h"
#include "ReceiptKeyRepository.h"
#include "ReceiptQr.h"
#include "ReceiptRecordRepository.h"
#include "ReceiptSigner.h"
#include "ReceiptVerifier.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace loket {

QByteArray ReceiptService::officeSecret(const Database& db)
{
    const QString secret = SettingsRepository(db).value(QStringLiteral("office.secret"));
    if (secret.isEmpty())
        throw Error::conflict(tr("This database has no office secret (setting office.secret), so receipts "
                                 "cannot be signed or verified."));
    return secret.toUtf8();
}

namespace {
// Fills signedAt (printedAt to the second), keyId, signature, qrPayload and verificationCode.
void signWith(const ReceiptSigner& signer, ReceiptData& data)
{
    ReceiptQr::Fields f;
    f.registrationNumber = data.registrationNumber.trimmed().toUpper();
    f.kind = data.kind;
    f.signedAt = QDateTime::fromSecsSinceEpoch(data.printedAt.toSecsSinceEpoch(), Qt::UTC);
    f.keyId = signer.keyId();
    f.signature = signer.sign(ReceiptQr::message(f.registrationNumber, f.kind, f.signedAt, f.keyId));
    data.signedAt = f.signedAt.toTimeZone(Clock::zone());
    data.keyId = f.keyId;
    data.signature = ReceiptQr::base32(f.signature);
    data.qrPayload = ReceiptQr::text(f);
    data.verificationCode = ReceiptQr::shortCode(f.signature);
}
} // namespace

void ReceiptService::stamp(const Context& ctx, ReceiptData& data)
{
    if (data.registrationNumber.trimmed().isEmpty())
        throw Error::invalid(tr("A receipt needs a registration number."), QStringLiteral("registration_number"));
    const ReceiptSigner signer = ReceiptSigner::forContext(ctx);
    if (!data.printedAt.isValid())
        data.printedAt = ctx.clock().now();
    signWith(signer, data);
}

ReceiptData ReceiptService::issue(const Context& ctx, const ReceiptData& data)
{
    if (data.eventAt.isValid()) {
        const auto stored = ReceiptRecordRepository(ctx.db()).find(data.registrationNumber, data.kind, data.eventAt);
        if (stored) {
            ReceiptData copy = ReceiptContent::fromJson(stored->content);
            copy.receiptId = stored->id;
            copy.copy = true;
            copy.copyPrintedAt = ctx.clock().now();
            copy.copyPrintedBy = ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
            return copy;
        }
    }
    ReceiptData fresh = data;
    stamp(ctx, fresh);
    return fresh;
}

namespace {
ReceiptCheck checkStored(const Database& db, const QString& reg, const QString& code)
{
    const QString normalized = VerificationCode::normalizeCode(code);
    if (normalized.isEmpty())
        return {};
    const auto stored = ReceiptRecordRepository(db.handle()).byCode(reg, VerificationCode::group(normalized));
    if (!stored)
        return {};
    return ReceiptVerifier(ReceiptKeyRepository(db.handle()).all()).verify(stored->qrText);
}
} // namespace

ReceiptCheck ReceiptService::verify(const Database& db, const QString& text, const QString& code)
{
    if (code.trimmed().isEmpty() && ReceiptQr::looksSigned(text))
        return ReceiptVerifier(ReceiptKeyRepository(db.handle()).all()).verify(text);
    QString reg = text.trimmed();
    QString c = code.trimmed();
    if (c.isEmpty()) {
        const VerificationCode::Parsed p = VerificationCode::parsePayload(text);
        if (!p.ok)
            throw Error::invalid(tr("\"%1\" is not a receipt QR code (LK1:... or LOKET:<registration number>:<code>); "
                                    "give the registration number and the code instead.")
                                     .arg(text.trimmed()),
                                 QStringLiteral("code"));
        reg = p.registrationNumber;
        c = p.code;
    }
    if (reg.isEmpty())
        throw Error::invalid(tr("The registration number is empty."), QStringLiteral("registration_number"));
    // A typed code of a signed receipt: the stored receipt it names, checked with its signature.
    ReceiptCheck check = checkStored(db, reg, c);
    if (check.valid)
        return check;
    // A code printed before signed receipts: this database's own secret.
    const QString secret = SettingsRepository(db).value(QStringLiteral("office.secret"));
    const VerificationCode::Check legacy = VerificationCode::verify(secret.toUtf8(), reg, c);
    check.registrationNumber = legacy.registrationNumber;
    check.code = legacy.code;
    check.legacy = legacy.valid;
    check.valid = legacy.valid;
    check.kind = legacy.kind;
    check.reason = legacy.valid ? QString()
                                : tr("code %1 does not belong to registration number %2 of this office")
                                      .arg(legacy.code, legacy.registrationNumber);
    return check;
}

void ReceiptService::requirePrint(const Context& ctx, ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::HandOver:
        ctx.require(Permission::HandOver);
        return;
    case ReceiptKind::Complaint:
        ctx.require(Permission::RegisterComplaint);
        return;
    case ReceiptKind::FileReceipt:
    case ReceiptKind::ReturnSlip:
        break;
    }
    ctx.require(Permission::RegisterCase);
}

namespace {
// The first print of an original: keeps what it said and its signature (table receipts).
QString storeOriginal(const Context& ctx, const ReceiptData& data, const QString& by, const QString& now)
{
    ReceiptRecordRepository repo(ctx.db());
    const QDateTime event = data.eventAt.isValid() ? data.eventAt : data.signedAt;
    if (const auto stored = repo.find(data.registrationNumber, data.kind, event))
        return stored->id;
    StoredReceipt r;
    r.id = newId();
    r.registrationNumber = data.registrationNumber;
    r.kind = data.kind;
    r.eventAt = event;
    r.signedAt = data.signedAt;
    r.keyId = data.keyId;
    r.signature = data.signature;
    r.code = data.verificationCode;
    r.qrText = data.qrPayload;
    ReceiptData content = data;
    content.eventAt = event;
    r.content = ReceiptContent::toJson(content);
    r.issuedBy = by;
    repo.insert(r, now, ctx.workstation());
    return r.id;
}
} // namespace

void ReceiptService::recordPrint(const Context& ctx, const ReceiptData& data, const QString& layout,
                                 const QString& target)
{
    requirePrint(ctx, data.kind);
    if (layout != QLatin1String("a4") && layout != QLatin1String("thermal"))
        throw Error::invalid(tr("Receipt layout must be a4 or thermal, not \"%1\".").arg(layout),
                             QStringLiteral("layout"));
    if (target != QLatin1String("printer") && target != QLatin1String("pdf"))
        throw Error::invalid(tr("Receipt target must be printer or pdf, not \"%1\".").arg(target),
                             QStringLiteral("target"));
    if (data.registrationNumber.trimmed().isEmpty() || data.verificationCode.isEmpty())
        throw Error::invalid(tr("Only a stamped receipt with a registration number can be logged."),
                             QStringLiteral("registration_number"));
    const QString id = newId();
    const QString now = toStoredTime(ctx.clock().now());
    const QString by = ctx.actor().username.isEmpty() ? QStringLiteral("system") : ctx.actor().username;
    Transaction tx(ctx.db());
    const QString receiptId = data.copy ? data.receiptId : storeOriginal(ctx, data, by, now);
    // The print log: case receipts since schema 6, complaint receipts since schema 17.
    SqlQuery(ctx.db(),
             QStringLiteral("INSERT INTO receipt_prints (id, registration_number, kind, verification_code, "
                            "layout, target, printed_at, printed_by, created_at, updated_at, workstation, "
                            "row_version, receipt_id, copy) VALUES (:id, :reg, :kind, :code, :layout, :target, "
                            ":now, :by, :now, :now, :ws, 1, :receipt, :copy)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":reg"), data.registrationNumber.trimmed())
        .bind(QStringLiteral(":kind"), receiptKindKey(data.kind))
        .bind(QStringLiteral(":code"), data.verificationCode)
        .bind(QStringLiteral(":layout"), layout)
        .bind(QStringLiteral(":target"), target)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .bind(QStringLiteral(":receipt"), receiptId)
        .bind(QStringLiteral(":copy"), data.copy ? 1 : 0)
        .exec();
    AuditLog::append(ctx, data.copy ? QStringLiteral("receipt.reprint") : QStringLiteral("receipt.print"),
                     QStringLiteral("receipts"), receiptId, {},
                     {{QStringLiteral("registration_number"), data.registrationNumber.trimmed()},
                      {QStringLiteral("kind"), receiptKindKey(data.kind)},
                      {QStringLiteral("layout"), layout},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("copy"), data.copy}});
    tx.commit();
}

ReceiptData ReceiptService::sample(const Context& ctx, ReceiptKind kind)
{
    const SettingsRepository settings(ctx.database());
    const QDateTime now = ctx.clock().now();
    ReceiptData d;
    d.kind = kind;
    d.officeName = settings.value(QStringLiteral("office.name"), tr("Investment and One-Stop Integrated Services Office"));
    d.officeAddress = settings.value(QStringLiteral("office.address"));
    d.officePhone = settings.value(QStringLiteral("office.phone"));
    d.registrationNumber =
        sampleReceiptPrefix() + QStringLiteral("%1/%2/000001").arg(ctx.workstation()).arg(now.date().year());
    d.receivedAt = now.addSecs(-20 * 60);
    d.printedAt = now;
    d.applicantName = QStringLiteral("Siti Rahmawati");
    d.applicantNik = QStringLiteral("321401********02");
    d.applicantNikMasked = true;
    d.applicantPhone = QStringLiteral("0812-3456-7890");
    d.representativeName = QStringLiteral("Budi Santoso");
    d.representativeNik = QStringLiteral("321405********01");
    d.businessName = QStringLiteral("PT Kalibrasi Presisi Purwakarta");
    d.businessNib = QStringLiteral("9120001234567");
    d.businessNpwp = QStringLiteral("09.254.294.3-407.000");
    d.businessKblis = {QStringLiteral("71205"), QStringLiteral("71201")};
    d.serviceKbli = QStringLiteral("71205");
    d.serviceName = QStringLiteral("Izin (Risiko Tinggi) Jasa Kalibrasi/Metrologi");
    d.standardVersion = QStringLiteral("1");
    const QStringList texts = {QStringLiteral("Surat permohonan bermaterai"), QStringLiteral("Fotokopi KTP pemohon"),
                               QStringLiteral("Akta pendirian perusahaan dan pengesahannya"),
                               QStringLiteral("Surat kuasa bermaterai (bila dikuasakan)"),
                               QStringLiteral("Daftar peralatan kalibrasi dan sertifikat ketertelusurannya")};
    for (int i = 0; i < texts.size(); ++i) {
        ReceiptChecklistLine line;
        line.requirementKey = QStringLiteral("U%1").arg(i + 1);
        line.text = texts.at(i);
        line.status = ReceiptChecklistLine::Status::Valid;
        if (kind == ReceiptKind::ReturnSlip && i == 4) {
            line.status = ReceiptChecklistLine::Status::Missing;
            line.note = QStringLiteral("sertifikat ketertelusuran belum dilampirkan");
            d.missingItems << QStringLiteral("U5. %1 (%2)").arg(line.text, line.note);
        }
        d.checklist.append(line);
    }
    if (kind != ReceiptKind::ReturnSlip)
        d.expectedCompletion = now.date().addDays(9);
    d.workingDays = 7;
    d.fee = QStringLiteral("Gratis");
    d.product = QStringLiteral("Izin Usaha Jasa Kalibrasi");
    d.officerName = ctx.actor().displayName.isEmpty() ? QStringLiteral("Petugas Loket") : ctx.actor().displayName;
    d.complaintChannels = {{QStringLiteral("WhatsApp"), QStringLiteral("0812-0000-0000")},
                           {QStringLiteral("Email"), QStringLiteral("pengaduan@example.go.id")},
                           {QStringLiteral("SP4N-LAPOR!"), QStringLiteral("www.lapor.go.id")},
                           {QStringLiteral("Kotak saran"), QString()}};
    if (kind == ReceiptKind::HandOver) {
        d.handOverNib = d.businessNib;
        d.permitNumber = QStringLiteral("503/0001/IZIN/DPMPTSP/%1").arg(now.date().year());
        d.signatureDate = now.date().addDays(-1);
        d.handOverDate = now.date();
        d.receiverName = d.representativeName;
        d.receiverIdentity = QStringLiteral("NIK 321405********01");
    }
    // Never the workstation's own key: a sample must not be a receipt that verifies.
    d.sample = true;
    signWith(ReceiptSigner::throwAway(ctx.workstation()), d);
    return d;
}

QList<ReceiptPrint> ReceiptService::prints(const Database& db, const QString& registrationNumber)
{
    SqlQuery q(db.handle(), QStringLiteral("SELECT registration_number, kind, verification_code, layout, target, "
                                           "printed_at, printed_by, copy FROM receipt_prints WHERE "
                                           "registration_number = :reg ORDER BY printed_at, created_at"));
    q.bind(QStringLiteral(":reg"), registrationNumber.trimmed()).exec();
    QList<ReceiptPrint> out;
    while (q.next()) {
        ReceiptPrint p;
        p.registrationNumber = q.value(0).toString();
        receiptKindFromKey(q.value(1).toString(), &p.kind);
        p.verificationCode = q.value(2).toString();
        p.layout = q.value(3).toString();
        p.target = q.value(4).toString();
        p.printedAt = fromStoredTime(q.value(5).toString());
        p.printedBy = q.value(6).toString();
        p.copy = q.value(7).toInt() != 0;
        out.append(p);
    }
    return out;
}

} // namespace loket
