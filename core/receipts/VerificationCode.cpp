#include "VerificationCode.h"

#include "ReceiptQr.h"

#include <QMessageAuthenticationCode>
#include <cstring>

namespace loket {

namespace {

const char kAlphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const QLatin1String kPrefix("LOKET:");

QString canonicalRegistration(const QString& reg)
{
    return reg.trimmed().toUpper();
}

bool equalConstantTime(const QString& a, const QString& b)
{
    if (a.size() != b.size())
        return false;
    ushort diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}

} // namespace

const char* VerificationCode::alphabet()
{
    return kAlphabet;
}

QString VerificationCode::compute(const QByteArray& secret, const QString& registrationNumber, ReceiptKind kind)
{
    QByteArray message("loket-receipt-v1");
    message.append('\x1f').append(canonicalRegistration(registrationNumber).toUtf8());
    message.append('\x1f').append(receiptKindKey(kind).toLatin1());
    const QByteArray mac = QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256);
    // Take 5 bits at a time from the front of the MAC.
    QString code;
    quint64 bits = 0;
    for (int i = 0; i < 7; ++i)
        bits = (bits << 8) | static_cast<quint8>(mac.at(i));
    for (int i = 0; i < kLength; ++i) {
        const int shift = 56 - 5 * (i + 1);
        code.append(QLatin1Char(kAlphabet[(bits >> shift) & 0x1f]));
    }
    return group(code);
}

QString VerificationCode::qrPayload(const QString& registrationNumber, const QString& code)
{
    return kPrefix + registrationNumber.trimmed() + u':' + code;
}

QString VerificationCode::normalizeCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c.isSpace() || c == u'-')
            continue;
        const QChar u = c.toUpper();
        if (u.unicode() > 127 || !std::strchr(kAlphabet, char(u.unicode())))
            return {};
        out.append(u);
    }
    return out.size() == kLength ? out : QString();
}

QString VerificationCode::group(const QString& normalizedCode)
{
    if (normalizedCode.size() != kLength)
        return normalizedCode;
    return normalizedCode.left(5) + u'-' + normalizedCode.mid(5);
}

VerificationCode::Parsed VerificationCode::parsePayload(const QString& payload)
{
    Parsed p;
    const QString text = payload.trimmed();
    // A signed receipt's QR text names its registration number too (scan fields, searches).
    if (const auto fields = ReceiptQr::parse(text)) {
        p.ok = true;
        p.registrationNumber = fields->registrationNumber;
        p.code = ReceiptQr::shortCode(fields->signature);
        return p;
    }
    // A signed receipt's text that does not parse (a character changed) still names the
    // application it claims, so the counter can open it and see the warning.
    if (ReceiptQr::looksSigned(text)) {
        // LK1:<REG>:<K>:<TIME>:<KEYID>:<SIG>, the number read from the front as parse() reads the
        // other fields from the back.
        const QStringList parts = text.split(QLatin1Char(':'));
        const QString reg = parts.mid(1, parts.size() - 5).join(QLatin1Char(':')).trimmed().toUpper();
        if (parts.size() >= 6 && !reg.isEmpty()) {
            p.ok = true;
            p.registrationNumber = reg;
        }
        return p;
    }
    if (!text.startsWith(kPrefix, Qt::CaseInsensitive))
        return p;
    const qsizetype last = text.lastIndexOf(u':');
    if (last <= kPrefix.size())
        return p;
    const QString reg = text.mid(kPrefix.size(), last - kPrefix.size()).trimmed();
    const QString code = normalizeCode(text.mid(last + 1));
    if (reg.isEmpty() || code.isEmpty())
        return p;
    p.ok = true;
    p.registrationNumber = reg;
    p.code = group(code);
    return p;
}

VerificationCode::Check VerificationCode::verify(const QByteArray& secret, const QString& registrationNumber,
                                                 const QString& code)
{
    Check c;
    c.registrationNumber = registrationNumber.trimmed();
    const QString normalized = normalizeCode(code);
    c.code = normalized.isEmpty() ? code.trimmed() : group(normalized);
    if (normalized.isEmpty() || c.registrationNumber.isEmpty() || secret.isEmpty())
        return c;
    for (ReceiptKind kind : {ReceiptKind::FileReceipt, ReceiptKind::ReturnSlip, ReceiptKind::HandOver}) {
        const QString expected = compute(secret, registrationNumber, kind);
        if (equalConstantTime(expected, c.code)) {
            c.valid = true;
            c.kind = kind;
        }
    }
    return c;
}

} // namespace loket
