#include "ReferencePull.h"

#include "CentralConnection.h"

#include "calendar/CalendarService.h"
#include "cases/CaseClocks.h"
#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "identity/KbliRegister.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <algorithm>
#include <atomic>
#include <tuple>

namespace loket {

namespace {

// What the reference workstation's calendar looks like, rebuilt from its rows in the central copy.
struct SourceCalendar
{
    QList<CalendarEntry> national;
    QList<CalendarEntry> office;
    QSet<int> coveredYears;
    QSet<int> confirmedYears;
    bool any = false;
};


QList<QJsonObject> sourceRows(const QSqlDatabase& pg, const QString& table, const QString& source)
{
    SqlQuery q(pg,
               QStringLiteral("SELECT CAST(data AS text) FROM loket_rows WHERE table_name = :t AND workstation = :ws "
                              "ORDER BY id"));
    q.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":ws"), source).exec();
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return out;
}

QString dayKey(const QString& day, const QString& layer)
{
    return layer + QLatin1Char('|') + day;
}

// The central copy only ever adds or updates rows, so a day the source removed is still there.
// calendar_versions (append-only) says when the source removed which day; a row is live unless
// a later version removed its (day, layer).
SourceCalendar readSourceCalendar(const QSqlDatabase& pg, const QString& source)
{
    SourceCalendar cal;
    QHash<QString, int> removedAt;
    for (const QJsonObject& v : sourceRows(pg, QStringLiteral("calendar_versions"), source)) {
        cal.any = true;
        const int version = v.value(QStringLiteral("version")).toInt();
        const QJsonObject what =
            QJsonDocument::fromJson(v.value(QStringLiteral("changes_json")).toString().toUtf8()).object();
        for (const QJsonValue& c : what.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("action")).toString() != QLatin1String("remove"))
                continue;
            const QString day = o.value(QStringLiteral("date")).toString();
            const QString key = dayKey(day, o.value(QStringLiteral("layer")).toString());
            removedAt[key] = std::max(removedAt.value(key, 0), version);
            const QDate d = QDate::fromString(day, Qt::ISODate);
            if (d.isValid())
                cal.coveredYears.insert(d.year());
        }
    }
    struct Latest
    {
        int version = -1;
        QJsonObject row;
    };
    QHash<QString, Latest> latest;
    for (const QJsonObject& r : sourceRows(pg, QStringLiteral("calendar_days"), source)) {
        cal.any = true;
        const QString key =
            dayKey(r.value(QStringLiteral("day")).toString(), r.value(QStringLiteral("layer")).toString());
        const int version = r.value(QStringLiteral("version")).toInt();
        if (version > latest.value(key).version)
            latest[key] = Latest{version, r};
        const QDate d = QDate::fromString(r.value(QStringLiteral("day")).toString(), Qt::ISODate);
        if (d.isValid())
            cal.coveredYears.insert(d.year());
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (removedAt.value(it.key(), 0) > it->version)
            continue;
        const QJsonObject& r = it->row;
        CalendarEntry e;
        e.date = QDate::fromString(r.value(QStringLiteral("day")).toString(), Qt::ISODate);
        if (!e.date.isValid() || !dayKindFromKey(r.value(QStringLiteral("kind")).toString(), &e.kind))
            continue;
        e.name = r.value(QStringLiteral("name")).toString();
        e.reason = r.value(QStringLiteral("reason")).toString();
        (r.value(QStringLiteral("layer")).toString() == QLatin1String("national") ? cal.national : cal.office)
            .append(e);
    }
    for (const QJsonObject& y : sourceRows(pg, QStringLiteral("calendar_years"), source)) {
        cal.any = true;
        if (y.value(QStringLiteral("confirmed")).toInt() == 1) {
            cal.confirmedYears.insert(y.value(QStringLiteral("year")).toInt());
            cal.coveredYears.insert(y.value(QStringLiteral("year")).toInt());
        }
    }
    return cal;
}

