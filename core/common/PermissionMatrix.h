#pragma once

#include "Permission.h"
#include "Role.h"

namespace loket {

// The one place that decides which role may do what.
class PermissionMatrix
{
public:
    static bool allows(Role role, Permission permission);
    static bool allows(const Roles& roles, Permission permission);
    // For screens and help texts: the roles that may take this action.
    static Roles rolesAllowed(Permission permission);
};

} // namespace loket
