#include "CaseClocks.h"

#include "CaseRepository.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>

namespace loket {

QString CaseClocks::markKey(ClockEvent::Type type)
{
    switch (type) {
    case ClockEvent::Type::Start: return QStringLiteral("start");
    case ClockEvent::Type::Pause: return QStringLiteral("pause");
    case ClockEvent::Type::Resume: return QStringLiteral("resume");
    case ClockEvent::Type::Restart: return QStringLiteral("restart");
    case ClockEvent::Type::Stop: return QStringLiteral("stop");
    }
    return {};
}

bool CaseClocks::markType(const QString& key, ClockEvent::Type* out)
{
    for (auto t : {ClockEvent::Type::Start, ClockEvent::Type::Pause, ClockEvent::Type::Resume,
                   ClockEvent::Type::Restart, ClockEvent::Type::Stop}) {
        if (markKey(t) == key) {
            *out = t;
            return true;
        }
    }
    return false;
}

QList<ClockEvent> CaseClocks::events(const QList<CaseClockMark>& marks)
{
    QList<ClockEvent> out;
    for (const CaseClockMark& m : marks) {
        ClockEvent e;
        if (markType(m.kind, &e.type)) {
            e.at = m.at;
            e.note = m.note;
            out.append(e);
        }
    }
    return out;
}

ClockRule CaseClocks::rule(const CalendarService& calendar, const ServiceStandard& standard)
{
    return calendar.ruleFor(standard.completionWorkingDays, standard.resubmission);
}

ClockResult CaseClocks::completion(const WorkingCalendar& calendar, const ClockRule& rule,
                                   const QList<CaseClockMark>& marks, const QDate& today)
{
    return SlaClock::evaluate(calendar, rule, events(marks), today);
}

QList<StageResult> CaseClocks::stages(const WorkingCalendar& calendar, const ServiceStandard& standard,
                                      const CaseRecord& record, const QDate& today, int atRiskDays)
{
    QHash<QString, int> budgets;
    for (const StageBudget& b : standard.stageBudgets)
        budgets.insert(b.stage, b.workingDays);
    QList<StageTransition> transitions;
    std::optional<QDateTime> finished;
    for (const CaseEvent& e : record.events) {
        CaseStage stage;
        // Actions overridden by another workstation's earlier one never moved the case.
        if (e.overridden || !caseStageFromKey(e.toStage, &stage) || e.toStage == e.fromStage)
            continue;
        if (stage == CaseStage::HandedOver || stage == CaseStage::Rejected || stage == CaseStage::Withdrawn) {
            if (!finished)
                finished = e.at;
            break;
        }
        transitions.append(StageTransition{e.toStage, e.at});
    }
    return StageClock::evaluate(calendar, transitions, budgets, today, atRiskDays, std::nullopt, finished);
}

void CaseClocks::cache(const WorkingCalendar& calendar, const ClockRule& rule, CaseRecord& record, const QDate& today)
{
    const ClockResult r = completion(calendar, rule, record.clockMarks, today);
    record.dueCalendarVersion = calendar.version();
    if (r.state == ClockState::NotStarted) {
        record.clock = QStringLiteral("none");
        record.dueDate = QDate();
    } else if (r.stoppedOn.isValid()) {
        record.clock = QStringLiteral("stopped");
        record.dueDate = r.dueDate;
    } else if (r.paused) {
        record.clock = QStringLiteral("paused");
        record.dueDate = QDate(); // moves every day while the file is with the applicant
    } else {
        record.clock = QStringLiteral("running");
        record.dueDate = r.dueDate;
    }
}

int CaseClocks::refreshStale(const Context& ctx)
{
    CalendarService calendarService(ctx.database());
    const auto calendar = calendarService.current();
    const int version = calendar->version();
    const QVariant any = SqlQuery(ctx.db(), QStringLiteral("SELECT 1 FROM cases WHERE clock = 'running' AND "
                                                           "(due_calendar_version < :v OR due_calendar_version > :v) "
                                                           "LIMIT 1"))
                             .bind(QStringLiteral(":v"), version)
                             .scalar();
    if (!any.isValid())
        return 0;

    struct Stale
    {
        QString id;
        QString standardId;
        QDate due;
        QList<CaseClockMark> marks;
    };
    QList<Stale> stale;
    {
        SqlQuery q(ctx.db(), QStringLiteral("SELECT c.id, c.standard_id, c.due_date, m.kind, m.at FROM cases c JOIN "
                                            "case_clock_events m ON m.case_id = c.id WHERE c.clock = 'running' AND "
                                            "(c.due_calendar_version < :v OR c.due_calendar_version > :v) ORDER BY "
                                            "c.id, m.seq"));
        q.bind(QStringLiteral(":v"), version).exec();
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (stale.isEmpty() || stale.last().id != id)
                stale.append(Stale{id, q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate), {}});
            stale.last().marks.append(CaseClockMark{q.value(3).toString(), fromStoredTime(q.value(4).toString()), {}});
        }
    }

    const CatalogRepository catalog(ctx.database());
    QHash<QString, ClockRule> rules;
    CaseRepository repo(ctx.db());
    int changed = 0;
    Transaction tx(ctx.db());
    for (const Stale& s : stale) {
        if (!rules.contains(s.standardId)) {
            const auto standard = catalog.byId(s.standardId);
            rules.insert(s.standardId, standard ? rule(calendarService, *standard) : ClockRule{});
        }
        const ClockResult r = completion(*calendar, rules.value(s.standardId), s.marks, ctx.clock().today());
        repo.setDueDate(s.id, r.dueDate, version);
        if (r.dueDate != s.due)
            ++changed;
    }
    tx.commit();
    return changed;
}

} // namespace loket
