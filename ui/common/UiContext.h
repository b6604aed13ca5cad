#pragma once

#include "common/Context.h"

#include <QObject>

namespace loket {
class Database;
}

namespace loket::ui {

// What every screen is given: the open database and the service context of the signed-in
// user. Emits actorChanged when the officer at the counter changes, so pages refresh.
class UiContext : public QObject
{
    Q_OBJECT
public:
    UiContext(Database& db, const Clock& clock, Actor actor, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    const Context& context() const { return m_context; }
    const Actor& actor() const { return m_context.actor(); }
    void setActor(Actor actor);
    // Pages call this after a change so other pages can reload.
    void notifyDataChanged(const QString& domain);

Q_SIGNALS:
    void actorChanged();
    void dataChanged(const QString& domain);

private:
    Database& m_db;
    Context m_context;
};

} // namespace loket::ui
