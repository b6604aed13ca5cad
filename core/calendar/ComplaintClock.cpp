#include "ComplaintClock.h"

#include "common/Clock.h"

namespace loket {

QDate ComplaintClock::windowEnd(QDate serviceReceived, int windowCalendarDays)
{
    return serviceReceived.addDays(windowCalendarDays);
}

bool ComplaintClock::admissible(QDate serviceReceived, QDate complaintReceived, int windowCalendarDays)
{
    if (!serviceReceived.isValid() || !complaintReceived.isValid())
        return false;
    return complaintReceived >= serviceReceived && complaintReceived <= windowEnd(serviceReceived, windowCalendarDays);
}

ClockResult ComplaintClock::answerClock(const WorkingCalendar& calendar, const QDateTime& received,
                                        int answerWorkingDays, QDate today, std::optional<QDate> answeredOn,
                                        int atRiskDays)
{
    ClockRule rule;
    rule.workingDays = answerWorkingDays;
    rule.atRiskDays = atRiskDays;
    QList<ClockEvent> events{{ClockEvent::Type::Start, received, {}}};
    if (answeredOn && answeredOn->isValid()) {
        // End of day keeps the answer after a same-day receipt whatever time that was.
        QDateTime at(*answeredOn, QTime(23, 59, 59), Clock::zone());
        events.append({ClockEvent::Type::Stop, at, {}});
    }
    return SlaClock::evaluate(calendar, rule, events, today);
}

} // namespace loket
