#include "ReceiptKeyFile.h"

#include "ReceiptQr.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/SecretFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace loket {

QString ReceiptKeyFile::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".receipt-key");
}

std::optional<ReceiptKeyFile::Key> ReceiptKeyFile::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return std::nullopt;
    if (!f.open(QIODevice::ReadOnly))
        throw Error::storage(tr("The receipt key file %1 cannot be read.").arg(path), f.errorString());
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Key k;
    k.workstation = o.value(QStringLiteral("workstation")).toString();
    k.secretKey = QByteArray::fromBase64(o.value(QStringLiteral("secret_key")).toString().toLatin1());
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("loket-receipt-key-1") ||
        k.secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        qCWarning(lcStorage) << "receipt key file is not usable, a new key will be made:" << path;
        return std::nullopt;
    }
    k.publicKey = k.secretKey.right(crypto_sign_PUBLICKEYBYTES);
    k.keyId = ReceiptQr::keyIdOf(k.publicKey);
    return k;
}

ReceiptKeyFile::Key ReceiptKeyFile::generate(const QString& workstation)
{
    if (sodium_init() < 0)
        throw Error::storage(tr("The cryptography library could not be started."));
    Key k;
    k.workstation = workstation;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(k.publicKey.data()),
                        reinterpret_cast<unsigned char*>(k.secretKey.data()));
    k.keyId = ReceiptQr::keyIdOf(k.publicKey);
    return k;
}

void ReceiptKeyFile::save(const QString& path, const Key& key)
{
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("loket-receipt-key-1")},
                        {QStringLiteral("key_id"), key.keyId},
                        {QStringLiteral("workstation"), key.workstation},
                        {QStringLiteral("secret_key"), QString::fromLatin1(key.secretKey.toBase64())}};
    QString error;
    if (!SecretFile::write(path, QJsonDocument(o).toJson(), &error)) {
        qCWarning(lcStorage) << "cannot write the receipt key file" << path << error;
        throw Error::storage(tr("The receipt key file %1 cannot be written.").arg(path), error);
    }
}

} // namespace loket
