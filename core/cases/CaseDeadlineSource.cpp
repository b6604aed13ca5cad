#include "CaseDeadlineSource.h"

#include "CaseClocks.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <mutex>

namespace loket {

QList<OpenDeadline> CaseDeadlineSource::openDeadlines(const Context& ctx) const
{
    QList<OpenDeadline> out;
    const CatalogRepository catalog(ctx.database());
    QHash<QString, ClockRule> rules;
    // "clock <> 'stopped'" is cases_clock_due's condition (schema 27): without it SQLite cannot use
    // that partial index and reads every case (test_caseindexes).
    SqlQuery q(ctx.db(), QStringLiteral("SELECT c.id, c.registration_number, c.standard_id, m.kind, m.at FROM cases c "
                                        "JOIN case_clock_events m ON m.case_id = c.id WHERE c.clock <> 'stopped' AND "
                                        "c.clock IN ('running', 'paused') ORDER BY c.id, m.seq"));
    q.exec();
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().recordId != id) {
            const QString standardId = q.value(2).toString();
            if (!rules.contains(standardId)) {
                const auto s = catalog.byId(standardId);
                rules.insert(standardId, s ? CaseClocks::rule(ctx.database(), *s) : ClockRule{});
            }
            OpenDeadline d;
            d.recordType = QStringLiteral("case");
            d.recordId = id;
            d.label = q.value(1).toString();
            d.rule = rules.value(standardId);
            out.append(d);
        }
        ClockEvent e;
        if (CaseClocks::markType(q.value(3).toString(), &e.type)) {
            e.at = fromStoredTime(q.value(4).toString());
            out.last().events.append(e);
        }
    }
    return out;
}

void CaseDeadlineSource::registerDefault()
{
    static std::once_flag once;
    std::call_once(once,
                   [] { CalendarService::registerDefaultDeadlineSource(std::make_shared<CaseDeadlineSource>()); });
}

} // namespace loket
