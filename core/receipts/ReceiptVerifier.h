#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptCheck.h"
#include "receipts/ReceiptKey.h"
#include "receipts/ReceiptQr.h"

#include <QList>

namespace loket {

// Checks signed receipts against a list of the office's public keys: from the database
// (receipt_keys) or from a key file (loket-cli receipt keys export), with no database at all.
//
// Key file (JSON): {"format": "loket-receipt-keys-1", "office": NAME, "exported_at": TIME,
//                   "keys": [{"key_id", "workstation", "public_key" (base64), "valid_from",
//                             "revoked_at" (null when not revoked)}]}
class ReceiptVerifier
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptVerifier)
public:
    explicit ReceiptVerifier(QList<ReceiptKey> keys) : m_keys(std::move(keys)) {}

    // Refused: an unknown key (another office), a key not valid at the signing time (revoked
    // before it, or made after it), or a signature that does not match (any changed character).
    ReceiptCheck verify(const ReceiptQr::Fields& fields) const;
    // Parses first; Error::invalid when `text` is not a signed receipt QR text.
    ReceiptCheck verify(const QString& qrText) const;

    static QByteArray keyFile(const QList<ReceiptKey>& keys, const QString& office, const QDateTime& now);
    // Error::invalid (field "keys") when the file is missing or not a key file.
    static QList<ReceiptKey> readKeyFile(const QString& path);

private:
    QList<ReceiptKey> m_keys;
};

} // namespace loket
