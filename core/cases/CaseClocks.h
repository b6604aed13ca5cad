#pragma once

#include "CaseRecord.h"
#include "calendar/SlaClock.h"
#include "calendar/StageClock.h"
#include "catalog/ServiceStandard.h"

#include <memory>

namespace loket {

class CalendarService;
class Context;
class WorkingCalendar;

// The clocks of a case, computed on read from its stored marks and the current calendar: the
// completion clock of its standard version, and the budget of each stage.
class CaseClocks
{
public:
    static QString markKey(ClockEvent::Type type);
    static bool markType(const QString& key, ClockEvent::Type* out);
    static QList<ClockEvent> events(const QList<CaseClockMark>& marks);

    static ClockRule rule(const CalendarService& calendar, const ServiceStandard& standard);
    static ClockResult completion(const WorkingCalendar& calendar, const ClockRule& rule,
                                  const QList<CaseClockMark>& marks, const QDate& today);
    // Stage budgets from the timeline: a stage starts when the case enters it.
    static QList<StageResult> stages(const WorkingCalendar& calendar, const ServiceStandard& standard,
                                     const CaseRecord& record, const QDate& today, int atRiskDays);

    // The cached deadline and clock column that go with these marks ("none", "running", "paused",
    // "stopped"); the deadline is invalid unless the clock runs or has stopped.
    static void cache(const WorkingCalendar& calendar, const ClockRule& rule, CaseRecord& record, const QDate& today);

    // Deadlines cached with an older calendar version are computed again (after a calendar
    // change). Opens its own transaction; returns how many cases changed.
    static int refreshStale(const Context& ctx);
};

} // namespace loket
