#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace loket {

// One public receipt key of the office (table receipt_keys, or a line of an exported key file).
struct ReceiptKey
{
    QString id; // row id; empty for a key read from a file
    QString keyId;
    QByteArray publicKey; // 32 bytes, Ed25519
    QString workstation;  // whose PC holds the private key
    QDateTime validFrom;
    QDateTime revokedAt; // invalid while not revoked
    QString revokedBy;
    QString revokeReason;

    bool revoked() const { return revokedAt.isValid(); }
    // Whether a receipt signed at `at` may carry this key's signature.
    bool covers(const QDateTime& at) const { return at >= validFrom && (!revokedAt.isValid() || at < revokedAt); }
};

} // namespace loket
