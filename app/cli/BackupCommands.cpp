#include "BackupCommands.h"
#include "CliText.h"

#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "settings/BackupSettings.h"
#include "setup/ManagedFiles.h"
#include "storage/BackupService.h"
#include "users/AuthService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace loket::cli {

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString timeText(const QDateTime& at)
{
    return at.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString countsText(const BackupInfo& info)
{
    QString text = Cli::tr("workstation %1, schema version %2").arg(info.workstation).arg(info.schemaVersion);
    if (info.cases >= 0)
        text += QStringLiteral(", ") + Cli::tr("%1 cases").arg(info.cases);
    if (info.complaints >= 0)
        text += QStringLiteral(", ") + Cli::tr("%1 complaints").arg(info.complaints);
    return text;
}

int parseKeep(const QString& value)
{
    bool isNumber = false;
    value.toLongLong(&isNumber);
    if (!isNumber)
        throw UsageError{Cli::tr("--keep needs a whole number, e.g. --keep 14.")};
    // A number, but out of range (99999999999), is bad input (exit 3), not a wrong command line.
    return Bounds::wholeNumber(value, 1, 100000, QStringLiteral("--keep"));
}

// The database for reading the backup settings; never created by a read.
Database& existingDatabase(CliContext& ctx)
{
    Database::OpenOptions options;
    options.create = false;
    return ctx.database(options);
}

int runList(CliContext& ctx, CliArgs& args)
{
    QString dir = args.option(QStringLiteral("dir"));
    args.finish();
    if (dir.isEmpty())
        dir = BackupSettings::configuredDir(existingDatabase(ctx));
    const QList<BackupInfo> backups = BackupService::list(dir);
    QJsonArray data;
    QStringList lines;
    bool allOk = true;
    for (const BackupInfo& b : backups) {
        data.append(b.toJson());
        allOk = allOk && b.ok;
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(b.fileName(), timeText(b.takenAt), sizeText(b.size),
                          b.ok ? Cli::tr("check ok") : Cli::tr("NOT USABLE: %1").arg(b.problem));
    }
    ctx.print(data, backups.isEmpty() ? Cli::tr("No backups in %1.").arg(dir)
                                      : Cli::tr("Backups in %1, newest first:").arg(dir) + QLatin1Char('\n') +
                                            lines.join(QLatin1Char('\n')));
    return allOk ? ExitOk : ExitFailure;
}

int runCheckFile(CliContext& ctx, CliArgs& args)
{
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("backup check needs the FILE to check.")};
    try {
        BackupInfo info = BackupService::inspect(file);
        // Compared with what the audit trail of this PC's database recorded when it was written.
        const QString dbPath = ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath;
        if (QFileInfo::exists(dbPath)) {
            try {
                BackupService::compareWithRecord(existingDatabase(ctx).handle(), info);
            } catch (const Error& e) {
                ctx.message(e.message());
            }
        }
        if (info.integrity == BackupInfo::Integrity::Changed) {
            ctx.message(info.integrityText() + QLatin1Char(' ') +
                        Cli::tr("Do not restore it unless you know why it changed."));
            info.ok = false;
            info.problem = info.integrityText();
            if (ctx.json)
                ctx.print(info.toJson(), {});
            return ExitInvalid;
        }
        ctx.print(info.toJson(),
                  Cli::tr("%1: ok (taken %2, %3, %4).")
                          .arg(info.path, timeText(info.takenAt), sizeText(info.size), countsText(info)) +
                      QLatin1Char('\n') + info.integrityText());
        return ExitOk;
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Invalid)
            throw;
        ctx.message(e.message());
        if (ctx.json)
            ctx.print(QJsonObject{{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                                  {QStringLiteral("ok"), false},
                                  {QStringLiteral("problem"), e.message()}},
                      {});
        return ExitFailure;
    }
}

