#include "Context.h"

#include "Error.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace loket {

Context::Context(Database& db, const Clock& clock, Actor actor) : m_db(&db), m_clock(&clock), m_actor(std::move(actor))
{
}

QSqlDatabase Context::db() const
{
    return m_db->handle();
}

QString Context::workstation() const
{
    return m_db->workstationCode();
}

void Context::require(Permission permission) const
{
    if (!m_actor.can(permission)) {
        throw Error::permission(QCoreApplication::translate("loket::Context", "%1 may not do this: %2.")
                                    .arg(m_actor.username.isEmpty() ? QCoreApplication::translate("loket::Context", "Nobody signed in")
                                                                    : m_actor.username,
                                         permissionTitle(permission)));
    }
}

} // namespace loket
