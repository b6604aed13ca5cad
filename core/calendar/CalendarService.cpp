#include "CalendarService.h"

#include "CalendarRepository.h"
#include "audit/AuditLog.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QMutex>

namespace loket {

namespace {

// Calendars built so far, keyed by the id of their version row (unique across databases).
struct CalendarCache
{
    QMutex mutex;
    QList<std::pair<QString, std::shared_ptr<const WorkingCalendar>>> items;
};

CalendarCache& cache()
{
    static CalendarCache c;
    return c;
}

struct DefaultSources
{
    QMutex mutex;
    DeadlineSources list;
};

DefaultSources& defaultSources()
{
    static DefaultSources s;
    return s;
}

std::optional<CalendarEntry> findEntry(const QList<CalendarEntry>& list, QDate date)
{
    for (const CalendarEntry& e : list)
        if (e.date == date)
            return e;
    return std::nullopt;
}

CalendarDayChange makeChange(QDate date, bool national, const std::optional<CalendarEntry>& before,
                             const std::optional<CalendarEntry>& after)
{
    CalendarDayChange c;
    c.date = date;
    c.national = national;
    c.before = before;
    c.after = after;
    c.action = !before ? CalendarDayChange::Action::Add
               : !after ? CalendarDayChange::Action::Remove
                        : CalendarDayChange::Action::Change;
    return c;
}

void requireReason(const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Give a reason for the change."), QStringLiteral("reason"));
    Bounds::text(reason, Bounds::kNote, QStringLiteral("reason"),
                 QCoreApplication::translate("loket::CalendarService", "The reason"), true);
}

void requireDate(QDate date)
{
    if (!date.isValid())
        throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "The date is not valid."), QStringLiteral("date"));
    Bounds::year(date.year(), QStringLiteral("date"),
                 QCoreApplication::translate("loket::CalendarService", "The date"));
}

} // namespace

std::shared_ptr<const WorkingCalendar> CalendarService::current(Database& db)
{
    CalendarRepository repo(db.handle());
    const CalendarRepository::Head head = repo.head();
    CalendarCache& c = cache();
    if (!head.id.isEmpty()) {
        QMutexLocker lock(&c.mutex);
        for (const auto& [id, calendar] : c.items)
            if (id == head.id)
                return calendar;
    }
    const CalendarRepository::Snapshot s = repo.load();
    auto calendar = std::make_shared<const WorkingCalendar>(s.national, s.office, s.confirmed, head.version);
    if (!head.id.isEmpty()) {
        QMutexLocker lock(&c.mutex);
        c.items.prepend({head.id, calendar});
        while (c.items.size() > 8)
            c.items.removeLast();
    }
    return calendar;
}

int CalendarService::currentVersion(Database& db)
{
    return CalendarRepository(db.handle()).head().version;
}

CalendarChangeResult CalendarService::setDay(const Context& ctx, QDate date, DayKind kind, const QString& name,
                                             const QString& reason, const DeadlineSources& sources)
{
    ctx.require(Permission::EditCalendar);
    requireDate(date);
    requireReason(reason);
    const auto cal = current(ctx.database());
    const DayInfo now = cal->info(date);
    const auto national = findEntry(cal->nationalEntries(), date);
    const auto office = findEntry(cal->officeEntries(), date);
    const QString dateText = QLocale().toString(date, QLocale::LongFormat);
    CalendarEntry entry{date, kind, name.trimmed(), reason.trimmed()};
    Bounds::text(entry.name, Bounds::kTitle, QStringLiteral("name"),
                 QCoreApplication::translate("loket::CalendarService", "The name of the day"));
    QList<CalendarDayChange> changes;

    switch (kind) {
    case DayKind::NationalHoliday:
    case DayKind::CutiBersama:
        if (entry.name.isEmpty())
            throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Give the holiday's name."), QStringLiteral("name"));
        if (national && national->kind == kind && national->name == entry.name)
            throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Nothing changes: %1 is already %2.").arg(dateText, dayKindTitle(kind)));
        changes.append(makeChange(date, true, national, entry));
        break;
    case DayKind::LocalClosure:
        if (!now.working())
            throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Nothing changes: %1 is already not a working day.").arg(dateText));
        changes.append(makeChange(date, false, office, entry));
        break;
    case DayKind::WorkingOverride:
    case DayKind::Workday: {
        if (now.working())
            throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Nothing changes: %1 is already a working day.").arg(dateText));
        // A closure on an ordinary weekday goes away; a weekend or holiday needs an override.
        if (dayKindIsWorking(now.baseKind) && kind == DayKind::Workday) {
            changes.append(makeChange(date, false, office, std::nullopt));
        } else {
            entry.kind = DayKind::WorkingOverride;
            changes.append(makeChange(date, false, office, entry));
        }
        break;
    }
    case DayKind::Weekend:
        throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "Weekends follow from the date; choose another kind."), QStringLiteral("kind"));
    }
    return commit(ctx, QStringLiteral("set_day"), reason.trimmed(), changes, {}, sources);
}