int runConfigure(CliContext& ctx, CliArgs& args)
{
    const QString dir = args.option(QStringLiteral("dir"));
    const QString keepText = args.option(QStringLiteral("keep"));
    args.finish();
    if (dir.isEmpty() && keepText.isEmpty())
        throw UsageError{Cli::tr("backup configure needs --dir DIR or --keep N.")};
    const int keep = keepText.isEmpty() ? 0 : parseKeep(keepText);
    const Context c = ctx.userContext();
    Database& db = c.database();
    BackupSettings::configure(c, dir.isEmpty() ? BackupSettings::configuredDir(db) : dir,
                              keepText.isEmpty() ? BackupSettings::configuredKeep(db) : keep);
    const QString folder = BackupSettings::configuredDir(db);
    const int kept = BackupSettings::configuredKeep(db);
    ctx.print(QJsonObject{{QStringLiteral("dir"), folder}, {QStringLiteral("keep"), kept}},
              Cli::tr("Nightly backups go to %1; the newest %2 are kept.").arg(folder).arg(kept));
    return ExitOk;
}

int runBackup(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.words().value(0);
    if (sub == QLatin1String("list") || sub == QLatin1String("check") || sub == QLatin1String("configure")) {
        args.takeFirst();
        return sub == QLatin1String("list")    ? runList(ctx, args)
               : sub == QLatin1String("check") ? runCheckFile(ctx, args)
                                               : runConfigure(ctx, args);
    }
    // Options first, so that the value of --keep is not taken for the FILE.
    const QString dirOption = args.option(QStringLiteral("dir"));
    const QString keepOption = args.option(QStringLiteral("keep"));
    const QString first = args.takeFirst();
    args.finish();
    if (!first.isEmpty() && !(dirOption.isEmpty() && keepOption.isEmpty()))
        throw UsageError{Cli::tr("backup FILE takes no --dir or --keep: those are for the rotating backup (no FILE).")};
    const int keepArg = keepOption.isEmpty() ? 0 : parseKeep(keepOption);
    const Context c = ctx.userContext();
    BackupInfo info;
    if (!first.isEmpty()) {
        info = BackupService::backup(c, first);
    } else {
        const QString dir = dirOption.isEmpty() ? BackupSettings::configuredDir(c.database()) : dirOption;
        const int keep = keepOption.isEmpty() ? BackupSettings::configuredKeep(c.database()) : keepArg;
        info = BackupService::backupRotating(c, dir, keep);
    }
    // The scanned documents and attachments go beside the backup, once each.
    const MirrorResult files =
        BackupService::mirrorFiles(c, QFileInfo(info.path).absolutePath(), ManagedFiles::of(c.database().path()));
    QString text = Cli::tr("Backup written to %1 (%2, SHA-256 %3) and checked: ok.")
                       .arg(info.path, sizeText(info.size), info.sha256);
    if (!info.removed.isEmpty())
        text += QLatin1Char('\n') + Cli::tr("Older backups removed: %1").arg(info.removed.join(QStringLiteral(", ")));
    text += QLatin1Char('\n') + Cli::tr("Documents and attachments: %1 copied (%2), %3 already there.")
                                    .arg(files.copied)
                                    .arg(sizeText(files.bytesCopied))
                                    .arg(files.present);
    for (const QString& p : files.problems)
        ctx.message(p);
    QJsonObject o = info.toJson();
    o.insert(QStringLiteral("files"), files.toJson());
    ctx.print(o, text);
    return files.problems.isEmpty() ? ExitOk : ExitStorage;
}

