#include "BackupService.h"

#include "BackupRestore.h"
#include "Database.h"
#include "OwnConnection.h"
#include "SqlQuery.h"
#include "SqliteFiles.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace loket {

namespace {

QJsonObject writeJson(const BackupInfo& info)
{
    return {{QStringLiteral("file"), info.fileName()},
            {QStringLiteral("path"), info.path},
            {QStringLiteral("size"), double(info.size)},
            {QStringLiteral("sha256"), info.sha256},
            {QStringLiteral("schema_version"), info.schemaVersion}};
}

} // namespace

QJsonObject BackupService::RestoreResult::toJson() const
{
    QJsonObject o{{QStringLiteral("restored"), target},
                  {QStringLiteral("backup"), backup.toJson()},
                  {QStringLiteral("schema_version"), schemaVersion}};
    if (!safetyCopy.isEmpty())
        o.insert(QStringLiteral("safety_copy"), safetyCopy);
    if (!migrationBackup.isEmpty())
        o.insert(QStringLiteral("migration_backup"), migrationBackup);
    return o;
}

QString BackupService::rotatingName(const QString& workstation, const QDateTime& at, int suffix)
{
    QString name = QStringLiteral("loket-%1-%2")
                       .arg(workstation, at.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (suffix > 0)
        name += QStringLiteral("-%1").arg(suffix);
    return name + QStringLiteral(".sqlite");
}

BackupInfo BackupService::inspect(const QString& file)
{
    const QFileInfo fi(file);
    if (!fi.exists() || !fi.isFile())
        throw Error::notFound(tr("The backup file %1 does not exist.").arg(file));
    BackupInfo info;
    info.path = fi.absoluteFilePath();
    info.size = fi.size();
    info.takenAt = BackupInfo::takenAtOf(fi);
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::storage(tr("Cannot read the backup file %1: %2").arg(file, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            throw Error::invalid(tr("%1 is not a Loket database: it is not an SQLite file.").arg(file),
                                 QStringLiteral("file"));
    }

    OwnConnection conn(info.path, QStringLiteral("QSQLITE_OPEN_READONLY"), "check");
    if (!conn.isOpen())
        throw Error::invalid(tr("%1 cannot be opened as a database: %2").arg(file, conn.error()),
                             QStringLiteral("file"));
    const QSqlDatabase db = conn.db();
    try {
        const auto appId =
            static_cast<quint32>(SqlQuery(db, QStringLiteral("PRAGMA application_id")).scalar().toLongLong());
        if (appId != Database::kApplicationId)
            throw Error::invalid(tr("%1 is not a Loket database: it belongs to another program or is empty.").arg(file),
                                 QStringLiteral("file"));
        info.schemaVersion = SqlQuery(db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
        if (info.schemaVersion > Database::latestVersion())
            throw Error::invalid(tr("%1 was written by a newer Loket (schema version %2; this program knows up to "
                                    "%3). Install the newer Loket to use it.")
                                     .arg(file)
                                     .arg(info.schemaVersion)
                                     .arg(Database::latestVersion()),
                                 QStringLiteral("file"));
        QStringList problems;
        SqlQuery check(db, QStringLiteral("PRAGMA quick_check"));
        check.exec();
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!problems.isEmpty())
            throw Error::invalid(tr("%1 is damaged: %2").arg(file, problems.mid(0, 3).join(QStringLiteral("; "))),
                                 QStringLiteral("file"));
        auto hasTable = [&db](const QString& name) {
            return SqlQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = :n"))
                       .bind(QStringLiteral(":n"), name)
                       .scalar()
                       .toInt() > 0;
        };
        if (hasTable(QStringLiteral("settings")))
            info.workstation = SqlQuery(db, QStringLiteral("SELECT value FROM settings WHERE key = :key"))
                                   .bind(QStringLiteral(":key"), QStringLiteral("workstation.code"))
                                   .scalar()
                                   .toString();
        // Fixed table names, no user input.
        if (hasTable(QStringLiteral("cases")))
            info.cases = SqlQuery(db, QStringLiteral("SELECT count(*) FROM cases")).scalar().toLongLong();
        if (hasTable(QStringLiteral("complaints")))
            info.complaints = SqlQuery(db, QStringLiteral("SELECT count(*) FROM complaints")).scalar().toLongLong();
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Invalid)
            throw;
        // SQLite could not even read it: a damaged or truncated file.
        throw Error::invalid(tr("%1 is damaged: SQLite cannot read it.").arg(file), QStringLiteral("file"));
    }
    info.sha256 = SqliteFiles::sha256(info.path);
    info.ok = true;
    return info;
}

QList<BackupInfo> BackupService::list(const QString& dir)
{
    QList<BackupInfo> out;
    const QFileInfoList files =
        QDir(dir).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : files) {
        try {
            out.append(inspect(fi.absoluteFilePath()));
        } catch (const Error& e) {
            BackupInfo bad;
            bad.path = fi.absoluteFilePath();
            bad.size = fi.size();
            bad.takenAt = BackupInfo::takenAtOf(fi);
            bad.problem = e.message();
            out.append(bad);
        }
    }
    // Two backups in the same second: loket-...-HHMMSS-1.sqlite is the later one.
    auto suffixOf = [](const BackupInfo& b) { return BackupInfo::matchRotating(b.fileName()).captured(4).toInt(); };
    std::stable_sort(out.begin(), out.end(), [&suffixOf](const BackupInfo& a, const BackupInfo& b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        return suffixOf(a) > suffixOf(b);
    });
    return out;
}

