#pragma once

#include "CalendarImport.h"
#include "DeadlineSource.h"
#include "WorkingCalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <memory>

namespace loket {

class Clock;
class Context;
class Database;

// One change of an import preview, or of a version in the history.
struct CalendarDayChange
{
    enum class Action { Add, Change, Remove };
    Action action = Action::Add;
    QDate date;
    bool national = true; // which layer
    std::optional<CalendarEntry> before;
    std::optional<CalendarEntry> after;
};

// What an import would do, computed against one calendar version.
struct CalendarImportPreview
{
    CalendarImportFile file;
    int basedOnVersion = 0;
    QList<CalendarDayChange> changes;
    QList<int> confirmsYears;
    bool isEmpty() const { return changes.isEmpty() && confirmsYears.isEmpty(); }
};

// One calendar version: who changed what, when and why.
struct CalendarVersionInfo
{
    int version = 0;
    QDateTime at;
    QString actorName;
    QString action; // "bootstrap", "set_day", "clear_day", "confirm_year", "import"
    QString reason;
    QList<CalendarDayChange> changes;
    QList<int> confirmedYears;
};

// The outcome of an edit: the new version and the open deadlines it moved.
struct CalendarChangeResult
{
    int version = 0;
    QList<CalendarDayChange> changes;
    QList<MovedDeadline> moved;
};

// Loads the office's working calendar and edits it. Every edit needs Permission::EditCalendar,
// a reason, makes a new calendar version with its history and an audit entry, in one transaction.
class CalendarService
{
public:
    // The current calendar, built once per version and shared (cached per database and version).
    static std::shared_ptr<const WorkingCalendar> current(Database& db);
    static int currentVersion(Database& db);

    // Make `date` of the given kind. NationalHoliday/CutiBersama write the national layer (name
    // required); LocalClosure/WorkingOverride the office layer; Workday makes the date an ordinary
    // working day (removes a closure, declares a weekend or holiday working when needed).
    // Each edit reports the deadlines of `sources` it moved (the registered ones unless given).
    static CalendarChangeResult setDay(const Context& ctx, QDate date, DayKind kind, const QString& name,
                                       const QString& reason,
                                       const DeadlineSources& sources = defaultDeadlineSources());
    // Remove the explicit entry of one layer (national or office) for `date`.
    static CalendarChangeResult clearDay(const Context& ctx, QDate date, bool national, const QString& reason,
                                         const DeadlineSources& sources = defaultDeadlineSources());
    static CalendarChangeResult confirmYear(const Context& ctx, int year, const QString& reason = {},
                                            const DeadlineSources& sources = defaultDeadlineSources());

    static CalendarImportPreview previewImport(Database& db, const CalendarImportFile& file);
    static CalendarImportPreview previewImport(Database& db, const QByteArray& data, CalendarImportFile::Format format);
    // Applies the preview's file against the current calendar (recomputed if it changed since).
    static CalendarChangeResult applyImport(const Context& ctx, const CalendarImportPreview& preview,
                                            const QString& reason,
                                            const DeadlineSources& sources = defaultDeadlineSources());

    static QList<CalendarVersionInfo> history(Database& db, int limit = 200);

    // Office clock settings, office-wide (they travel by sync from the reference workstation,
    // docs/SYNC.md): a clock is at risk once at most this many working days are left, H-2 by
    // default for the completion clock ("sla.at_risk_days"; read from the older
    // "calendar.at_risk_days" when unset) and H-1 for a stage budget ("sla.stage_at_risk_days").
    // "calendar.cutoff_time" (HH:mm, off when empty).
    static QString atRiskKey() { return QStringLiteral("sla.at_risk_days"); }
    static QString stageAtRiskKey() { return QStringLiteral("sla.stage_at_risk_days"); }
    static int atRiskDays(Database& db);
    static int stageAtRiskDays(Database& db);
    static std::optional<QTime> cutoff(Database& db);
    static ClockRule ruleFor(Database& db, int workingDays, ResubmissionRule resubmission = ResubmissionRule::Restart);

    // Deadline sources (cases, complaints) registered once at program start; the edits consult
    // them after each change to report moved deadlines.
    static void registerDefaultDeadlineSource(std::shared_ptr<const DeadlineSource> source);
    static DeadlineSources defaultDeadlineSources();
    static QList<MovedDeadline> movedDeadlines(const WorkingCalendar& before, const WorkingCalendar& after,
                                               const QList<OpenDeadline>& open, QDate today);

    // Loads built-in data (2025, 2026 confirmed; 2027 fixed dates, unconfirmed) when the
    // database has no calendar yet. Called by Bootstrap.
    static void ensureBuiltins(Database& db, const Clock& clock);

    static QJsonObject entryToJson(const CalendarEntry& entry);

private:
    static CalendarChangeResult commit(const Context& ctx, const QString& action, const QString& reason,
                                       const QList<CalendarDayChange>& changes, const QList<int>& confirm,
                                       const DeadlineSources& sources);
};

} // namespace loket
