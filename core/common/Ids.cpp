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
    // stores the same few moments several times per case (received, stage since, complete, the
    // snapshot, the clock's start and stop): converting and formatting is the expensive part, so
    // the last few are remembered.
    if (!at.isValid())
        return at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs);
    constexpr int kKept = 4;
    thread_local qint64 keptMs[kKept] = {};
    thread_local QString keptText[kKept];
    thread_local int next = 0;
    const qint64 ms = at.toMSecsSinceEpoch();
    for (int i = 0; i < kKept; ++i)
        if (keptMs[i] == ms && !keptText[i].isNull())
            return keptText[i];
    const int slot = next;
    next = (next + 1) % kKept;
    keptMs[slot] = ms;
    keptText[slot] = at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs);
    return keptText[slot];
}

QString toStoredDate(const QDate& day)
{
    if (!day.isValid() || day.year() < 1000 || day.year() > 9999)
        return day.toString(Qt::ISODate);
    // QDate::toString formats through QString::asprintf: 2% of an import's time.
    int y = 0, m = 0, d = 0;
    day.getDate(&y, &m, &d);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

QDateTime fromStoredTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toTimeZone(Clock::zone());
}

} // namespace loket
