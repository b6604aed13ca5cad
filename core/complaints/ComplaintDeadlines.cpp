#include "ComplaintDeadlines.h"

#include "ComplaintRepository.h"
#include "calendar/CalendarService.h"
#include "common/Context.h"

namespace loket {

QList<OpenDeadline> ComplaintDeadlines::openDeadlines(const Context& ctx) const
{
    const CalendarService calendar(ctx.database());
    const int atRisk = calendar.atRiskDays();
    QList<OpenDeadline> out;
    for (const Complaint& c : ComplaintRepository(ctx.db()).openComplaints()) {
        ClockRule rule;
        rule.workingDays = c.answerWorkingDays;
        rule.atRiskDays = atRisk;
        out.append(OpenDeadline::started(QStringLiteral("complaint"), c.id, c.number, c.receivedAt, rule));
    }
    return out;
}

} // namespace loket