CalendarChangeResult CalendarService::clearDay(const Context& ctx, QDate date, bool national, const QString& reason,
                                               const DeadlineSources& sources)
{
    ctx.require(Permission::EditCalendar);
    requireDate(date);
    requireReason(reason);
    const auto cal = current(ctx.database());
    const auto existing = findEntry(national ? cal->nationalEntries() : cal->officeEntries(), date);
    if (!existing)
        throw Error::notFound(QCoreApplication::translate("loket::CalendarService", "%1 has no entry to remove.").arg(QLocale().toString(date, QLocale::LongFormat)));
    return commit(ctx, QStringLiteral("clear_day"), reason.trimmed(),
                  {makeChange(date, national, existing, std::nullopt)}, {}, sources);
}

CalendarChangeResult CalendarService::confirmYear(const Context& ctx, int year, const QString& reason,
                                                  const DeadlineSources& sources)
{
    ctx.require(Permission::EditCalendar);
    Bounds::year(year, QStringLiteral("year"), QCoreApplication::translate("loket::CalendarService", "The calendar"));
    if (current(ctx.database())->isConfirmedYear(year))
        throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "The calendar of %1 is already confirmed.").arg(year), QStringLiteral("year"));
    const QString why = reason.trimmed().isEmpty() ? QCoreApplication::translate("loket::CalendarService", "Calendar of %1 checked against the decree").arg(year)
                                                   : reason.trimmed();
    return commit(ctx, QStringLiteral("confirm_year"), why, {}, {year}, sources);
}

CalendarImportPreview CalendarService::previewImport(Database& db, const QByteArray& data,
                                                     CalendarImportFile::Format format)
{
    return previewImport(db, CalendarImportFile::parse(data, format));
}

CalendarImportPreview CalendarService::previewImport(Database& db, const CalendarImportFile& file)
{
    const auto cal = current(db);
    CalendarImportPreview p;
    p.file = file;
    p.basedOnVersion = cal->version();
    QSet<QDate> listedNational;
    for (const CalendarEntry& e : file.entries) {
        const bool national = dayKindIsNational(e.kind);
        if (national)
            listedNational.insert(e.date);
        const auto before = findEntry(national ? cal->nationalEntries() : cal->officeEntries(), e.date);
        if (before && *before == e)
            continue;
        p.changes.append(makeChange(e.date, national, before, e));
    }
    for (const CalendarEntry& e : cal->nationalEntries())
        if (file.replaceYears.contains(e.date.year()) && !listedNational.contains(e.date))
            p.changes.append(makeChange(e.date, true, e, std::nullopt));
    std::stable_sort(p.changes.begin(), p.changes.end(),
                     [](const CalendarDayChange& a, const CalendarDayChange& b) { return a.date < b.date; });
    QList<int> years = file.confirmYears.values();
    std::sort(years.begin(), years.end());
    for (int y : years)
        if (!cal->isConfirmedYear(y))
            p.confirmsYears.append(y);
    return p;
}

CalendarChangeResult CalendarService::applyImport(const Context& ctx, const CalendarImportPreview& preview,
                                                  const QString& reason, const DeadlineSources& sources)
{
    ctx.require(Permission::EditCalendar);
    requireReason(reason);
    // Against the calendar as it is now, in case somebody changed it since the preview.
    const CalendarImportPreview fresh = preview.basedOnVersion == currentVersion(ctx.database())
                                            ? preview
                                            : previewImport(ctx.database(), preview.file);
    if (fresh.isEmpty())
        throw Error::invalid(QCoreApplication::translate("loket::CalendarService", "The file changes nothing in the calendar."));
    return commit(ctx, QStringLiteral("import"), reason.trimmed(), fresh.changes, fresh.confirmsYears, sources);
}

