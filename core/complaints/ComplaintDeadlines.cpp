#include "ComplaintDeadlines.h"

#include "ComplaintRepository.h"
#include "calendar/CalendarService.h"
#include "common/Context.h"

#include <mutex>

namespace loket {

QList<OpenDeadline> ComplaintDeadlines::openDeadlines(const Context& ctx) const
{
    const int atRisk = CalendarService::atRiskDays(ctx.database());
    QList<OpenDeadline> out;
    for (const Complaint& c : ComplaintRepository(ctx.db()).openComplaints()) {
        ClockRule rule;
        rule.workingDays = c.answerWorkingDays;
        rule.atRiskDays = atRisk;
        out.append(OpenDeadline::started(QStringLiteral("complaint"), c.id, c.number, c.receivedAt, rule));
    }
    return out;
}

void ComplaintDeadlines::registerDefault()
{
    static std::once_flag once;
    std::call_once(once, [] { CalendarService::registerDefaultDeadlineSource(std::make_shared<ComplaintDeadlines>()); });
}

} // namespace loket