// The source's current standard of every service it stored a version of. Standard rows share
// their ids across workstations (same content, same id), so the central copy may carry another
// workstation's code; the source's own audit trail (never overwritten) says which versions it
// stored, in order, and the last one per service is its current standard.
QList<ServiceStandard> readSourceStandards(const QSqlDatabase& pg, const QString& source)
{
    SqlQuery q(pg, QStringLiteral("SELECT CAST(r.data AS text) FROM loket_audit a JOIN loket_rows r ON "
                                  "r.table_name = :t AND r.id = a.record_id WHERE a.workstation = :ws AND "
                                  "a.action = :action ORDER BY a.seq"));
    q.bind(QStringLiteral(":t"), QStringLiteral("service_standards"))
        .bind(QStringLiteral(":ws"), source)
        .bind(QStringLiteral(":action"), QStringLiteral("catalog.standard.version"))
        .exec();
    QMap<QString, ServiceStandard> byService;
    while (q.next()) {
        const QJsonObject row = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        const QString id = row.value(QStringLiteral("id")).toString();
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(row.value(QStringLiteral("standard_json")).toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            throw Error::invalid(ReferencePull::tr("The central copy of service standard %1 cannot be read: %2")
                                     .arg(id, error.errorString()));
        ServiceStandard s;
        try {
            s = CatalogJson::fromJson(doc.object(), QStringLiteral("service_standards[%1]").arg(id), false);
        } catch (const Error& e) {
            throw Error::invalid(
                ReferencePull::tr("The central copy of service standard %1 cannot be read: %2").arg(id, e.message()));
        }
        s.serviceId = row.value(QStringLiteral("service_id")).toString();
        s.version = row.value(QStringLiteral("version")).toInt();
        // Matched by service here, so an older local copy of the same version is no conflict.
        s.id.clear();
        byService.insert(s.serviceId, s);
    }
    QList<ServiceStandard> out = byService.values();
    std::sort(out.begin(), out.end(), [](const ServiceStandard& a, const ServiceStandard& b) {
        return std::tie(a.kbli, a.name) < std::tie(b.kbli, b.name);
    });
    return out;
}

bool centralHasSource(const QSqlDatabase& pg, const QString& source)
{
    SqlQuery tables(pg,
                    QStringLiteral("SELECT CASE WHEN to_regclass('loket_rows') IS NULL OR "
                                   "to_regclass('loket_workstations') IS NULL OR to_regclass('loket_audit') IS NULL "
                                   "THEN 0 ELSE 1 END"));
    if (tables.scalar().toInt() != 1)
        return false;
    SqlQuery q(pg, QStringLiteral("SELECT count(*) FROM loket_workstations WHERE code = :ws"));
    return q.bind(QStringLiteral(":ws"), source).scalar().toInt() > 0;
}

} // namespace

int ReferencePullResult::daysAdded() const
{
    return int(std::count_if(dayChanges.cbegin(), dayChanges.cend(),
                             [](const CalendarDayChange& c) { return c.action == CalendarDayChange::Action::Add; }));
}

int ReferencePullResult::daysChanged() const
{
    return int(std::count_if(dayChanges.cbegin(), dayChanges.cend(),
                             [](const CalendarDayChange& c) { return c.action == CalendarDayChange::Action::Change; }));
}

int ReferencePullResult::daysRemoved() const
{
    return int(std::count_if(dayChanges.cbegin(), dayChanges.cend(),
                             [](const CalendarDayChange& c) { return c.action == CalendarDayChange::Action::Remove; }));
}

QString ReferencePullResult::summary() const
{
    if (fromItself)
        return ReferencePull::tr("This workstation is the reference workstation %1: nothing to pull.").arg(source);
    if (upToDate())
        return ReferencePull::tr("Calendar and service catalogue are up to date with %1.").arg(source);
    const QString calendar = ReferencePull::tr("calendar: %1 days added, %2 changed, %3 removed, %4 years confirmed")
                                 .arg(daysAdded())
                                 .arg(daysChanged())
                                 .arg(daysRemoved())
                                 .arg(yearsConfirmed.size());
    const QString catalog = ReferencePull::tr("catalogue: %1 services created, %2 new versions, %3 unchanged")
                                .arg(servicesCreated)
                                .arg(servicesNewVersions)
                                .arg(servicesUnchanged);
    QString text = dryRun ? ReferencePull::tr("Pulling from %1 would change the %2; %3.").arg(source, calendar, catalog)
                          : ReferencePull::tr("Pulled from %1: %2; %3.").arg(source, calendar, catalog);
    if (kbliListChanged())
        text += QLatin1Char(' ') + ReferencePull::tr("KBLI codes: %1 added, %2 changed.").arg(kbliAdded).arg(kbliChanged);
    return text;
}

QString ReferencePull::configuredSource(const Database& db)
{
    return SettingsRepository(db).value(settingKey()).trimmed().toUpper();
}

QString ReferencePull::normalizedCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    if (!pattern.match(c).hasMatch())
        throw Error::invalid(tr("Workstation code \"%1\" is not valid: use 2 to 6 letters or digits starting with a "
                                "letter, e.g. C01.")
                                 .arg(code),
                             settingKey());
    return c;
}

