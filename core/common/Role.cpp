#include "Role.h"

#include <QCoreApplication>

namespace loket {

const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::FrontDesk, Role::BackOffice, Role::TechnicalTeam,
                                   Role::Head,      Role::Supervisor, Role::Admin};
    return roles;
}

QString roleKey(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QStringLiteral("front_desk");
    case Role::BackOffice:
        return QStringLiteral("back_office");
    case Role::TechnicalTeam:
        return QStringLiteral("technical_team");
    case Role::Head:
        return QStringLiteral("head");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

bool roleFromKey(const QString& key, Role* out)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString roleTitle(Role role)
{
    switch (role) {
    case Role::FrontDesk:
        return QCoreApplication::translate("loket::Role", "Front-desk officer");
    case Role::BackOffice:
        return QCoreApplication::translate("loket::Role", "Back-office verifier");
    case Role::TechnicalTeam:
        return QCoreApplication::translate("loket::Role", "Technical team");
    case Role::Head:
        return QCoreApplication::translate("loket::Role", "Head of office");
    case Role::Supervisor:
        return QCoreApplication::translate("loket::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("loket::Role", "Administrator");
    }
    return {};
}

} // namespace loket
