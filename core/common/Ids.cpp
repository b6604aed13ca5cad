#include "Ids.h"

#include "Clock.h"

#include <QUuid>

namespace loket {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toStoredTime(const QDateTime& at)
{
    return at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toTimeZone(Clock::zone());
}

} // namespace loket
