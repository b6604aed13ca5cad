#pragma once

#include <QList>
#include <QString>

namespace loket {

// The office roles the standard's workflow names. A user may hold several.
enum class Role
{
    FrontDesk,     // petugas loket
    BackOffice,    // verifikator back office
    TechnicalTeam, // tim teknis
    Head,          // kepala dinas, the signer
    Supervisor,    // atasan langsung
    Admin,         // the office's IT admin
};

using Roles = QList<Role>;

const QList<Role>& allRoles();
QString roleKey(Role role); // stable key stored in the database
bool roleFromKey(const QString& key, Role* out);
QString roleTitle(Role role); // translated, for screens and print

} // namespace loket
