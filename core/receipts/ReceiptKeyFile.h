#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace loket {

// This workstation's private receipt key: a file beside the database file ("<database>.receipt-key",
// owner read/write only). It is not in the database, so it is never synced, exported or backed up;
// a database restored on another PC finds no key file there and makes a new key.
class ReceiptKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptKeyFile)

public:
    struct Key
    {
        QString keyId;
        QString workstation;
        QByteArray secretKey; // 64 bytes, libsodium crypto_sign secret key (seed + public key)
        QByteArray publicKey; // 32 bytes
    };

    static QString pathFor(const QString& databasePath);
    // Empty when there is no usable key file; Error::storage when it cannot be read.
    static std::optional<Key> load(const QString& path);
    // A new Ed25519 key pair for `workstation`.
    static Key generate(const QString& workstation);
    // Writes the key with permissions 0600 (replacing an old key file). Error::storage on failure.
    static void save(const QString& path, const Key& key);
};

} // namespace loket