namespace {
struct SourceData
{
    SourceCalendar calendar;
    QList<ServiceStandard> standards;
    QList<KbliCode> kbli;
};

// What the reference workstation last pushed to the central database: its calendar, its
// current standards and its KBLI list.
SourceData readSource(const SyncTarget& target, const QString& source)
{
    SourceData out;
    CentralConnection central(target);
    const QSqlDatabase pg = central.db();
    if (!centralHasSource(pg, source))
        throw Error::invalid(ReferencePull::tr("The central database holds nothing from workstation %1: run "
                                               "loket-cli sync there first, or check the code.")
                                 .arg(source),
                             ReferencePull::settingKey());
    out.calendar = readSourceCalendar(pg, source);
    out.standards = readSourceStandards(pg, source);
    for (const QJsonObject& row : sourceRows(pg, QStringLiteral("kbli_codes"), source))
        out.kbli.append({row.value(QStringLiteral("code")).toString(), row.value(QStringLiteral("title")).toString(),
                         row.value(QStringLiteral("category")).toString(), false});
    return out;
}

// Calendar: an import file replacing the national layer of the covered years; the office
// layer of those years is made equal too (the file format itself never removes office days).
CalendarImportPreview planCalendar(Database& db, const SourceCalendar& sourceCalendar, ReferencePullResult& result)
{
    CalendarImportPreview preview;
    if (!sourceCalendar.any)
        return preview;
    CalendarImportFile file;
    file.entries = sourceCalendar.national + sourceCalendar.office;
    file.replaceYears = sourceCalendar.coveredYears;
    file.confirmYears = sourceCalendar.confirmedYears;
    preview = CalendarService::previewImport(db, file);
    QSet<QDate> sourceOffice;
    for (const CalendarEntry& e : sourceCalendar.office)
        sourceOffice.insert(e.date);
    for (const CalendarEntry& e : CalendarService::current(db)->officeEntries()) {
        if (!sourceCalendar.coveredYears.contains(e.date.year()) || sourceOffice.contains(e.date))
            continue;
        CalendarDayChange c;
        c.action = CalendarDayChange::Action::Remove;
        c.date = e.date;
        c.national = false;
        c.before = e;
        preview.changes.append(c);
    }
    std::stable_sort(preview.changes.begin(), preview.changes.end(),
                     [](const CalendarDayChange& a, const CalendarDayChange& b) { return a.date < b.date; });
    QList<int> years = sourceCalendar.coveredYears.values();
    std::sort(years.begin(), years.end());
    result.yearsCovered = years;
    result.dayChanges = preview.changes;
    result.yearsConfirmed = preview.confirmsYears;
    return preview;
}

// Catalogue: the same matching CatalogService::importJson does (by service, else KBLI and
// name), read-only, so a dry run can tell and unchanged standards are not validated again.
QList<ServiceStandard> planCatalogue(const CatalogRepository& catalog, const QList<ServiceStandard>& sourceStandards,
                                     ReferencePullResult& result)
{
    QList<ServiceStandard> changed;
    for (const ServiceStandard& s : sourceStandards) {
        auto current = catalog.currentByServiceId(s.serviceId);
        if (!current)
            current = catalog.currentByKbliAndName(s.kbli, s.name);
        if (current && current->sameContent(s)) {
            ++result.servicesUnchanged;
            continue;
        }
        changed.append(s);
        ++(current ? result.servicesNewVersions : result.servicesCreated);
        result.servicesChanged.append(s.kbli + QLatin1Char(' ') + s.name);
    }
    return changed;
}
} // namespace

ReferencePullResult ReferencePull::pull(const Context& ctx, const SyncTarget& target, const QString& from, bool dryRun)
{
    ctx.require(Permission::RunSync);
    ctx.require(Permission::EditCalendar);
    ctx.require(Permission::EditCatalog);
    ReferencePullResult result;
    result.dryRun = dryRun;
    const QString chosen = from.trimmed().isEmpty() ? configuredSource(ctx.database()) : from;
    if (chosen.isEmpty())
        throw Error::invalid(tr("No reference workstation to pull from: set %1 (loket-cli sync configure --reference "
                                "CODE) or give --from CODE.")
                                 .arg(settingKey()),
                             settingKey());
    result.source = normalizedCode(chosen);
    if (result.source == ctx.workstation()) {
        result.fromItself = true;
        return result;
    }

    const SourceData source = readSource(target, result.source);
    const CalendarImportPreview preview = planCalendar(ctx.database(), source.calendar, result);
    const QList<ServiceStandard> changed = planCatalogue(CatalogRepository(ctx.database()), source.standards, result);

    // The office's KBLI codes: added or retitled as the source has them (never removed here).
    const QString reason = tr("sync pull from %1").arg(result.source);
    // Checked before anything is written; in a real pull this also writes them (a refused list
    // writes nothing), so the calendar and catalogue below only follow good KBLI data.
    const KbliImportSummary kbliMerge = KbliRegister::merge(ctx, source.kbli, reason, dryRun);
    if (!kbliMerge.problems.isEmpty())
        throw Error::invalid(tr("The central copy of the KBLI list of %1 cannot be used: %2")
                                 .arg(result.source, kbliMerge.problems.first().message),
                             QStringLiteral("kbli_codes"));
    result.kbliAdded = kbliMerge.added;
    result.kbliChanged = kbliMerge.changed;

    if (dryRun)
        return result;

    if (result.calendarChanged()) {
        const CalendarChangeResult applied = CalendarService::applyImport(ctx, preview, reason);
        result.calendarVersion = applied.version;
        result.dayChanges = applied.changes;
        result.movedDeadlines = applied.moved;
        // The cached deadlines of running cases follow the new calendar now, not on next read.
        CaseClocks::refreshStale(ctx);
    }
    if (!changed.isEmpty()) {
        CatalogImportSummary summary;
        CatalogService::importJson(ctx, CatalogJson::exportCatalogue(changed, ctx.clock().now()), &summary);
        result.servicesCreated = summary.created;
        result.servicesNewVersions = summary.newVersions;
        result.servicesUnchanged += summary.unchanged;
    }
    return result;
}

} // namespace loket
