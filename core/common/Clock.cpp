#include "Clock.h"

#include "Log.h"

#include <memory>

namespace loket {

QTimeZone Clock::zone()
{
    static const QTimeZone tz = [] {
        QTimeZone jakarta("Asia/Jakarta");
        // Without tzdata, WIB is a fixed UTC+7 (Indonesia has no daylight saving).
        return jakarta.isValid() ? jakarta : QTimeZone(7 * 3600);
    }();
    return tz;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone());
}

FixedClock::FixedClock(QDateTime now)
{
    set(now);
}

void FixedClock::set(const QDateTime& now)
{
    m_now = now.toTimeZone(Clock::zone());
}

namespace {
bool g_pinned = false;
}

const Clock& defaultClock()
{
    static const std::unique_ptr<Clock> clock = []() -> std::unique_ptr<Clock> {
#ifdef LOKET_CLOCK_OVERRIDE
        const QString pinned = qEnvironmentVariable("LOKET_NOW");
#else
        const QString pinned; // a release build: LOKET_NOW is ignored
#endif
        if (!pinned.isEmpty()) {
            QDateTime at = QDateTime::fromString(pinned, Qt::ISODate);
            if (!at.isValid()) {
                const QDate day = QDate::fromString(pinned, Qt::ISODate);
                if (day.isValid())
                    at = QDateTime(day, QTime(9, 0));
            }
            if (at.isValid()) {
                if (at.timeSpec() == Qt::LocalTime)
                    at = QDateTime(at.date(), at.time(), Clock::zone());
                qCInfo(lcCli).noquote() << "clock pinned by LOKET_NOW to" << at.toString(Qt::ISODate);
                g_pinned = true;
                return std::make_unique<FixedClock>(at);
            }
        }
        return std::make_unique<SystemClock>();
    }();
    return *clock;
}

const Clock& unsettableClock(const Clock& clock)
{
    static const SystemClock system;
    return g_pinned && &clock == &defaultClock() ? static_cast<const Clock&>(system) : clock;
}

} // namespace loket
