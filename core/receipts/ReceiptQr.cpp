#include "ReceiptQr.h"

#include "VerificationCode.h"

#include <QCryptographicHash>
#include <QStringList>
#include <cstring>

namespace loket {

namespace {

const QLatin1String kPrefix("LK1:");
const char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kSignatureBytes = 64;

QString kindLetter(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::ReturnSlip:
        return QStringLiteral("R");
    case ReceiptKind::HandOver:
        return QStringLiteral("H");
    case ReceiptKind::Complaint:
        return QStringLiteral("P");
    case ReceiptKind::FileReceipt:
        break;
    }
    return QStringLiteral("F");
}

bool kindFromLetter(const QString& letter, ReceiptKind* out)
{
    if (letter == QLatin1String("F"))
        *out = ReceiptKind::FileReceipt;
    else if (letter == QLatin1String("R"))
        *out = ReceiptKind::ReturnSlip;
    else if (letter == QLatin1String("H"))
        *out = ReceiptKind::HandOver;
    else if (letter == QLatin1String("P"))
        *out = ReceiptKind::Complaint;
    else
        return false;
    return true;
}

QString canonical(const QString& reg)
{
    return reg.trimmed().toUpper();
}

} // namespace

QByteArray ReceiptQr::message(const QString& registrationNumber, ReceiptKind kind, const QDateTime& signedAt,
                              const QString& keyId)
{
    QByteArray m("loket-receipt-v2");
    m.append('\x1f').append(canonical(registrationNumber).toUtf8());
    m.append('\x1f').append(receiptKindKey(kind).toLatin1());
    m.append('\x1f').append(QByteArray::number(signedAt.toSecsSinceEpoch()));
    m.append('\x1f').append(keyId.toLatin1());
    return m;
}

QString ReceiptQr::text(const Fields& f)
{
    return kPrefix + canonical(f.registrationNumber) + u':' + kindLetter(f.kind) + u':' +
           QString::number(f.signedAt.toSecsSinceEpoch()) + u':' + f.keyId + u':' + base32(f.signature);
}

bool ReceiptQr::looksSigned(const QString& text)
{
    return text.trimmed().startsWith(kPrefix, Qt::CaseInsensitive);
}

std::optional<ReceiptQr::Fields> ReceiptQr::parse(const QString& input)
{
    const QString text = input.trimmed().toUpper();
    if (!text.startsWith(kPrefix))
        return std::nullopt;
    QStringList parts = text.mid(kPrefix.size()).split(u':');
    if (parts.size() < 5)
        return std::nullopt;
    Fields f;
    bool ok = false;
    const QString signatureText = parts.takeLast();
    f.signature = fromBase32(signatureText, &ok);
    // Only the canonical spelling: the unused bits of the last character must be zero.
    if (!ok || f.signature.size() != kSignatureBytes || base32(f.signature) != signatureText)
        return std::nullopt;
    f.keyId = parts.takeLast();
    if (f.keyId.size() != 8)
        return std::nullopt;
    const qint64 secs = parts.takeLast().toLongLong(&ok);
    if (!ok || secs <= 0)
        return std::nullopt;
    f.signedAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    if (!kindFromLetter(parts.takeLast(), &f.kind))
        return std::nullopt;
    f.registrationNumber = parts.join(u':').trimmed();
    if (f.registrationNumber.isEmpty())
        return std::nullopt;
    return f;
}

QString ReceiptQr::shortCode(const QByteArray& signature)
{
    const QByteArray h = QCryptographicHash::hash(signature, QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 7; ++i)
        bits = (bits << 8) | static_cast<quint8>(h.at(i));
    QString code;
    for (int i = 0; i < VerificationCode::kLength; ++i)
        code.append(QLatin1Char(VerificationCode::alphabet()[(bits >> (56 - 5 * (i + 1))) & 0x1f]));
    return VerificationCode::group(code);
}

QString ReceiptQr::keyIdOf(const QByteArray& publicKey)
{
    return base32(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(5));
}

QString ReceiptQr::base32(const QByteArray& bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | static_cast<quint8>(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kBase32[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kBase32[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

QByteArray ReceiptQr::fromBase32(const QString& text, bool* ok)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    *ok = false;
    for (QChar ch : text) {
        const char c = ch.toUpper().toLatin1();
        const char* at = c ? std::strchr(kBase32, c) : nullptr;
        if (!at)
            return {};
        buffer = (buffer << 5) | quint32(at - kBase32);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    *ok = true;
    return out;
}

} // namespace loket
