#pragma once

#include "receipts/ReceiptData.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace loket {

// The text of a signed receipt's QR code, and the message its Ed25519 signature covers.
//
// QR text  "LK1:<REG>:<K>:<TIME>:<KEYID>:<SIG>", all upper case, so that a QR code holds it in
//          alphanumeric mode (0-9 A-Z space $ % * + - . / :) and stays small enough for a phone
//          camera or a USB scanner to read at receipt size.
//          REG    registration or complaint number, trimmed and upper-cased (may contain ':')
//          K      F file receipt, R return slip, H hand-over receipt, P complaint receipt
//          TIME   when the receipt was issued and signed (seconds since 1970, UTC), decimal
//          KEYID  8 base32 characters naming the signing key (ReceiptQr::keyIdOf)
//          SIG    the 64-byte Ed25519 signature, base32 (RFC 4648, no padding, 103 characters)
// message  "loket-receipt-v2" US REG US kind key US TIME US KEYID (US = 0x1f)
// code     the short code for people to type: the first 50 bits of SHA-256(signature) in the
//          alphabet of VerificationCode, grouped 5-5; a typed code is checked against the stored
//          receipt it names.
class ReceiptQr
{
public:
    struct Fields
    {
        QString registrationNumber;
        ReceiptKind kind = ReceiptKind::FileReceipt;
        QDateTime signedAt;
        QString keyId;
        QByteArray signature;
    };

    static QByteArray message(const QString& registrationNumber, ReceiptKind kind, const QDateTime& signedAt,
                              const QString& keyId);
    static QString text(const Fields& fields);
    // Empty when `text` is not a signed receipt QR text (prefix case-insensitive).
    static std::optional<Fields> parse(const QString& text);
    static bool looksSigned(const QString& text);

    static QString shortCode(const QByteArray& signature);
    static QString keyIdOf(const QByteArray& publicKey);

    static QString base32(const QByteArray& bytes);
    static QByteArray fromBase32(const QString& text, bool* ok);
};

} // namespace loket
