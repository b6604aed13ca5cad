#pragma once

#include "SlaClock.h"

namespace loket {

// Complaint clocks: a complaint is admissible within a window of calendar days counted from the
// day the service was received (handed over); the answer is due some working days after the
// complaint was received.
class ComplaintClock
{
public:
    static constexpr int kDefaultWindowCalendarDays = 30;
    static constexpr int kDefaultAnswerWorkingDays = 14;

    // Day `window` after the hand-over is still admissible, the day after is not.
    static bool admissible(QDate serviceReceived, QDate complaintReceived,
                           int windowCalendarDays = kDefaultWindowCalendarDays);
    // The last admissible day.
    static QDate windowEnd(QDate serviceReceived, int windowCalendarDays = kDefaultWindowCalendarDays);

    static ClockResult answerClock(const WorkingCalendar& calendar, const QDateTime& received, int answerWorkingDays,
                                   QDate today, std::optional<QDate> answeredOn = std::nullopt, int atRiskDays = 2);
};

} // namespace loket
