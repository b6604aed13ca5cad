#include "ReceiptKeyRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"

namespace loket {

namespace {
const QString kColumns = QStringLiteral("id, key_id, public_key, key_workstation, valid_from, revoked_at, revoked_by, "
                                        "revoke_reason");

ReceiptKey read(const SqlQuery& q)
{
    ReceiptKey k;
    k.id = q.value(0).toString();
    k.keyId = q.value(1).toString();
    k.publicKey = QByteArray::fromBase64(q.value(2).toString().toLatin1());
    k.workstation = q.value(3).toString();
    k.validFrom = fromStoredTime(q.value(4).toString());
    if (!q.value(5).isNull())
        k.revokedAt = fromStoredTime(q.value(5).toString());
    k.revokedBy = q.value(6).toString();
    k.revokeReason = q.value(7).toString();
    return k;
}
} // namespace

QList<ReceiptKey> ReceiptKeyRepository::all() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM receipt_keys ORDER BY valid_from, key_workstation, key_id"));
    q.exec();
    QList<ReceiptKey> out;
    while (q.next())
        out.append(read(q));
    return out;
}

std::optional<ReceiptKey> ReceiptKeyRepository::byKeyId(const QString& keyId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM receipt_keys WHERE key_id = :key ORDER BY valid_from LIMIT 1"));
    q.bind(QStringLiteral(":key"), keyId.trimmed().toUpper()).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<ReceiptKey> ReceiptKeyRepository::byPublicKey(const QByteArray& publicKey) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + kColumns +
                         QStringLiteral(" FROM receipt_keys WHERE public_key = :pk ORDER BY valid_from DESC LIMIT 1"));
    q.bind(QStringLiteral(":pk"), QString::fromLatin1(publicKey.toBase64())).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void ReceiptKeyRepository::insert(const ReceiptKey& key, const QString& now, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO receipt_keys (id, key_id, public_key, key_workstation, valid_from, "
                                  "created_at, updated_at, workstation, row_version) VALUES (:id, :key, :pk, :kws, "
                                  ":from, :now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), key.id)
        .bind(QStringLiteral(":key"), key.keyId)
        .bind(QStringLiteral(":pk"), QString::fromLatin1(key.publicKey.toBase64()))
        .bind(QStringLiteral(":kws"), key.workstation)
        .bind(QStringLiteral(":from"), toStoredTime(key.validFrom))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void ReceiptKeyRepository::revoke(const ReceiptKey& key, const QString& now, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("UPDATE receipt_keys SET revoked_at = :at, revoked_by = :by, revoke_reason = "
                                  ":reason, updated_at = :now, workstation = :ws, row_version = row_version + 1 "
                                  "WHERE id = :id"))
        .bind(QStringLiteral(":at"), toStoredTime(key.revokedAt))
        .bind(QStringLiteral(":by"), key.revokedBy)
        .bind(QStringLiteral(":reason"), key.revokeReason)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), key.id)
        .exec();
}

} // namespace loket