bool BackupService::looksComplete(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return false;
    auto u16 = [&header](int at) { return (quint32(quint8(header[at])) << 8) | quint8(header[at + 1]); };
    auto u32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
               (quint32(quint8(header[at + 2])) << 8) | quint8(header[at + 3]);
    };
    const quint32 pageSize = u16(16) == 1 ? 65536u : u16(16);
    const quint32 pages = u32(28);
    // The page count in the header is valid only when it was written with the change counter.
    if (pageSize < 512 || pages == 0 || u32(24) != u32(92))
        return false;
    return f.size() == qint64(pageSize) * qint64(pages);
}

void BackupService::compareWithRecord(const QSqlDatabase& reference, BackupInfo& info)
{
    info.integrity = BackupInfo::Integrity::NotCompared;
    if (!reference.isValid() || !reference.isOpen())
        return;
    const bool rotating = BackupInfo::matchRotating(info.fileName()).hasMatch();
    SqlQuery q(reference,
               QStringLiteral("SELECT action, record_id, at, after_json FROM audit_log "
                              "WHERE record_type = :type AND action IN (:write, :restore) ORDER BY seq DESC"));
    q.bind(QStringLiteral(":type"), QStringLiteral("backup"))
        .bind(QStringLiteral(":write"), QStringLiteral("backup.write"))
        .bind(QStringLiteral(":restore"), QStringLiteral("backup.restore"));
    q.exec();
    bool changed = false;
    while (q.next()) {
        const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        const bool write = q.value(0).toString() == QLatin1String("backup.write");
        // A restore records the safety copy it made of the file it replaced.
        const QString sha =
            after.value(write ? QStringLiteral("sha256") : QStringLiteral("safety_copy_sha256")).toString();
        const QString path = after.value(write ? QStringLiteral("path") : QStringLiteral("safety_copy")).toString();
        const QString name = write ? q.value(1).toString() : QFileInfo(path).fileName();
        if (sha.isEmpty())
            continue;
        const QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (sha.compare(info.sha256, Qt::CaseInsensitive) == 0) {
            info.integrity = BackupInfo::Integrity::Recorded;
            info.recordedAt = at;
            info.recordedSha256 = sha;
            return;
        }
        // The newest record of this file (its own path, or its unique rotating name) counts.
        if (!changed && (path == info.path || (rotating && name == info.fileName()))) {
            changed = true;
            info.recordedSha256 = sha;
            info.recordedAt = at;
        }
    }
    info.integrity = changed ? BackupInfo::Integrity::Changed : BackupInfo::Integrity::Unrecorded;
}

namespace {
// Where a backup is written until it is complete, checked and audited.
QString partialName(const QString& file)
{
    return file + QStringLiteral(".part");
}

// Writes and checks the copy under partialName(file); the returned info names `file`.
BackupInfo writeVerified(const Database& db, const QString& file)
{
    if (QFileInfo::exists(file))
        throw Error::invalid(QCoreApplication::translate("loket::BackupService",
                                                         "The backup file %1 already exists; choose another name.")
                                 .arg(file),
                             QStringLiteral("file"));
    const QString partial = partialName(file);
    // A .part file is what a killed run left behind: never a backup.
    SqliteFiles::removeWithCompanions(partial);
    db.backupTo(partial);
    platform::syncPath(partial);
    try {
        BackupInfo info = BackupService::inspect(partial);
        info.path = QFileInfo(file).absoluteFilePath();
        if (BackupInfo::matchRotating(info.fileName()).hasMatch())
            info.takenAt = BackupInfo::takenAtOf(QFileInfo(info.path));
        return info;
    } catch (const Error& e) {
        QFile::remove(partial);
        throw Error::storage(
            QCoreApplication::translate("loket::BackupService", "The backup %1 failed its check and was deleted: %2")
                .arg(file, e.message()));
    }
}

// Gives the checked copy its final name (inside the caller's transaction, before its commit).
void publish(const BackupInfo& info)
{
    const QString partial = partialName(info.path);
    if (!SqliteFiles::replace(partial, info.path))
        throw Error::storage(QCoreApplication::translate("loket::BackupService", "Cannot rename %1 to %2: %3")
                                 .arg(partial, info.path, QString::fromLocal8Bit(std::strerror(errno))));
    platform::syncPath(QFileInfo(info.path).absolutePath());
}

void discard(const BackupInfo& info)
{
    QFile::remove(partialName(info.path));
    QFile::remove(info.path);
}
} // namespace

