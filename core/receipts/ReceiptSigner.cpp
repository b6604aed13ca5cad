#include "ReceiptSigner.h"

#include "ReceiptKeyFile.h"
#include "ReceiptKeyRepository.h"
#include "audit/AuditLog.h"
#include "common/Actor.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <sodium.h>

namespace loket {

namespace {
// Publishes `key` in receipt_keys, valid from now, and notes it in the audit trail.
void publish(const Context& ctx, const ReceiptKeyFile::Key& key, const QDateTime& now)
{
    ReceiptKey row;
    row.id = newId();
    row.keyId = key.keyId;
    row.publicKey = key.publicKey;
    row.workstation = key.workstation;
    row.validFrom = now;
    Transaction tx(ctx.db());
    ReceiptKeyRepository(ctx.db()).insert(row, toStoredTime(now), ctx.workstation());
    // A key made in a run with no signed-in user is published by the system.
    const Actor actor = ctx.actor().username.isEmpty() ? Actor::systemActor() : ctx.actor();
    AuditLog::append(ctx.db(), ctx.clock().now(), actor, ctx.workstation(), QStringLiteral("receipt.key_publish"),
                     QStringLiteral("receipt_keys"), row.id, {},
                     {{QStringLiteral("key_id"), row.keyId},
                      {QStringLiteral("key_workstation"), row.workstation},
                      {QStringLiteral("valid_from"), toStoredTime(now)}});
    tx.commit();
}
} // namespace

ReceiptSigner ReceiptSigner::forContext(const Context& ctx)
{
    const QString path = ReceiptKeyFile::pathFor(ctx.database().path());
    const QString ws = ctx.workstation();
    QDateTime now = ctx.clock().now().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    std::optional<ReceiptKeyFile::Key> key = ReceiptKeyFile::load(path);
    const ReceiptKeyRepository repo(ctx.db());
    std::optional<ReceiptKey> published;
    if (key && key->workstation == ws)
        published = repo.byPublicKey(key->publicKey);
    const bool usable = key && key->workstation == ws && (!published || !published->revoked());
    if (!usable) {
        key = ReceiptKeyFile::generate(ws);
        ReceiptKeyFile::save(path, *key);
        qCInfo(lcStorage) << "new receipt signing key" << key->keyId << "for workstation" << ws;
        published.reset();
    }
    if (!published)
        publish(ctx, *key, now);
    ReceiptSigner s;
    s.m_keyId = key->keyId;
    s.m_secretKey = key->secretKey;
    return s;
}

ReceiptSigner ReceiptSigner::throwAway(const QString& workstation)
{
    const ReceiptKeyFile::Key key = ReceiptKeyFile::generate(workstation);
    ReceiptSigner s;
    s.m_keyId = key.keyId;
    s.m_secretKey = key.secretKey;
    return s;
}

QByteArray ReceiptSigner::sign(const QByteArray& message) const
{
    if (m_secretKey.size() != crypto_sign_SECRETKEYBYTES)
        throw Error::conflict(tr("This workstation has no receipt signing key."));
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char*>(m_secretKey.constData()));
    return sig;
}

} // namespace loket
