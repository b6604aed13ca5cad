#include "CaseClocks.h"

#include "CaseRepository.h"
#include "calendar/CalendarService.h"
#include "calendar/StageClock.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

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

ClockRule CaseClocks::rule(Database& db, const ServiceStandard& standard)
{
    return CalendarService::ruleFor(db, standard.completionWorkingDays, standard.resubmission);
}

ClockResult CaseClocks::completion(const WorkingCalendar& calendar, const ClockRule& rule,
                                   const QList<CaseClockMark>& marks, const QDate& today)
{
    return SlaClock::evaluate(calendar, rule, events(marks), today);
}

QList<StageResult> CaseClocks::stages(const WorkingCalendar& calendar, const ServiceStandard& standard,
                                      const CaseRecord& record, const QDate& today, int atRiskDays)
{
    const QHash<QString, int> budgets = stageBudgets(standard);
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
    QList<StageResult> out =
        StageClock::evaluate(calendar, transitions, budgets, today, atRiskDays, std::nullopt, finished);
    // A stopped clock shows no risk: after the permit, the stage that waits for the hand-over is
    // not a deadline about to be missed.
    const bool stopped = std::any_of(record.clockMarks.cbegin(), record.clockMarks.cend(),
                                     [](const CaseClockMark& m) { return m.kind == markKey(ClockEvent::Type::Stop); });
    if (stopped && !out.isEmpty() && !out.constLast().left.isValid() && out.constLast().state == ClockState::AtRisk)
        out.last().state = ClockState::OnTrack;
    return out;
}

QHash<QString, int> CaseClocks::stageBudgets(const ServiceStandard& standard)
{
    // Versions saved before budgets after the clock stop were refused may still carry one for
    // `issued`: it is ignored, a stage with no budget is never at risk or overdue.
    QHash<QString, int> budgets;
    for (const StageBudget& b : standard.stageBudgets)
        if (!stageAfterClockStops(b.stage))
            budgets.insert(b.stage, b.workingDays);
    return budgets;
}

QString CaseClocks::basis(const WorkingCalendar& calendar, const ClockRule& rule)
{
    return QStringLiteral("%1/%2/%3")
        .arg(calendar.version())
        .arg(rule.atRiskDays)
        .arg(rule.cutoff ? rule.cutoff->toString(QStringLiteral("HH:mm")) : QStringLiteral("-"));
}

QString CaseClocks::basis(Database& db, const WorkingCalendar& calendar)
{
    return basis(calendar, CalendarService::ruleFor(db, 0));
}

void CaseClocks::cache(const WorkingCalendar& calendar, const ClockRule& rule, CaseRecord& record, const QDate& today,
                       const QHash<QString, int>& stageBudgets)
{
    const ClockResult r = completion(calendar, rule, record.clockMarks, today);
    record.dueCalendarVersion = calendar.version();
    CaseFigures f;
    f.basis = basis(calendar, rule);
    f.clockStarted = r.started;
    if (r.state == ClockState::NotStarted) {
        record.clock = QStringLiteral("none");
        record.dueDate = QDate();
    } else if (r.stoppedOn.isValid()) {
        record.clock = QStringLiteral("stopped");
        record.dueDate = r.dueDate;
        f.stoppedOn = r.stoppedOn;
        f.met = r.state == ClockState::Met ? 1 : 0;
        f.dueUnconfirmed = r.dueInUnconfirmedYear;
    } else if (r.paused) {
        record.clock = QStringLiteral("paused");
        record.dueDate = QDate(); // moves every day while the file is with the applicant
        f.clockUsed = r.used;
        f.pausedOn = r.pausedOn;
    } else {
        record.clock = QStringLiteral("running");
        record.dueDate = r.dueDate;
        f.riskFrom = r.riskFrom;
        f.dueUnconfirmed = r.dueInUnconfirmedYear;
    }
    // The stage deadline as CaseClocks::stages counts it for the stage the case is in.
    const QString stage = caseStageKey(record.stage);
    if (caseStageIsOpen(record.stage) && record.stageSince.isValid() && stageBudgets.contains(stage)) {
        const QList<StageResult> s =
            StageClock::evaluate(calendar, {StageTransition{stage, record.stageSince}}, stageBudgets, today);
        f.stageDueDate = s.isEmpty() ? QDate() : s.constLast().dueDate;
    }
    record.figures = f;
}

