#pragma once

#include "calendar/DeadlineSource.h"

namespace loket {

// Tells the calendar which completion clocks of applications are open, so a calendar change
// reports the deadlines it moved (the case list refreshes its cached deadlines on next read).
class CaseDeadlineSource : public DeadlineSource
{
public:
    QList<OpenDeadline> openDeadlines(const Context& ctx) const override;
    // Registers one instance with CalendarService for every program (safe to call repeatedly).
    static void registerDefault();
};

} // namespace loket
