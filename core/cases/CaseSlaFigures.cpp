#include "CaseSlaFigures.h"

#include "CaseClocks.h"
#include "calendar/CalendarService.h"
#include "calendar/SlaClock.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace loket {

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The stages of open cases, as the partial indexes of their figures are made.
#define OPEN_STAGES "stage IN ('registered', 'verification', 'technical', 'signature', 'returned')"

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
    QList<CaseClockGroup> groups;
    QHash<QString, qsizetype> index;
    auto group = [&](const SqlQuery& q) -> CaseClockCounts& {
        const QString standard = q.value(0).toString(), stage = q.value(1).toString(), holder = q.value(2).toString();
        const QString key = groupKey(standard, stage, holder);
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, groups.size());
            groups.append({standard, stage, holder, {}});
        }
        return groups[*it].counts;
    };
    // Every open case counted by the state of its clock: a count per index entry and nothing
    // else, in the index's own order (stage, clock, standard, holder: schema 25), so no sort.
    // Most open cases are paused or never started.
    SqlQuery counts(m_ctx.db(),
                    QStringLiteral("SELECT standard_id, stage, holder, clock, count(*) FROM cases INDEXED BY "
                                   "cases_open_clocks WHERE " OPEN_STAGES
                                   " GROUP BY stage, clock, standard_id, holder"));
    counts.exec();
    while (counts.next()) {
        CaseClockCounts& c = group(counts);
        const int n = counts.value(4).toInt();
        const QString clock = counts.value(3).toString();
        c.open += n;
        if (clock == QLatin1String("paused"))
            c.paused += n;
        else if (clock == QLatin1String("none"))
            c.notStarted += n;
    }
    // The deadlines of the clocks that have one. A clock is overdue the day after its deadline
    // and at risk from risk_from on (SlaClock::evaluate, ClockResult::riskFrom).
    SqlQuery due(m_ctx.db(),
                 QStringLiteral("SELECT standard_id, stage, holder, sum(clock = 'running' AND due_date >= :today AND "
                                "risk_from > :today), sum(clock = 'running' AND due_date >= :today AND risk_from <= "
                                ":today), sum(clock = 'running' AND due_date < :today), sum(due_date = :today), "
                                "sum(due_date >= :today AND due_date <= :week), sum(due_unconfirmed = 1) FROM cases "
                                "INDEXED BY cases_open_clocks WHERE " OPEN_STAGES
                                " AND clock IN ('running', 'stopped') GROUP BY stage, clock, standard_id, holder"));
    due.bind(QStringLiteral(":today"), iso(today)).bind(QStringLiteral(":week"), iso(weekEnd)).exec();
    while (due.next()) {
        CaseClockCounts& c = group(due);
        c.onTrack += due.value(3).toInt();
        c.atRisk += due.value(4).toInt();
        c.overdue += due.value(5).toInt();
        c.dueToday += due.value(6).toInt();
        c.dueThisWeek += due.value(7).toInt();
        c.unconfirmedYear += due.value(8).toInt();
    }
    addPausedUnconfirmed(groups, index, calendar, today);
    std::sort(groups.begin(), groups.end(), [](const CaseClockGroup& a, const CaseClockGroup& b) {
        return std::tie(a.standardId, a.stage, a.holder) < std::tie(b.standardId, b.stage, b.holder);
    });
    return groups;
}

// A paused clock's deadline moves every day (the day the file would come back), so whether it
// crosses an unconfirmed year is worked out today. It depends on the standard, the working days
// already used and the day the file is back (today, or a later pause day), and on the year the
// clock started: the files are counted by those (440 sets for 14,434 paused files at a million
// cases), and each deadline is worked out once (10 there).
void CaseSlaFigures::addPausedUnconfirmed(QList<CaseClockGroup>& groups, const QHash<QString, qsizetype>& index,
                                          const WorkingCalendar& calendar, QDate today) const
{
    SqlQuery q(m_ctx.db(),
               QStringLiteral(
                   "SELECT standard_id, stage, holder, clock_used, max(coalesce(paused_on, ''), :today), "
                   "substr(clock_started, 1, 4), count(*) FROM cases INDEXED BY cases_open_clocks WHERE " OPEN_STAGES
                   " AND clock = 'paused' GROUP BY standard_id, stage, holder, clock_used, "
                   "max(coalesce(paused_on, ''), :today), substr(clock_started, 1, 4)"));
    q.bind(QStringLiteral(":today"), iso(today)).exec();
    const CatalogRepository catalog(m_ctx.database());
    QHash<QString, ClockRule> rules;
    QHash<QString, QDate> dues; // standard, days used, day back -> deadline
    while (q.next()) {
        const QString standardId = q.value(0).toString();
        const int used = q.value(3).toInt();
        const QString back = q.value(4).toString();
        const QString dueKey = groupKey(standardId, QString::number(used), back);
        auto d = dues.constFind(dueKey);
        if (d == dues.cend()) {
            if (!rules.contains(standardId)) {
                const auto s = catalog.byId(standardId);
                rules.insert(standardId, s ? CaseClocks::rule(m_ctx.database(), *s) : ClockRule{});
            }
            // back is the later of today and the pause day, as SlaClock::pausedDue takes it.
            d = dues.insert(dueKey, SlaClock::pausedDue(calendar, rules.value(standardId),
                                                        QDate::fromString(back, Qt::ISODate), used, today));
        }
        bool year = false;
        const int startYear = q.value(5).toString().toInt(&year);
        // Only the years count (WorkingCalendar::allConfirmedBetween); no start, no deadline: none.
        const QDate started = year ? QDate(startYear, 1, 1) : QDate();
        if (!d->isValid() || calendar.allConfirmedBetween(started, *d))
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
