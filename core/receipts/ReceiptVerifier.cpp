#include "ReceiptVerifier.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace loket {

ReceiptCheck ReceiptVerifier::verify(const QString& qrText) const
{
    const auto fields = ReceiptQr::parse(qrText);
    if (!fields)
        throw Error::invalid(tr("\"%1\" is not a signed receipt QR code (LK1:...).").arg(qrText.trimmed()),
                             QStringLiteral("code"));
    return verify(*fields);
}

ReceiptCheck ReceiptVerifier::verify(const ReceiptQr::Fields& f) const
{
    ReceiptCheck c;
    c.registrationNumber = f.registrationNumber;
    c.kind = f.kind;
    c.signedAt = f.signedAt;
    c.keyId = f.keyId;
    c.code = ReceiptQr::shortCode(f.signature);
    // A sample printed to check a printer is never a receipt of the office (samples printed before
    // they had a throw-away key carry a workstation's real signature).
    if (f.registrationNumber.startsWith(sampleReceiptPrefix())) {
        c.reason = tr("this is a sample receipt (loket-cli receipt sample), not a receipt of the office");
        return c;
    }
    const ReceiptKey* key = nullptr;
    for (const ReceiptKey& k : m_keys)
        if (k.keyId == f.keyId && k.publicKey.size() == crypto_sign_PUBLICKEYBYTES)
            key = &k;
    if (!key) {
        c.reason = tr("key %1 is not a receipt key of this office").arg(f.keyId);
        return c;
    }
    c.keyWorkstation = key->workstation;
    const QByteArray message = ReceiptQr::message(f.registrationNumber, f.kind, f.signedAt, f.keyId);
    if (sodium_init() < 0 || f.signature.size() != crypto_sign_BYTES ||
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(f.signature.constData()),
                                    reinterpret_cast<const unsigned char*>(message.constData()),
                                    static_cast<unsigned long long>(message.size()),
                                    reinterpret_cast<const unsigned char*>(key->publicKey.constData())) != 0) {
        c.reason = tr("the signature does not match the receipt's data");
        return c;
    }
    if (key->revoked() && f.signedAt >= key->revokedAt) {
        c.reason = tr("key %1 of workstation %2 was revoked on %3, before this receipt was signed")
                       .arg(f.keyId, key->workstation,
                            key->revokedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return c;
    }
    if (!key->covers(f.signedAt)) {
        c.reason = tr("key %1 was not yet valid when this receipt says it was signed").arg(f.keyId);
        return c;
    }
    c.valid = true;
    return c;
}

QByteArray ReceiptVerifier::keyFile(const QList<ReceiptKey>& keys, const QString& office, const QDateTime& now)
{
    QJsonArray list;
    for (const ReceiptKey& k : keys)
        list.append(QJsonObject{
            {QStringLiteral("key_id"), k.keyId},
            {QStringLiteral("workstation"), k.workstation},
            {QStringLiteral("public_key"), QString::fromLatin1(k.publicKey.toBase64())},
            {QStringLiteral("valid_from"), toStoredTime(k.validFrom)},
            {QStringLiteral("revoked_at"), k.revoked() ? QJsonValue(toStoredTime(k.revokedAt)) : QJsonValue()}});
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("loket-receipt-keys-1")},
                        {QStringLiteral("office"), office},
                        {QStringLiteral("exported_at"), toStoredTime(now)},
                        {QStringLiteral("keys"), list}};
    return QJsonDocument(o).toJson();
}

QList<ReceiptKey> ReceiptVerifier::readKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(tr("The key file %1 cannot be read: %2").arg(path, f.errorString()),
                             QStringLiteral("keys"));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("loket-receipt-keys-1"))
        throw Error::invalid(tr("%1 is not a Loket receipt key file.").arg(path), QStringLiteral("keys"));
    QList<ReceiptKey> keys;
    for (const QJsonValue& v : o.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject k = v.toObject();
        ReceiptKey key;
        key.keyId = k.value(QStringLiteral("key_id")).toString();
        key.workstation = k.value(QStringLiteral("workstation")).toString();
        key.publicKey = QByteArray::fromBase64(k.value(QStringLiteral("public_key")).toString().toLatin1());
        key.validFrom = fromStoredTime(k.value(QStringLiteral("valid_from")).toString());
        if (k.value(QStringLiteral("revoked_at")).isString())
            key.revokedAt = fromStoredTime(k.value(QStringLiteral("revoked_at")).toString());
        // A key file is data from outside: a key id must be the one of its public key.
        if (key.publicKey.size() == crypto_sign_PUBLICKEYBYTES && ReceiptQr::keyIdOf(key.publicKey) == key.keyId)
            keys.append(key);
    }
    return keys;
}

} // namespace loket
