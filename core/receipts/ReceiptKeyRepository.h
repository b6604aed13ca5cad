#pragma once

#include "receipts/ReceiptKey.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace loket {

// The SQL of table receipt_keys (the office's public receipt keys).
class ReceiptKeyRepository
{
public:
    explicit ReceiptKeyRepository(const QSqlDatabase& db) : m_db(db) {}

    QList<ReceiptKey> all() const; // oldest first
    std::optional<ReceiptKey> byKeyId(const QString& keyId) const;
    // The newest key of `publicKey`, revoked or not.
    std::optional<ReceiptKey> byPublicKey(const QByteArray& publicKey) const;
    void insert(const ReceiptKey& key, const QString& now, const QString& workstation);
    void revoke(const ReceiptKey& key, const QString& now, const QString& workstation);

private:
    QSqlDatabase m_db;
};

} // namespace loket
