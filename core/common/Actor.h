#pragma once

#include "Permission.h"
#include "Role.h"

#include <QString>

namespace loket {

// Who is acting: a signed-in user, or the system itself (migrations, imports of built-in data).
struct Actor
{
    QString userId;
    QString username;
    QString displayName;
    Roles roles;
    bool system = false;

    bool can(Permission p) const;
    // The program itself, for set-up steps that no person takes (creating a database).
    static Actor systemActor();
};

} // namespace loket