BackupInfo BackupService::backup(const Context& ctx, const QString& file)
{
    ctx.require(Permission::Backup);
    if (file.trimmed().isEmpty())
        throw Error::invalid(tr("The backup file name is empty."), QStringLiteral("file"));
    BackupInfo info = writeVerified(ctx.database(), file);
    try {
        Transaction tx(ctx.db());
        AuditLog::append(ctx, QStringLiteral("backup.write"), QStringLiteral("backup"), info.fileName(), {},
                         writeJson(info));
        publish(info);
        tx.commit();
    } catch (...) {
        // No unrecorded copies of the citizens' data.
        discard(info);
        throw;
    }
    return info;
}

BackupInfo BackupService::backupRotating(const Context& ctx, const QString& dir, int keep)
{
    ctx.require(Permission::Backup);
    if (keep < 1 || keep > kMaxKeep)
        throw Error::invalid(tr("The number of backups to keep must be between 1 and %1.").arg(kMaxKeep),
                             QStringLiteral("keep"));
    if (dir.trimmed().isEmpty())
        throw Error::invalid(tr("The backup folder is empty."), QStringLiteral("dir"));
    const QString folder = QDir(dir).absolutePath();
    if (!QDir().mkpath(folder))
        throw Error::storage(tr("Cannot create the backup folder %1.").arg(folder));

    const QString workstation = ctx.database().workstationCode();
    const QDateTime now = ctx.clock().now();
    QString path;
    for (int suffix = 0; suffix < 100; ++suffix) {
        path = QDir(folder).filePath(rotatingName(workstation, now, suffix));
        if (!QFileInfo::exists(path) && !QFileInfo::exists(partialName(path)))
            break;
    }
    BackupInfo info = writeVerified(ctx.database(), path);

    // This workstation's rotating files, newest first; the one just written is always kept.
    struct Candidate
    {
        QString name;
        QString stamp;
        int suffix;
    };
    QList<Candidate> older;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("loket-*.sqlite")}, QDir::Files);
    for (const QFileInfo& fi : files) {
        const auto m = BackupInfo::matchRotating(fi.fileName());
        if (!m.hasMatch() || m.captured(1) != workstation || fi.fileName() == info.fileName())
            continue;
        // A file cut short (by an older Loket killed while writing) is no backup: neither counted
        // nor deleted, so it never pushes a good backup out.
        if (!looksComplete(fi.absoluteFilePath())) {
            qCWarning(lcStorage) << "rotation skips incomplete file" << fi.absoluteFilePath();
            continue;
        }
        older.append({fi.fileName(), m.captured(2) + m.captured(3), m.captured(4).toInt()});
    }
    std::sort(older.begin(), older.end(), [](const Candidate& a, const Candidate& b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.suffix > b.suffix;
    });
    QStringList toRemove;
    for (int i = keep - 1; i < older.size(); ++i)
        toRemove << older[i].name;

    QJsonObject after = writeJson(info);
    after.insert(QStringLiteral("keep"), keep);
    if (!toRemove.isEmpty())
        after.insert(QStringLiteral("removed"), QJsonArray::fromStringList(toRemove));
    try {
        Transaction tx(ctx.db());
        AuditLog::append(ctx, QStringLiteral("backup.write"), QStringLiteral("backup"), info.fileName(), {}, after);
        publish(info);
        tx.commit();
    } catch (...) {
        discard(info);
        throw;
    }
    for (const QString& name : std::as_const(toRemove))
        if (QFile::remove(QDir(folder).filePath(name)))
            info.removed << name;
    return info;
}

BackupService::RestoreResult BackupService::restore(const QString& backupFile, const QString& targetPath,
                                                    const QString& actorName)
{
    return restore(backupFile, targetPath, actorName, defaultClock(), false);
}

BackupService::RestoreResult BackupService::restore(const QString& backupFile, const QString& targetPath,
                                                    const QString& actorName, const Clock& clock, bool force)
{
    return BackupRestore(backupFile, targetPath, actorName, clock, force).run();
}

namespace {
QString mirrorRoot(const QString& backupDir, const QString& workstation)
{
    return QDir(backupDir).filePath(QStringLiteral("files-%1").arg(workstation));
}
} // namespace

MirrorResult BackupService::mirrorFiles(const Context& ctx, const QString& backupDir,
                                        const QList<ManagedFolder>& folders)
{
    ctx.require(Permission::Backup);
    MirrorResult total;
    const QString root = mirrorRoot(QDir(backupDir).absolutePath(), ctx.database().workstationCode());
    for (const ManagedFolder& f : folders)
        total.add(FileMirror::copyMissing(f.path, QDir(root).filePath(f.name), FileMirror::OnMismatch::KeepTarget));
    return total;
}

MirrorResult BackupService::restoreFiles(const QString& backupFile, const QString& workstation,
                                         const QList<ManagedFolder>& folders)
{
    MirrorResult total;
    const QString root = mirrorRoot(QFileInfo(backupFile).absolutePath(), workstation);
    for (const ManagedFolder& f : folders)
        total.add(FileMirror::copyMissing(QDir(root).filePath(f.name), f.path, FileMirror::OnMismatch::RepairTarget));
    return total;
}

} // namespace loket