int runRestore(CliContext& ctx, CliArgs& args)
{
    const QString file = args.takeFirst();
    const bool yes = args.flag(QStringLiteral("yes"));
    const bool force = args.flag(QStringLiteral("force"));
    args.finish(0);
    if (file.isEmpty())
        throw UsageError{Cli::tr("restore needs the backup FILE.")};
    // Never through ctx.database(): this run must not keep the file it replaces open.
    const QString target = QFileInfo(ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath).absoluteFilePath();
    const BackupInfo info = BackupService::inspect(file);
    const bool replacing = QFileInfo::exists(target);
    if (!yes) {
        ctx.message(Cli::tr("restore would replace %1 with the backup %2 (taken %3, %4). %5 Close Loket on this PC "
                            "first, then repeat the command with --yes. Nothing was changed.")
                        .arg(target, info.path, timeText(info.takenAt), countsText(info),
                             replacing ? Cli::tr("The current file would be kept as a safety copy next to it.")
                                       : Cli::tr("There is no database there yet.")));
        if (ctx.json)
            ctx.print(QJsonObject{{QStringLiteral("would_restore"), target}, {QStringLiteral("backup"), info.toJson()}},
                      {});
        return ExitUsage;
    }
    QString actorName;
    if (replacing) {
        if (ctx.user.isEmpty())
            throw Error::permission(Cli::tr("restore needs --user NAME: an account with the backup permission in the "
                                            "current database %1.")
                                        .arg(target));
        Database current;
        Database::OpenOptions options;
        options.create = false;
        try {
            current.open(target, options);
        } catch (const Error& e) {
            throw Error(e.kind(), e.message() + QLatin1Char('\n') +
                                      Cli::tr("To restore over a database that cannot be opened, move it aside first; "
                                              "restoring where there is no database needs no sign-in."));
        }
        const QString password =
            ctx.secret(QStringLiteral("LOKET_PASSWORD"), Cli::tr("Password for %1: ").arg(ctx.user));
        const Actor actor = AuthService::signIn(current, defaultClock(), ctx.user, password);
        Context(current, defaultClock(), actor).require(Permission::Backup);
        actorName = actor.username;
    } else {
        actorName =
            ctx.user.isEmpty() ? QStringLiteral("(system user %1)").arg(qEnvironmentVariable("USER")) : ctx.user;
    }
    const BackupService::RestoreResult result = BackupService::restore(file, target, actorName, defaultClock(), force);
    // Documents and attachments the PC lacks come back from beside the backup.
    const MirrorResult files = BackupService::restoreFiles(file, result.backup.workstation, ManagedFiles::of(target));
    for (const QString& p : files.problems)
        ctx.message(p);
    QString text = Cli::tr("Restored %1 from %2.").arg(result.target, result.backup.path);
    text += QLatin1Char('\n') + Cli::tr("Documents and attachments put back: %1.").arg(files.copied);
    if (!result.safetyCopy.isEmpty())
        text += QLatin1Char('\n') + Cli::tr("The replaced file was kept as %1.").arg(result.safetyCopy);
    if (!result.migrationBackup.isEmpty())
        text += QLatin1Char('\n') + Cli::tr("The backup had schema version %1 and was migrated to %2.")
                                        .arg(result.backup.schemaVersion)
                                        .arg(result.schemaVersion);
    QJsonObject o = result.toJson();
    o.insert(QStringLiteral("files"), files.toJson());
    ctx.print(o, text);
    return files.problems.isEmpty() ? ExitOk : ExitStorage;
}
} // namespace

void addBackupCommands(QList<Command>& list)
{
    list.append({QStringLiteral("backup"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "backup [FILE] [--dir DIR] [--keep N]   (no FILE: loket-<workstation>-<time>.sqlite in "
                     "backup.dir, keeping the newest backup.keep)\n"
                     "backup list [--dir DIR]   (exit 1 when a file there fails its check)\n"
                     "backup check FILE         (exit 1 when it is not a usable Loket backup, 3 when it "
                     "was changed since the audit trail recorded it)\n"
                     "backup configure [--dir DIR] [--keep N]")),
                 runBackup});
    list.append(
        {QStringLiteral("restore"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "loket::cli::help", "restore FILE --yes [--force]   (Loket closed on this PC; --user: an admin of the "
                                 "current database; keeps a safety copy; --force: even a backup the current database's "
                                 "audit trail does not hold with this SHA-256, logged and audited)")),
         runRestore});
}

} // namespace loket::cli
