#include "ReceiptService.h"

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

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("loket::ReceiptService", text);
}

} // namespace

QByteArray ReceiptService::officeSecret(const Database& db)
{
    const QString secret = SettingsRepository(db).value(QStringLiteral("office.secret"));
    if (secret.isEmpty())
        throw Error::conflict(tr("This database has no office secret (setting office.secret), so receipts "
                                 "cannot be signed or verified."));
    return secret.toUtf8();
}

void ReceiptService::stamp(const Database& db, ReceiptData& data)
{
    if (data.registrationNumber.trimmed().isEmpty())
        throw Error::invalid(tr("A receipt needs a registration number."), QStringLiteral("registration_number"));
    data.verificationCode = VerificationCode::compute(officeSecret(db), data.registrationNumber, data.kind);
    data.qrPayload = VerificationCode::qrPayload(data.registrationNumber, data.verificationCode);
}

VerificationCode::Check ReceiptService::verify(const Database& db, const QString& text, const QString& code)
{
    QString reg = text.trimmed();
    QString c = code.trimmed();
    if (c.isEmpty()) {
        const VerificationCode::Parsed p = VerificationCode::parsePayload(text);
        if (!p.ok)
            throw Error::invalid(tr("\"%1\" is not a receipt QR code (LOKET:<registration number>:<code>); give the "
                                    "registration number and the code instead.")
                                     .arg(text.trimmed()),
                                 QStringLiteral("code"));
        reg = p.registrationNumber;
        c = p.code;
    }
    if (reg.isEmpty())
        throw Error::invalid(tr("The registration number is empty."), QStringLiteral("registration_number"));
    return VerificationCode::verify(officeSecret(db), reg, c);
}

void ReceiptService::recordPrint(const Context& ctx, const ReceiptData& data, const QString& layout,
                                 const QString& target)
{
    ctx.require(data.kind == ReceiptKind::HandOver ? Permission::HandOver : Permission::RegisterCase);
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
    SqlQuery(ctx.db(), QStringLiteral("INSERT INTO receipt_prints (id, registration_number, kind, verification_code, "
                                      "layout, target, printed_at, printed_by, created_at, updated_at, workstation, "
                                      "row_version) VALUES (:id, :reg, :kind, :code, :layout, :target, :now, :by, "
                                      ":now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":reg"), data.registrationNumber.trimmed())
        .bind(QStringLiteral(":kind"), receiptKindKey(data.kind))
        .bind(QStringLiteral(":code"), data.verificationCode)
        .bind(QStringLiteral(":layout"), layout)
        .bind(QStringLiteral(":target"), target)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
    AuditLog::append(ctx, QStringLiteral("receipt.print"), QStringLiteral("receipt_prints"), id, {},
                     {{QStringLiteral("registration_number"), data.registrationNumber.trimmed()},
                      {QStringLiteral("kind"), receiptKindKey(data.kind)},
                      {QStringLiteral("layout"), layout},
                      {QStringLiteral("target"), target}});
    tx.commit();
}

QList<ReceiptPrint> ReceiptService::prints(const Database& db, const QString& registrationNumber)
{
    SqlQuery q(db.handle(), QStringLiteral("SELECT registration_number, kind, verification_code, layout, target, "
                                           "printed_at, printed_by FROM receipt_prints WHERE registration_number = "
                                           ":reg ORDER BY printed_at, created_at"));
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
        out.append(p);
    }
    return out;
}

} // namespace loket
