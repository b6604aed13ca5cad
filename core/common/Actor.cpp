#include "Actor.h"

#include "PermissionMatrix.h"

namespace loket {

bool Actor::can(Permission p) const
{
    return system || PermissionMatrix::allows(roles, p);
}

Actor Actor::systemActor()
{
    Actor a;
    a.username = QStringLiteral("system");
    a.displayName = QStringLiteral("Loket");
    a.system = true;
    return a;
}

} // namespace loket
