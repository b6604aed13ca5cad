#pragma once

#include <QString>

namespace loket {

class Database;

// Sign-in and session rules, read from the office settings with safe defaults.
struct SecurityPolicy
{
    static constexpr int kMinPasswordLength = 8;
    static constexpr const char* kMaxFailuresKey = "security.max_failures";
    static constexpr const char* kLockoutMinutesKey = "security.lockout_minutes";
    static constexpr const char* kIdleLockMinutesKey = "security.idle_lock_minutes";

    int maxFailures = 5;         // wrong passwords in a row before the account locks
    int lockoutMinutes = 5;      // how long it stays locked
    double idleLockMinutes = 10; // screen lock after this much idle time; 0 turns it off

    static SecurityPolicy load(const Database& db);
    // Throws Error::invalid naming `field` when the password is too short or blank.
    static void checkPasswordStrength(const QString& password, const QString& field = QStringLiteral("password"));
};

} // namespace loket