namespace {
// Open stages and live clocks: the rows whose figures reports read (index cases_live_basis).
#define LIVE_CASES                                                                                                     \
    "(stage IN ('registered', 'verification', 'technical', 'signature', 'returned') OR clock IN ('running', "          \
    "'paused'))"

QStringList staleIds(const Context& ctx, const QString& basis)
{
    const QDate today = ctx.clock().today();
    const QString since = QDate(today.year(), today.month(), 1).addMonths(-1).toString(Qt::ISODate);
    QStringList ids;
    QSet<QString> seen;
    bool unfigured = false;
    auto collect = [&](SqlQuery& q, bool flag) {
        q.exec();
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
            unfigured = unfigured || (flag && q.value(1).toBool());
        }
    };
    // Two range scans of the partial index (an OR of both would scan all of it).
    SqlQuery live(ctx.db(), QStringLiteral(
                                "SELECT id, figures_basis = '' FROM cases INDEXED BY cases_live_basis WHERE " LIVE_CASES
                                " AND figures_basis < :b UNION ALL SELECT id, figures_basis = '' FROM cases "
                                "INDEXED BY cases_live_basis WHERE " LIVE_CASES " AND figures_basis > :b"));
    live.bind(QStringLiteral(":b"), basis);
    collect(live, true);
    SqlQuery stopped(ctx.db(), QStringLiteral("SELECT id FROM cases INDEXED BY cases_stopped_on WHERE stopped_on >= "
                                              ":since AND (figures_basis < :b OR figures_basis > :b)"));
    stopped.bind(QStringLiteral(":since"), since).bind(QStringLiteral(":b"), basis);
    collect(stopped, false);
    // Rows that never had figures (before schema 14): their recent stops are found by the marks.
    if (unfigured) {
        SqlQuery marks(ctx.db(), QStringLiteral("SELECT DISTINCT c.id FROM case_clock_events m CROSS JOIN cases c ON "
                                                "c.id = m.case_id WHERE m.kind = 'stop' AND m.at >= :since AND "
                                                "c.figures_basis = ''"));
        marks.bind(QStringLiteral(":since"), since);
        collect(marks, false);
    }
    return ids;
}
} // namespace

int CaseClocks::refreshStale(const Context& ctx)
{
    FigureInputs inputs(ctx.database());
    const QStringList ids = staleIds(ctx, basis(inputs.database(), inputs.calendar()));
    if (ids.isEmpty())
        return 0;
    const QDate today = ctx.clock().today();
    int changed = 0;
    Transaction tx(ctx.db());
    for (const QString& id : ids)
        changed += inputs.refresh(id, today) ? 1 : 0;
    tx.commit();
    return changed;
}

class FigureInputs::Rows
{
public:
    explicit Rows(const QSqlDatabase& db)
        : row(db, QStringLiteral("SELECT standard_id, stage, stage_since, due_date FROM cases WHERE id = :id")),
          marks(db, QStringLiteral("SELECT kind, at FROM case_clock_events WHERE case_id = :id ORDER BY seq")),
          repository(db)
    {}
    ReusableQuery row;
    ReusableQuery marks;
    CaseRepository repository;
};

FigureInputs::FigureInputs(Database& db) : m_db(db), m_calendar(CalendarService::current(db)) {}

FigureInputs::~FigureInputs() = default;

const ServiceStandard* FigureInputs::standard(const QString& id)
{
    auto it = m_standards.find(id);
    if (it == m_standards.end()) {
        const auto loaded = CatalogRepository(m_db).byId(id);
        it = m_standards.insert(id, loaded ? std::make_shared<ServiceStandard>(*loaded) : nullptr);
    }
    return it->get();
}

std::optional<CaseRecord> FigureInputs::figureRow(const QString& caseId)
{
    if (!m_rows)
        m_rows = std::make_unique<Rows>(m_db.handle());
    ReusableQuery& row = m_rows->row;
    row.bind(QStringLiteral(":id"), caseId).exec();
    if (!row.next())
        return std::nullopt;
    CaseRecord c;
    c.id = caseId;
    c.standardId = row.value(0).toString();
    caseStageFromKey(row.value(1).toString(), &c.stage);
    c.stageSince = fromStoredTime(row.value(2).toString());
    c.dueDate = QDate::fromString(row.value(3).toString(), Qt::ISODate);
    row.finish();
    ReusableQuery& marks = m_rows->marks;
    marks.bind(QStringLiteral(":id"), caseId).exec();
    while (marks.next())
        c.clockMarks.append(CaseClockMark{marks.value(0).toString(), fromStoredTime(marks.value(1).toString()), {}});
    marks.finish();
    return c;
}

bool FigureInputs::refresh(const QString& caseId, const QDate& today)
{
    auto c = figureRow(caseId);
    if (!c)
        return false;
    auto rule = m_rules.find(c->standardId);
    if (rule == m_rules.end()) {
        const ServiceStandard* s = standard(c->standardId);
        rule =
            m_rules.insert(c->standardId, s ? std::make_pair(CaseClocks::rule(m_db, *s), CaseClocks::stageBudgets(*s))
                                            : std::make_pair(ClockRule{}, QHash<QString, int>{}));
    }
    const QDate due = c->dueDate;
    CaseClocks::cache(*m_calendar, rule->first, *c, today, rule->second);
    m_rows->repository.setFigures(*c);
    return c->dueDate != due;
}

ReusableQuery& FigureInputs::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, std::make_shared<ReusableQuery>(m_db.handle(), sql));
    return **it;
}

void CaseClocks::refreshOne(const Context& ctx, const QString& caseId, FigureInputs* inputs)
{
    std::optional<FigureInputs> own;
    if (!inputs)
        inputs = &own.emplace(ctx.database());
    inputs->refresh(caseId, ctx.clock().today());
}

} // namespace loket
