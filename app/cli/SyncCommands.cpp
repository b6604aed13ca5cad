#include "SyncCommands.h"

#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("loket::cli", text);
}

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

int runPush(CliContext& ctx)
{
    const Context c = ctx.userContext();
    SyncService sync(c.database());
    const SyncReport r = sync.push(c, SyncTarget::fromSettings(SettingsRepository(c.database())));
    ctx.print(reportJson(r), r.message);
    return ExitOk;
}

int runStatus(CliContext& ctx)
{
    Database& db = ctx.database();
    SyncService sync(db);
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(db));
    QJsonArray pending;
    QString text = target.isConfigured() ? tr("Central database: %1").arg(target.describe())
                                         : tr("Central database: not configured (loket-cli sync configure).");
    text += QLatin1Char('\n') + tr("Rows waiting to be sent:");
    for (const SyncTableCount& t : sync.pending()) {
        pending.append(QJsonObject{{QStringLiteral("table"), t.table},
                                   {QStringLiteral("pending"), t.pending},
                                   {QStringLiteral("pushed_total"), t.pushed}});
        text += QStringLiteral("\n  %1: %2").arg(t.table, -24).arg(t.pending);
    }
    QJsonArray runs;
    const auto recent = sync.recentRuns(5);
    if (!recent.isEmpty())
        text += QLatin1Char('\n') + tr("Last runs:");
    for (const SyncReport& r : recent) {
        runs.append(reportJson(r));
        text += QStringLiteral("\n  %1  %2  %3").arg(r.started.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                     r.ok ? tr("ok") : tr("failed"), r.message);
    }
    ctx.print(QJsonObject{{QStringLiteral("configured"), target.isConfigured()},
                          {QStringLiteral("target"), target.describe()},
                          {QStringLiteral("pending"), pending},
                          {QStringLiteral("runs"), runs}},
              text);
    return ExitOk;
}

int runConfigure(CliContext& ctx, CliArgs& args)
{
    const QString host = args.option(QStringLiteral("host"));
    const QString port = args.option(QStringLiteral("port"));
    const QString database = args.option(QStringLiteral("database"));
    const QString user = args.option(QStringLiteral("user-name"));
    args.finish();
    if (host.isEmpty() || database.isEmpty())
        throw UsageError{tr("sync configure needs --host and --database.")};
    bool ok = true;
    const int portNumber = port.isEmpty() ? 5432 : port.toInt(&ok);
    if (!ok || portNumber <= 0 || portNumber > 65535)
        throw Error::invalid(tr("--port must be a number from 1 to 65535, not \"%1\".").arg(port), QStringLiteral("port"));
    const Context c = ctx.userContext();
    SettingsRepository settings(c.database());
    settings.set(c, QStringLiteral("sync.host"), host);
    settings.set(c, QStringLiteral("sync.port"), QString::number(portNumber));
    settings.set(c, QStringLiteral("sync.database"), database);
    settings.set(c, QStringLiteral("sync.user"), user);
    const SyncTarget target = SyncTarget::fromSettings(settings);
    ctx.print(QJsonObject{{QStringLiteral("target"), target.describe()}},
              tr("The central database is now %1.").arg(target.describe()));
    return ExitOk;
}

int runSync(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("configure"))
        return runConfigure(ctx, args);
    args.finish();
    if (sub.isEmpty() || sub == QLatin1String("push"))
        return runPush(ctx);
    if (sub == QLatin1String("status"))
        return runStatus(ctx);
    if (sub == QLatin1String("init-central")) {
        const Context c = ctx.userContext();
        const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(c.database()));
        SyncService(c.database()).prepareCentral(c, target);
        ctx.print(QJsonObject{{QStringLiteral("target"), target.describe()}, {QStringLiteral("ok"), true}},
                  tr("The central tables are ready on %1.").arg(target.describe()));
        return ExitOk;
    }
    throw UsageError{tr("Unknown sync command: %1.").arg(sub)};
}
} // namespace

void addSyncCommands(QList<Command>& list)
{
    list.append({QStringLiteral("sync"),
                 QStringLiteral("sync [push]\nsync status\nsync configure --host HOST [--port N] --database NAME "
                                "[--user-name NAME]\nsync init-central"),
                 runSync});
}

} // namespace loket::cli
