#include "PasswordHasher.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <mutex>
#include <sodium.h>

namespace loket {

void PasswordHasher::ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            throw Error::storage(
                QCoreApplication::translate("loket::PasswordHasher", "The cryptography library could not start."));
    });
}

QString PasswordHasher::hash(const QString& password)
{
    ensureInitialised();
    QByteArray plain = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, plain.constData(), static_cast<unsigned long long>(plain.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (rc != 0)
        throw Error::storage(QCoreApplication::translate(
            "loket::PasswordHasher", "Not enough memory to protect the password; close other programs and try again."));
    const QString result = QString::fromLatin1(out);
    sodium_memzero(out, sizeof out);
    return result;
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray plain = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), plain.constData(),
                                             static_cast<unsigned long long>(plain.size())) == 0;
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

void PasswordHasher::verifyDummy(const QString& password)
{
    static const QString dummy = hash(QStringLiteral("loket-no-such-user"));
    verify(dummy, password);
}

} // namespace loket
