#include "ReceiptKeyCommands.h"
#include "CliText.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "receipts/ReceiptKeyService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject keyJson(const ReceiptKey& k)
{
    return QJsonObject{
        {QStringLiteral("key_id"), k.keyId},
        {QStringLiteral("workstation"), k.workstation},
        {QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())},
        {QStringLiteral("valid_from"), toStoredTime(k.validFrom)},
        {QStringLiteral("revoked_at"), k.revoked() ? QJsonValue(toStoredTime(k.revokedAt)) : QJsonValue()},
        {QStringLiteral("revoked_by"), k.revokedBy},
        {QStringLiteral("revoke_reason"), k.revokeReason}};
}

int runList(CliContext& ctx, CliArgs& args)
{
    args.finish();
    Context c = ctx.anonymousContext();
    QJsonArray list;
    QString text;
    for (const ReceiptKey& k : ReceiptKeyService::keys(c.database())) {
        list.append(keyJson(k));
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(k.keyId, k.workstation, localTime(k.validFrom),
                         k.revoked() ? Cli::tr("revoked %1").arg(localTime(k.revokedAt)) : Cli::tr("in use"));
    }
    ctx.print(list, text.isEmpty() ? Cli::tr("No receipt keys yet: a workstation makes its key when it signs its first "
                                             "receipt.")
                                   : text.trimmed());
    return ExitOk;
}

int runExport(CliContext& ctx, CliArgs& args)
{
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("receipt keys export needs a FILE.")};
    Context c = ctx.anonymousContext();
    const QString path = QFileInfo(file).absoluteFilePath();
    const int n = ReceiptKeyService::exportTo(c, path);
    ctx.print(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("keys"), n}},
              Cli::tr("%n public receipt key(s) written to %1.", nullptr, n).arg(path));
    return ExitOk;
}

int runRevoke(CliContext& ctx, CliArgs& args)
{
    const QString at = args.option(QStringLiteral("at"));
    const QString reason = args.option(QStringLiteral("reason"));
    const QString keyId = args.takeFirst();
    args.finish();
    if (keyId.isEmpty())
        throw UsageError{Cli::tr("receipt keys revoke needs a KEY_ID.")};
    QDateTime when;
    if (!at.isEmpty()) {
        when = QDateTime(QDate::fromString(at.left(10), Qt::ISODate),
                         at.size() > 10 ? QTime::fromString(at.mid(11, 5), QStringLiteral("HH:mm")) : QTime(0, 0),
                         Clock::zone());
        if (!when.isValid())
            throw Error::invalid(Cli::tr("--at must be \"YYYY-MM-DD HH:MM\", not %1.").arg(at), QStringLiteral("at"));
    }
    Context c = ctx.userContext();
    const ReceiptKey k = ReceiptKeyService::revoke(c, keyId, when, reason);
    ctx.print(keyJson(k),
              Cli::tr("Receipt key %1 of workstation %2 revoked from %3: receipts it signed from then on are "
                      "refused.")
                  .arg(k.keyId, k.workstation, localTime(k.revokedAt)));
    return ExitOk;
}
} // namespace

int runReceiptKeys(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("export"))
        return runExport(ctx, args);
    if (sub == QLatin1String("revoke"))
        return runRevoke(ctx, args);
    throw UsageError{Cli::tr("receipt keys needs list, export or revoke.")};
}

} // namespace loket::cli
