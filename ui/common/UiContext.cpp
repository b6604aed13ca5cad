#include "UiContext.h"

namespace loket::ui {

UiContext::UiContext(Database& db, const Clock& clock, Actor actor, QObject* parent)
    : QObject(parent), m_db(db), m_context(db, clock, std::move(actor))
{
}

void UiContext::setActor(Actor actor)
{
    m_context.setActor(std::move(actor));
    Q_EMIT actorChanged();
}

void UiContext::notifyDataChanged(const QString& domain)
{
    Q_EMIT dataChanged(domain);
}

} // namespace loket::ui
