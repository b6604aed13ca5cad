#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptKey.h"

#include <QList>

namespace loket {

class Context;
class Database;

// The office's public receipt keys: list, export for a verification desk, revoke.
class ReceiptKeyService
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptKeyService)
public:
    static QList<ReceiptKey> keys(const Database& db);

    // Writes the office's public key list (ReceiptVerifier::keyFile) to `path`; the number of
    // keys. Public keys only: no permission is needed. Error::storage when it cannot be written.
    static int exportTo(const Context& ctx, const QString& path);

    // Revokes a key from `at` (now when invalid): receipts it signed from then on are refused.
    // Needs ManageSettings. Error::notFound for an unknown key, Error::invalid for a time in the
    // future or before the key was valid, Error::conflict when already revoked.
    static ReceiptKey revoke(const Context& ctx, const QString& keyId, const QDateTime& at, const QString& reason);
};

} // namespace loket
