#pragma once

#include <QByteArray>
#include <QString>

namespace loket {

// Argon2id password strings through libsodium (crypto_pwhash_str, interactive limits). The
// string carries its own salt and parameters; the password itself is never kept.
class PasswordHasher
{
public:
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // True when the stored string uses weaker limits than the current ones.
    static bool needsRehash(const QString& storedHash);
    // Spends the same time as a real check, so an unknown user name is not revealed by timing.
    static void verifyDummy(const QString& password);

private:
    static void ensureInitialised();
};

} // namespace loket
