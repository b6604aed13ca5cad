#pragma once

#include "calendar/DeadlineSource.h"

namespace loket {

// The answer clocks of open complaints, so a calendar change can report which answers it moves.
class ComplaintDeadlines : public DeadlineSource
{
public:
    QList<OpenDeadline> openDeadlines(const Context& ctx) const override;
    // Registers this source with every CalendarService (once per program).
    static void registerDefault();
};

} // namespace loket
