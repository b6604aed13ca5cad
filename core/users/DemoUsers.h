#pragma once

#include "common/Role.h"

#include <QList>
#include <QString>

namespace loket {

class Context;
class Database;

// The demo database's accounts: one per role, with known passwords (listed in the README and
// on the sign-in screen of a demo). Never for a real office.
class DemoUsers
{
public:
    struct Account
    {
        QString username;
        QString password;
        QString displayName;
        Role role;
    };

    static const QList<Account>& accounts();
    // Creates the accounts that are missing (with staff profiles and training records) and sets
    // demo.enabled = 1. Runs as the given context's actor (the system actor for demo-setup).
    // Returns how many accounts were created.
    static int create(const Context& ctx);
    static bool isDemo(const Database& db);
};

} // namespace loket
