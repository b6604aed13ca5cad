#include "SyncCommands.h"
#include "CliText.h"

#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "sync/OfficePull.h"
#include "sync/ReferencePull.h"
#include "sync/SyncRound.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QJsonObject reportJson(const SyncReport& r)
{
    QJsonArray tables;
    for (const SyncTableCount& t : r.tables)
        tables.append(QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("pushed"), t.pushed}});
    return {{QStringLiteral("run"), r.runId},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("started"), r.started.toString(Qt::ISODate)},
            {QStringLiteral("finished"), r.finished.toString(Qt::ISODate)},
            {QStringLiteral("rows_pushed"), r.rowsPushed},
            {QStringLiteral("audit_pushed"), r.auditPushed},
            {QStringLiteral("ok"), r.ok},
            {QStringLiteral("message"), r.message},
            {QStringLiteral("tables"), tables}};
}

QString layerName(bool national)
{
    return national ? QStringLiteral("national") : QStringLiteral("office");
}

QJsonObject pullJson(const ReferencePullResult& r)
{
    static const char* const actions[] = {"add", "change", "remove"};
    QJsonArray changes;
    for (const CalendarDayChange& c : r.dayChanges) {
        QJsonObject o{{QStringLiteral("action"), QLatin1String(actions[int(c.action)])},
                      {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                      {QStringLiteral("layer"), layerName(c.national)}};
        if (c.before)
            o.insert(QStringLiteral("before"), CalendarService::entryToJson(*c.before));
        if (c.after)
            o.insert(QStringLiteral("after"), CalendarService::entryToJson(*c.after));
        changes.append(o);
    }
    QJsonArray moved;
    for (const MovedDeadline& m : r.movedDeadlines)
        moved.append(QJsonObject{{QStringLiteral("record_type"), m.recordType},
                                 {QStringLiteral("record_id"), m.recordId},
                                 {QStringLiteral("label"), m.label},
                                 {QStringLiteral("before"), m.before.toString(Qt::ISODate)},
                                 {QStringLiteral("after"), m.after.toString(Qt::ISODate)}});
    auto years = [](const QList<int>& list) {
        QJsonArray a;
        for (int y : list)
            a.append(y);
        return a;
    };
    const QJsonObject calendar{{QStringLiteral("version"), r.calendarVersion},
                               {QStringLiteral("years_covered"), years(r.yearsCovered)},
                               {QStringLiteral("days_added"), r.daysAdded()},
                               {QStringLiteral("days_changed"), r.daysChanged()},
                               {QStringLiteral("days_removed"), r.daysRemoved()},
                               {QStringLiteral("years_confirmed"), years(r.yearsConfirmed)},
                               {QStringLiteral("changes"), changes},
                               {QStringLiteral("moved_deadlines"), moved}};
    const QJsonObject catalog{{QStringLiteral("created"), r.servicesCreated},
                              {QStringLiteral("new_versions"), r.servicesNewVersions},
                              {QStringLiteral("unchanged"), r.servicesUnchanged},
                              {QStringLiteral("changed"), QJsonArray::fromStringList(r.servicesChanged)}};
    return {{QStringLiteral("source"), r.source},
            {QStringLiteral("dry_run"), r.dryRun},
            {QStringLiteral("from_itself"), r.fromItself},
            {QStringLiteral("up_to_date"), r.upToDate()},
            {QStringLiteral("calendar"), calendar},
            {QStringLiteral("catalog"), catalog},
            {QStringLiteral("kbli"), QJsonObject{{QStringLiteral("added"), r.kbliAdded}, {QStringLiteral("changed"), r.kbliChanged}}},
            {QStringLiteral("message"), r.summary()}};
}

QString pullText(const ReferencePullResult& r)
{
    QString text = r.summary();
    static const char* const marks[] = {"+", "~", "-"};
    for (const CalendarDayChange& c : r.dayChanges) {
        const auto& e = c.after ? c.after : c.before;
        text += QStringLiteral("\n  %1 %2 %3 %4").arg(QLatin1String(marks[int(c.action)]), c.date.toString(Qt::ISODate),
                                                     layerName(c.national), e ? e.value().name : QString());
    }
    for (const MovedDeadline& m : r.movedDeadlines)
        text += QLatin1Char('\n') + Cli::tr("  due date of %1: %2 -> %3")
                                        .arg(m.label, m.before.toString(Qt::ISODate), m.after.toString(Qt::ISODate));
    for (const QString& s : r.servicesChanged)
        text += QStringLiteral("\n  * ") + s;
    return text;
}

int runPull(CliContext& ctx, CliArgs& args)
{
    const QString from = args.option(QStringLiteral("from"));
    const bool dryRun = args.flag(QStringLiteral("dry-run"));
    args.finish();
    const Context c = ctx.userContext();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
    const ReferencePullResult r = ReferencePull::pull(c, target, from, dryRun);
    ctx.print(pullJson(r), pullText(r));
    return ExitOk;
}

QJsonObject officeJson(const OfficePullReport& r)
{
    return {{QStringLiteral("ok"), r.ok},
            {QStringLiteral("received"), r.received},
            {QStringLiteral("applied"), r.applied},
            {QStringLiteral("waiting"), r.waiting},
            {QStringLiteral("cases_replayed"), r.casesReplayed},
            {QStringLiteral("open_conflicts"), r.conflicts},
            {QStringLiteral("from"), QJsonArray::fromStringList(r.origins)},
            {QStringLiteral("message"), r.message}};
}

// The nightly run and `sync`: push, receive the office's changes, then the reference data when a
// reference workstation is set (SyncRound).
int runRound(CliContext& ctx)
{
    const Context c = ctx.userContext();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
    const SyncRoundResult r = SyncRound::run(c, target);
    if (!r.pushed && r.failure)
        throw *r.failure;
    QJsonObject json = reportJson(r.push);
    QStringList text{r.push.message};
    const QJsonObject failed{{QStringLiteral("ok"), false},
                             {QStringLiteral("error"), r.failure ? r.failure->message() : QString()}};
    if (r.reference) {
        json.insert(QStringLiteral("pull"), pullJson(*r.reference));
        text << pullText(*r.reference);
    } else if (r.failure && !ReferencePull::configuredSource(c.database()).isEmpty()) {
        json.insert(QStringLiteral("pull"), failed); // the reference pull comes first and stopped the round
    }
    json.insert(QStringLiteral("office"), r.officePulled ? officeJson(r.pull) : failed);
    if (r.officePulled)
        text << r.pull.message;
    ctx.print(json, text.join(QLatin1Char('\n')));
    return r.failure ? report(ctx, *r.failure) : ExitOk;
}

// Only the office's changes (no push, no reference data).
int runPushOnly(CliContext& ctx)
{
    const Context c = ctx.userContext();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
    const SyncReport r = SyncService::push(c, target);
    ctx.print(reportJson(r), r.message);
    return ExitOk;
}

int runReceive(CliContext& ctx)
{
    const Context c = ctx.userContext();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
    const OfficePullReport r = OfficePull::pull(c, target);
    ctx.print(officeJson(r), r.message);
    return ExitOk;
}

int runStatus(CliContext& ctx)
{
    Database& db = ctx.database();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(db));
    QJsonArray pending;
    QString text = target.isConfigured() ? Cli::tr("Central database: %1").arg(target.describe())
                                         : Cli::tr("Central database: not configured (loket-cli sync configure).");
    const QString reference = ReferencePull::configuredSource(db);
    text += QLatin1Char('\n') +
            (reference.isEmpty()
                 ? Cli::tr("Reference workstation: none (sync only sends).")
                 : Cli::tr("Reference workstation: %1 (its calendar and catalogue are received).").arg(reference));
    text += QLatin1Char('\n') + Cli::tr("Rows waiting to be sent:");
    for (const SyncTableCount& t : SyncService::pending(db)) {
        pending.append(QJsonObject{{QStringLiteral("table"), t.table},
                                   {QStringLiteral("pending"), t.pending},
                                   {QStringLiteral("pushed_total"), t.pushed}});
        text += QStringLiteral("\n  %1: %2").arg(t.table, -24).arg(t.pending);
    }
    QJsonArray runs;
    const auto recent = SyncService::recentRuns(db, 5);
    if (!recent.isEmpty())
        text += QLatin1Char('\n') + Cli::tr("Last runs:");
    for (const SyncReport& r : recent) {
        runs.append(reportJson(r));
        text += QStringLiteral("\n  %1  %2  %3")
                    .arg(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         r.ok ? Cli::tr("ok") : Cli::tr("failed"), r.message);
    }
    const OfficeSyncState office = OfficePull::state(db);
    text +=
        QLatin1Char('\n') + Cli::tr("Received: %1 changes waiting for their parent record, %2 refused (see the log).")
                                .arg(office.waiting)
                                .arg(office.refused);
    QJsonArray cursors;
    for (auto it = office.cursors.cbegin(); it != office.cursors.cend(); ++it) {
        cursors.append(
            QJsonObject{{QStringLiteral("workstation"), it.key()}, {QStringLiteral("last_seq"), it.value()}});
        text += QStringLiteral("\n  %1: %2").arg(it.key(), -6).arg(it.value());
    }
    ctx.print(QJsonObject{{QStringLiteral("configured"), target.isConfigured()},
                          {QStringLiteral("target"), target.describe()},
                          {QStringLiteral("reference_workstation"), reference},
                          {QStringLiteral("pending"), pending},
                          {QStringLiteral("runs"), runs},
                          {QStringLiteral("received"), QJsonObject{{QStringLiteral("waiting"), office.waiting},
                                                                   {QStringLiteral("refused"), office.refused},
                                                                   {QStringLiteral("cursors"), cursors}}}},
              text);
    return ExitOk;
}

