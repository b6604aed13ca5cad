#include "SystemCommands.h"
#include "CliText.h"

#include "UserCommands.h"
#include "common/Error.h"
#include "storage/MigrationStamp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
int runInit(CliContext& ctx, CliArgs& args)
{
    Database::OpenOptions options;
    options.workstationCode = args.option(QStringLiteral("workstation"));
    const QString admin = args.option(QStringLiteral("admin"));
    const QString adminName = args.option(QStringLiteral("name"));
    args.finish();
    Database& db = ctx.database(options);
    const FirstAdmin first = admin.isEmpty() ? FirstAdmin{} : createFirstAdmin(ctx, admin, adminName);
    QJsonObject o{{QStringLiteral("database"), db.path()},
                  {QStringLiteral("schema_version"), db.schemaVersion()},
                  {QStringLiteral("workstation"), db.workstationCode()}};
    if (!db.migrationBackup().isEmpty())
        o.insert(QStringLiteral("backup"), db.migrationBackup());
    QString text = Cli::tr("Database %1 is ready (schema version %2, workstation %3).")
                       .arg(db.path())
                       .arg(db.schemaVersion())
                       .arg(db.workstationCode());
    if (!db.migrationBackup().isEmpty())
        text += QLatin1Char('\n') + Cli::tr("Backup before migrating: %1").arg(db.migrationBackup());
    if (!admin.isEmpty()) {
        o.insert(QStringLiteral("admin"), first.json);
        text += QLatin1Char('\n') + first.text;
    }
    ctx.print(o, text);
    return ExitOk;
}

int runCheck(CliContext& ctx, CliArgs& args)
{
    args.finish();
    Database::OpenOptions options;
    options.create = false;
    options.migrate = false;
    Database& db = ctx.database(options);
    // A damaged page or index (SQLite's integrity check) is a storage failure (exit 4); rows that
    // point nowhere are problems the check found (exit 1). A page too damaged to read at all
    // throws a storage error that says the database is damaged.
    const QStringList damage = db.damage();
    const QStringList problems = damage + db.brokenReferences();
    QJsonObject o{{QStringLiteral("database"), db.path()},
                  {QStringLiteral("schema_version"), db.schemaVersion()},
                  {QStringLiteral("latest_schema_version"), Database::latestVersion()},
                  {QStringLiteral("ok"), problems.isEmpty()},
                  {QStringLiteral("damaged"), !damage.isEmpty()},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    const QString migratedBy = MigrationStamp::lastMigratedBy(db);
    o.insert(QStringLiteral("migrated_by"), migratedBy);
    QString text = Cli::tr("Schema version %1 of %2.").arg(db.schemaVersion()).arg(Database::latestVersion());
    if (!migratedBy.isEmpty())
        text += QLatin1Char('\n') + Cli::tr("Last migrated by Loket %1.").arg(migratedBy);
    text += QLatin1Char('\n') + (problems.isEmpty()
                                     ? Cli::tr("Integrity: ok.")
                                     : Cli::tr("Integrity problems:\n%1").arg(problems.join(QLatin1Char('\n'))));
    ctx.print(o, text);
    if (!damage.isEmpty()) {
        ctx.message(
            Cli::tr("The database %1 is damaged: restore the last good backup with loket-cli restore FILE --yes.")
                .arg(db.path()));
        return ExitStorage;
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}
} // namespace

void addSystemCommands(QList<Command>& list)
{
    list.append({QStringLiteral("init"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "init [--workstation CODE] [--admin NAME [--name \"Full Name\"]]  (password: LOKET_PASSWORD)")),
                 runInit});
    list.append({QStringLiteral("check"), QString::fromUtf8(QT_TRANSLATE_NOOP("loket::cli::help", "check")), runCheck});
}

} // namespace loket::cli
