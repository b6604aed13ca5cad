#include "CaseSlaFigures.h"

#include "CaseClocks.h"
#include "calendar/CalendarService.h"
#include "calendar/SlaClock.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "storage/SqlQuery.h"

#include <QHash>

namespace loket {

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QString groupKey(const QString& standard, const QString& stage, const QString& holder)
{
    return standard + QChar(0x1f) + stage + QChar(0x1f) + holder;
}
} // namespace

CaseSlaFigures::CaseSlaFigures(const Context& ctx) : m_ctx(ctx)
{
    CaseClocks::refreshStale(ctx);
}

QList<CaseClockGroup> CaseSlaFigures::openGroups(const WorkingCalendar& calendar, QDate today, QDate weekEnd) const
{
    // One pass over the open cases' covering index. A clock is overdue the day after its deadline
    // and at risk from risk_from on (SlaClock::evaluate, ClockResult::riskFrom).
    SqlQuery q(
        m_ctx.db(),
        QStringLiteral("SELECT standard_id, stage, holder, count(*), "
                       "sum(clock = 'running' AND due_date >= :today AND risk_from > :today), "
                       "sum(clock = 'running' AND due_date >= :today AND risk_from <= :today), "
                       "sum(clock = 'running' AND due_date < :today), sum(clock = 'paused'), sum(clock = 'none'), "
                       "sum(clock IN ('running', 'stopped') AND due_date = :today), "
                       "sum(clock IN ('running', 'stopped') AND due_date >= :today AND due_date <= :week), "
                       "sum(clock IN ('running', 'stopped') AND due_unconfirmed = 1) FROM cases INDEXED BY "
                       "cases_open_figures WHERE stage IN ('registered', 'verification', 'technical', 'signature', "
                       "'returned') GROUP BY standard_id, stage, holder"));
    q.bind(QStringLiteral(":today"), iso(today)).bind(QStringLiteral(":week"), iso(weekEnd)).exec();
    QList<CaseClockGroup> groups;
    while (q.next()) {
        CaseClockGroup g{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
        CaseClockCounts& c = g.counts;
        c.open = q.value(3).toInt();
        c.onTrack = q.value(4).toInt();
        c.atRisk = q.value(5).toInt();
        c.overdue = q.value(6).toInt();
        c.paused = q.value(7).toInt();
        c.notStarted = q.value(8).toInt();
        c.dueToday = q.value(9).toInt();
        c.dueThisWeek = q.value(10).toInt();
        c.unconfirmedYear = q.value(11).toInt();
        groups.append(g);
    }
    addPausedUnconfirmed(groups, calendar, today);
    return groups;
}

// A paused clock's deadline moves every day (the day the file would come back), so whether it
// crosses an unconfirmed year is worked out today from its stored inputs, once per distinct set.
void CaseSlaFigures::addPausedUnconfirmed(QList<CaseClockGroup>& groups, const WorkingCalendar& calendar,
                                          QDate today) const
{
    // A covering scan of the paused files' own index (schema 18), in the order it groups.
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT standard_id, stage, holder, clock_started, paused_on, clock_used, "
                                          "count(*) FROM cases INDEXED BY cases_paused_figures WHERE stage IN "
                                          "('registered', 'verification', 'technical', 'signature', 'returned') AND "
                                          "clock = 'paused' GROUP BY standard_id, stage, holder, clock_started, "
                                          "paused_on, clock_used"));
    q.exec();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < groups.size(); ++i)
        index.insert(groupKey(groups[i].standardId, groups[i].stage, groups[i].holder), i);
    const CatalogRepository catalog(m_ctx.database());
    QHash<QString, ClockRule> rules;
    while (q.next()) {
        const QString standardId = q.value(0).toString();
        if (!rules.contains(standardId)) {
            const auto s = catalog.byId(standardId);
            rules.insert(standardId, s ? CaseClocks::rule(m_ctx.database(), *s) : ClockRule{});
        }
        const QDate started = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QDate pausedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        const QDate due = SlaClock::pausedDue(calendar, rules.value(standardId), pausedOn, q.value(5).toInt(), today);
        if (!due.isValid() || calendar.allConfirmedBetween(started, due))
            continue;
        const auto it = index.constFind(groupKey(standardId, q.value(1).toString(), q.value(2).toString()));
        if (it != index.cend())
            groups[*it].counts.unconfirmedYear += q.value(6).toInt();
    }
}

QList<CaseLateRow> CaseSlaFigures::late(QDate today, int limit) const
{
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT c.registration_number, a.name, c.kbli, c.standard_id, c.stage, "
                                          "c.holder, c.due_date FROM cases c CROSS JOIN applicants a ON a.id = "
                                          "c.applicant_id WHERE c.clock = 'running' AND c.due_date IS NOT NULL AND "
                                          "c.stage IN ('registered', 'verification', 'technical', 'signature', "
                                          "'returned') AND c.risk_from <= :today ORDER BY c.due_date, "
                                          "c.registration_number LIMIT :limit"));
    q.bind(QStringLiteral(":today"), iso(today)).bind(QStringLiteral(":limit"), limit).exec();
    QList<CaseLateRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(),
                     QDate::fromString(q.value(6).toString(), Qt::ISODate)});
    return rows;
}

void CaseSlaFigures::completions(QDate from, QDate to, int* met, int* missed) const
{
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT clock_met, count(*) FROM cases INDEXED BY cases_stopped_on WHERE "
                                          "stopped_on >= :from AND stopped_on <= :to AND stage IN ('issued', "
                                          "'handed_over') GROUP BY clock_met"));
    q.bind(QStringLiteral(":from"), iso(from)).bind(QStringLiteral(":to"), iso(to)).exec();
    *met = 0;
    *missed = 0;
    while (q.next()) {
        if (q.value(0).isNull())
            continue;
        (q.value(0).toInt() == 1 ? *met : *missed) += q.value(1).toInt();
    }
}

} // namespace loket
