#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

namespace loket {

class Context;

// Signs receipts with this workstation's Ed25519 key (libsodium crypto_sign). The key is made on
// first use, kept in ReceiptKeyFile beside the database, and its public half is published in
// table receipt_keys (synced to the whole office). A key the office revoked, or one made for
// another workstation code, is replaced by a new one.
class ReceiptSigner
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptSigner)
public:
    static ReceiptSigner forContext(const Context& ctx);
    // A key made for one sample receipt and forgotten: not saved, not published, so nothing it
    // signs verifies anywhere.
    static ReceiptSigner throwAway(const QString& workstation);

    const QString& keyId() const { return m_keyId; }
    QByteArray sign(const QByteArray& message) const;

private:
    QString m_keyId;
    QByteArray m_secretKey;
};

} // namespace loket
