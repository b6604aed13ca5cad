#pragma once

#include "Actor.h"

#include <QSqlDatabase>

namespace loket {

class Database;
class Clock;

// What every service call needs: the database, the clock, and who is acting.
class Context
{
public:
    Context(Database& db, const Clock& clock, Actor actor);

    Database& database() const { return *m_db; }
    QSqlDatabase db() const;
    const Clock& clock() const { return *m_clock; }
    const Actor& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    QString workstation() const;

    // Throws Error::permission naming the action when the actor may not take it.
    void require(Permission permission) const;

private:
    Database* m_db;
    const Clock* m_clock;
    Actor m_actor;
};

} // namespace loket