// --reference CODE sets the workstation whose calendar and catalogue this one pulls; "none" clears it.
QString storeReference(const Context& c, const QString& reference, QString* code)
{
    const bool clear = reference.isEmpty() || reference.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    *code = clear ? QString() : ReferencePull::normalizedCode(reference);
    SettingsRepository(c.database()).set(c, ReferencePull::settingKey(), *code);
    return clear ? Cli::tr("No reference workstation: sync only sends, it receives nothing.")
                 : Cli::tr("The reference workstation is now %1: sync receives its calendar and service catalogue.")
                       .arg(*code);
}

int runConfigure(CliContext& ctx, CliArgs& args)
{
    const bool hasReference = args.hasOption(QStringLiteral("reference"));
    const QString reference = args.option(QStringLiteral("reference")).trimmed();
    const QString host = args.option(QStringLiteral("host"));
    const QString port = args.option(QStringLiteral("port"));
    const QString database = args.option(QStringLiteral("database"));
    const QString user = args.option(QStringLiteral("user-name"));
    const bool hasTls = args.hasOption(QStringLiteral("sslmode")) || args.hasOption(QStringLiteral("ca"));
    const QString sslMode = args.option(QStringLiteral("sslmode")).trimmed();
    const QString caFile = args.option(QStringLiteral("ca")).trimmed();
    const bool hasInterval = args.hasOption(QStringLiteral("interval"));
    const QString interval = args.option(QStringLiteral("interval")).trimmed();
    args.finish();
    const bool onlyReference = host.isEmpty() && database.isEmpty() && port.isEmpty() && user.isEmpty();
    if (onlyReference && !hasReference && !hasTls && !hasInterval)
        throw UsageError{
            Cli::tr("sync configure needs --host and --database, or --reference, --sslmode, --ca or --interval.")};
    if (!onlyReference && (host.isEmpty() || database.isEmpty()))
        throw UsageError{Cli::tr("sync configure needs --host and --database (or only --reference CODE).")};
    if (!sslMode.isEmpty() && !SyncTarget::isSslMode(sslMode))
        throw Error::invalid(
            Cli::tr("--sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not \"%1\".")
                .arg(sslMode),
            QStringLiteral("sslmode"));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        throw Error::invalid(Cli::tr("--ca: cannot read the CA certificate %1.").arg(caFile), QStringLiteral("ca"));
    bool intervalOk = true;
    const int minutes = interval.toInt(&intervalOk);
    if (hasInterval && (!intervalOk || minutes < 0 || minutes > 24 * 60))
        throw Error::invalid(
            Cli::tr("--interval must be a number of minutes from 0 (off) to 1440, not \"%1\".").arg(interval),
            QStringLiteral("interval"));
    if (hasReference && !reference.isEmpty() && reference.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
        ReferencePull::normalizedCode(reference); // refuse a bad code before anything is stored
    QJsonObject json;
    QStringList text;
    const Context c = ctx.userContext();
    if (!onlyReference) {
        bool ok = true;
        const int portNumber = port.isEmpty() ? 5432 : port.toInt(&ok);
        if (!ok || portNumber <= 0 || portNumber > 65535)
            throw Error::invalid(Cli::tr("--port must be a number from 1 to 65535, not \"%1\".").arg(port),
                                 QStringLiteral("port"));
        SettingsRepository settings(c.database());
        settings.set(c, QStringLiteral("sync.host"), host);
        settings.set(c, QStringLiteral("sync.port"), QString::number(portNumber));
        settings.set(c, QStringLiteral("sync.database"), database);
        settings.set(c, QStringLiteral("sync.user"), user);
        const SyncTarget target = SyncTarget::fromSettings(settings);
        json.insert(QStringLiteral("target"), target.describe());
        text << Cli::tr("The central database is now %1.").arg(target.describe());
    }
    if (hasTls) {
        SettingsRepository settings(c.database());
        if (args.hasOption(QStringLiteral("sslmode")) || !sslMode.isEmpty())
            settings.set(c, QStringLiteral("sync.sslmode"), sslMode);
        if (!caFile.isEmpty())
            settings.set(c, QStringLiteral("sync.ca_file"), QFileInfo(caFile).absoluteFilePath());
        const SyncTarget target = SyncTarget::fromSettings(settings);
        json.insert(QStringLiteral("sslmode"), target.sslMode);
        json.insert(QStringLiteral("ca_file"), target.caFile);
        text << Cli::tr("TLS to the central database: sslmode %1%2.")
                    .arg(target.sslMode.isEmpty() ? QStringLiteral("prefer") : target.sslMode,
                         target.caFile.isEmpty() ? QString() : Cli::tr(", CA %1").arg(target.caFile));
    }
    if (hasInterval) {
        SettingsRepository(c.database()).set(c, SyncRound::intervalKey(), QString::number(minutes));
        json.insert(QStringLiteral("interval_minutes"), minutes);
        text << (minutes == 0 ? Cli::tr("Loket syncs only at night and on \"Sync now\".")
                              : Cli::tr("While Loket is open it syncs every %n minute(s).", nullptr, minutes));
    }
    if (hasReference) {
        QString code;
        text << storeReference(c, reference, &code);
        json.insert(QStringLiteral("reference_workstation"), code);
    }
    ctx.print(json, text.join(QLatin1Char('\n')));
    return ExitOk;
}

int runSync(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("configure"))
        return runConfigure(ctx, args);
    if (sub == QLatin1String("pull"))
        return runPull(ctx, args);
    args.finish();
    if (sub.isEmpty())
        return runRound(ctx);
    if (sub == QLatin1String("push"))
        return runPushOnly(ctx);
    if (sub == QLatin1String("receive"))
        return runReceive(ctx);
    if (sub == QLatin1String("status"))
        return runStatus(ctx);
    if (sub == QLatin1String("init-central")) {
        const Context c = ctx.userContext();
        const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
        SyncService::prepareCentral(c, target);
        ctx.print(QJsonObject{{QStringLiteral("target"), target.describe()}, {QStringLiteral("ok"), true}},
                  Cli::tr("The central tables are ready on %1.").arg(target.describe()));
        return ExitOk;
    }
    throw UsageError{Cli::tr("Unknown sync command: %1.").arg(sub)};
}
} // namespace

void addSyncCommands(QList<Command>& list)
{
    list.append(
        {QStringLiteral("sync"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "loket::cli::help", "sync\nsync push\nsync receive\nsync pull [--from CODE] [--dry-run]\nsync status\n"
                                 "sync configure --host HOST [--port N] --database NAME [--user-name NAME] "
                                 "[--sslmode MODE] [--ca FILE] [--interval MINUTES] [--reference CODE|none]\n"
                                 "sync configure --reference CODE|none\nsync init-central")),
         runSync});
}

} // namespace loket::cli
