#pragma once

#include "CaseRecord.h"
#include "calendar/SlaClock.h"
#include "calendar/StageClock.h"
#include "catalog/ServiceStandard.h"

#include <QHash>
#include <memory>
#include <optional>

namespace loket {

class Context;
class Database;
class ReusableQuery;
class WorkingCalendar;

// What stored figures are computed with, loaded once for many cases: a pull replays thousands,
// and loading the calendar and the standard for each made the replay cost more than the rows.
class FigureInputs
{
public:
    explicit FigureInputs(Database& db);
    ~FigureInputs();
    Database& database() const { return m_db; }
    const WorkingCalendar& calendar() const { return *m_calendar; }
    // Null when the catalogue holds no such version.
    const ServiceStandard* standard(const QString& id);
    // What the figures of one case are computed from (standard, stage and since, clock marks and
    // the stored deadline), read with two prepared statements instead of the whole record.
    std::optional<CaseRecord> figureRow(const QString& caseId);
    // Computes the case's figures and stores them in the caller's transaction; true when its
    // deadline changed.
    bool refresh(const QString& caseId, const QDate& today);
    // A statement prepared once for the many cases a pull replays.
    ReusableQuery& statement(const QString& sql);

private:
    class Rows;
    QHash<QString, std::shared_ptr<ReusableQuery>> m_statements;
    Database& m_db;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QHash<QString, std::shared_ptr<ServiceStandard>> m_standards;
    // Per standard id: its clock rule (settings read once) and stage budgets.
    QHash<QString, std::pair<ClockRule, QHash<QString, int>>> m_rules;
    std::unique_ptr<Rows> m_rows;
};

// The clocks of a case, computed on read from its stored marks and the current calendar: the
// completion clock of its standard version, and the budget of each stage.
class CaseClocks
{
public:
    static QString markKey(ClockEvent::Type type);
    static bool markType(const QString& key, ClockEvent::Type* out);
    static QList<ClockEvent> events(const QList<CaseClockMark>& marks);

    static ClockRule rule(Database& db, const ServiceStandard& standard);
    static ClockResult completion(const WorkingCalendar& calendar, const ClockRule& rule,
                                  const QList<CaseClockMark>& marks, const QDate& today);
    // Stage budgets from the timeline: a stage starts when the case enters it. `atRiskDays` is the
    // stage threshold (CalendarService::stageAtRiskDays). Once the completion clock has stopped
    // (the permit is issued) the stage still open is no longer at risk.
    static QList<StageResult> stages(const WorkingCalendar& calendar, const ServiceStandard& standard,
                                     const CaseRecord& record, const QDate& today, int atRiskDays);

    // The cached deadline and clock column that go with these marks ("none", "running", "paused",
    // "stopped"); the deadline is invalid unless the clock runs or has stopped. Also the stored
    // SLA figures (record.figures); the stage deadline needs the standard's stage budgets.
    static void cache(const WorkingCalendar& calendar, const ClockRule& rule, CaseRecord& record, const QDate& today,
                      const QHash<QString, int>& stageBudgets = {});
    static QHash<QString, int> stageBudgets(const ServiceStandard& standard);
    // What stored figures depend on besides the case: calendar version, at-risk days, cut-off.
    static QString basis(const WorkingCalendar& calendar, const ClockRule& rule);
    static QString basis(Database& db, const WorkingCalendar& calendar);

    // Figures stored with another calendar version or other clock settings (after a calendar
    // change, or never computed: migrated or received rows) are computed again, for open cases,
    // running or paused clocks and clocks stopped since the start of last month. Opens its own
    // transaction; returns how many deadlines changed.
    static int refreshStale(const Context& ctx);
    // Computes and stores the figures of one case (a replayed case), in the caller's transaction.
    static void refreshOne(const Context& ctx, const QString& caseId, FigureInputs* inputs = nullptr);
};

} // namespace loket
