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
    // The text depends on the moment alone (it is written in the office's zone), and an import
    // stores the same moment several times per case (received, stage since, complete, the
    // snapshot, the clock's start): converting and formatting it is the expensive part, so the
    // last one is remembered.
    if (!at.isValid())
        return at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs);
    thread_local qint64 lastMs = 0;
    thread_local QString lastText;
    const qint64 ms = at.toMSecsSinceEpoch();
    if (lastText.isNull() || ms != lastMs) {
        lastText = at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

QDateTime fromStoredTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toTimeZone(Clock::zone());
}

} // namespace loket
