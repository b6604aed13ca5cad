#include "ReceiptKeyService.h"

#include "ReceiptKeyRepository.h"
#include "ReceiptVerifier.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSaveFile>

namespace loket {

QList<ReceiptKey> ReceiptKeyService::keys(const Database& db)
{
    return ReceiptKeyRepository(db.handle()).all();
}

int ReceiptKeyService::exportTo(const Context& ctx, const QString& path)
{
    const QList<ReceiptKey> list = keys(ctx.database());
    const QString office = SettingsRepository(ctx.database()).value(QStringLiteral("office.name"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(ReceiptVerifier::keyFile(list, office, ctx.clock().now())) < 0 ||
        !f.commit()) {
        qCWarning(lcStorage) << "cannot write the receipt key file" << path << f.errorString();
        throw Error::storage(tr("The key file %1 cannot be written.").arg(path), f.errorString());
    }
    return int(list.size());
}

ReceiptKey ReceiptKeyService::revoke(const Context& ctx, const QString& keyId, const QDateTime& at,
                                     const QString& reason)
{
    ctx.require(Permission::ManageSettings);
    const auto found = ReceiptKeyRepository(ctx.db()).byKeyId(keyId);
    if (!found)
        throw Error::notFound(tr("There is no receipt key %1 in this office.").arg(keyId.trimmed().toUpper()));
    if (found->revoked())
        throw Error::conflict(tr("Receipt key %1 was already revoked.").arg(found->keyId));
    const QDateTime now = ctx.clock().now();
    const QDateTime when = at.isValid() ? at : now;
    if (when > now)
        throw Error::invalid(tr("A key is revoked from now or a past time, not from %1.")
                                 .arg(when.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                             QStringLiteral("at"));
    ReceiptKey key = *found;
    key.revokedAt = when < key.validFrom ? key.validFrom : when;
    key.revokedBy = ctx.actor().username;
    key.revokeReason = reason.simplified();
    Transaction tx(ctx.db());
    ReceiptKeyRepository(ctx.db()).revoke(key, toStoredTime(now), ctx.workstation());
    AuditLog::append(ctx, QStringLiteral("receipt.key_revoke"), QStringLiteral("receipt_keys"), key.id,
                     {{QStringLiteral("revoked_at"), QJsonValue()}},
                     {{QStringLiteral("key_id"), key.keyId},
                      {QStringLiteral("key_workstation"), key.workstation},
                      {QStringLiteral("revoked_at"), toStoredTime(key.revokedAt)}},
                     key.revokeReason);
    tx.commit();
    return key;
}

} // namespace loket