CalendarChangeResult CalendarService::commit(const Context& ctx, const QString& action, const QString& reason,
                                             const QList<CalendarDayChange>& changes, const QList<int>& confirm,
                                             const DeadlineSources& sources)
{
    const auto before = current(ctx.database());
    CalendarRepository repo(ctx.db());
    CalendarChangeResult result;
    result.changes = changes;
    {
        Transaction tx(ctx.db());
        result.version = repo.head().version + 1;
        QJsonArray list;
        for (const CalendarDayChange& c : changes) {
            repo.applyChange(ctx, c, result.version);
            list.append(CalendarRepository::changeToJson(c));
        }
        for (int year : confirm)
            repo.confirmYear(ctx, year);
        QJsonArray years;
        for (int year : confirm)
            years.append(year);
        const QJsonObject what{{QStringLiteral("changes"), list}, {QStringLiteral("confirmed_years"), years}};
        repo.insertVersion(ctx, result.version, action, reason, what);
        AuditLog::append(ctx, QStringLiteral("calendar.") + action, QStringLiteral("calendar"),
                         QString::number(result.version), QJsonObject{{QStringLiteral("version"), before->version()}},
                         what, reason);
        tx.commit();
    }
    if (!sources.isEmpty()) {
        QList<OpenDeadline> open;
        for (const auto& source : sources)
            open += source->openDeadlines(ctx);
        result.moved = movedDeadlines(*before, *current(ctx.database()), open, ctx.clock().today());
    }
    return result;
}

QList<CalendarVersionInfo> CalendarService::history(Database& db, int limit)
{
    return CalendarRepository(db.handle()).history(limit);
}

int CalendarService::atRiskDays(Database& db)
{
    const SettingsRepository settings(db);
    const int older = settings.intValue(QStringLiteral("calendar.at_risk_days"), 2);
    return std::max(0, settings.intValue(atRiskKey(), older));
}

int CalendarService::stageAtRiskDays(Database& db)
{
    return std::max(0, SettingsRepository(db).intValue(stageAtRiskKey(), 1));
}

std::optional<QTime> CalendarService::cutoff(Database& db)
{
    const QString text = SettingsRepository(db).value(QStringLiteral("calendar.cutoff_time")).trimmed();
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (text.isEmpty() || !t.isValid())
        return std::nullopt;
    return t;
}

ClockRule CalendarService::ruleFor(Database& db, int workingDays, ResubmissionRule resubmission)
{
    ClockRule rule;
    rule.workingDays = workingDays;
    rule.resubmission = resubmission;
    rule.atRiskDays = atRiskDays(db);
    rule.cutoff = cutoff(db);
    return rule;
}

DeadlineSources CalendarService::defaultDeadlineSources()
{
    QMutexLocker lock(&defaultSources().mutex);
    return defaultSources().list;
}

void CalendarService::registerDefaultDeadlineSource(std::shared_ptr<const DeadlineSource> source)
{
    if (!source)
        return;
    QMutexLocker lock(&defaultSources().mutex);
    defaultSources().list.append(std::move(source));
}

QList<MovedDeadline> CalendarService::movedDeadlines(const WorkingCalendar& before, const WorkingCalendar& after,
                                                     const QList<OpenDeadline>& open, QDate today)
{
    QList<MovedDeadline> moved;
    for (const OpenDeadline& d : open) {
        const ClockResult a = SlaClock::evaluate(before, d.rule, d.events, today);
        if (a.state == ClockState::Met || a.state == ClockState::Missed || a.state == ClockState::NotStarted)
            continue;
        const ClockResult b = SlaClock::evaluate(after, d.rule, d.events, today);
        if (a.dueDate != b.dueDate)
            moved.append({d.recordType, d.recordId, d.label, a.dueDate, b.dueDate});
    }
    return moved;
}

void CalendarService::ensureBuiltins(Database& db, const Clock& clock)
{
    CalendarRepository repo(db.handle());
    if (repo.head().version > 0)
        return;
    CalendarImportFile all;
    for (const char* name : {"holidays_2025.json", "holidays_2026.json", "holidays_2027.json"}) {
        QFile f(QStringLiteral(":/data/calendar/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            throw Error::storage(QCoreApplication::translate("loket::CalendarService", "The built-in calendar %1 is missing from the program.").arg(QLatin1String(name)));
        const CalendarImportFile part = CalendarImportFile::parse(f.readAll(), CalendarImportFile::Format::Json);
        all.entries += part.entries;
        all.confirmYears += part.confirmYears;
    }
    Context ctx(db, clock, Actor::systemActor());
    const CalendarImportPreview p = previewImport(db, all);
    commit(ctx, QStringLiteral("bootstrap"),
           QCoreApplication::translate("loket::CalendarService", "Built-in national holidays and cuti bersama"),
           p.changes, p.confirmsYears, defaultDeadlineSources());
}

QJsonObject CalendarService::entryToJson(const CalendarEntry& e)
{
    return QJsonObject{{QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                       {QStringLiteral("kind"), dayKindKey(e.kind)},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("reason"), e.reason}};
}

} // namespace loket
