#include "BackupService.h"

#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Log.h"
#include "settings/SettingsRepository.h"
#include "users/Actor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace loket {

namespace {

const QString kDirKey = QStringLiteral("backup.dir");
const QString kKeepKey = QStringLiteral("backup.keep");

QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("loket-backup-%1-%2").arg(QLatin1String(purpose)).arg(counter++);
}

// A QSqlDatabase connection of our own, removed again whatever happens.
class OwnConnection
{
public:
    OwnConnection(const QString& path, const QString& options, const char* purpose)
        : m_name(uniqueConnectionName(purpose))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~OwnConnection() { close(); }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

void restrictToOwner(const QString& file)
{
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Flushes a file (or a folder, for a rename) to the disk; false when the system refused.
bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// VACUUM INTO from `db` into `file`, never readable by others, flushed to the disk.
void vacuumInto(const QSqlDatabase& db, const QString& file)
{
    const mode_t previous = ::umask(0077);
    try {
        SqlQuery(db, QStringLiteral("VACUUM INTO :file")).bind(QStringLiteral(":file"), file).exec();
    } catch (...) {
        ::umask(previous);
        QFile::remove(file);
        throw;
    }
    ::umask(previous);
    restrictToOwner(file);
    syncPath(file);
}

QString fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

const QRegularExpression& rotatingPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^loket-([A-Z][A-Z0-9]{1,5})-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.sqlite$"));
    return re;
}

QDateTime takenAtOf(const QFileInfo& info)
{
    const auto m = rotatingPattern().match(info.fileName());
    if (m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
        const QTime time = QTime::fromString(m.captured(3), QStringLiteral("HHmmss"));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Clock::zone());
    }
    return info.lastModified().toTimeZone(Clock::zone());
}

bool isBusy(const QSqlError& error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QJsonObject writeJson(const BackupInfo& info)
{
    return {{QStringLiteral("file"), info.fileName()},
            {QStringLiteral("path"), info.path},
            {QStringLiteral("size"), double(info.size)},
            {QStringLiteral("sha256"), info.sha256},
            {QStringLiteral("schema_version"), info.schemaVersion}};
}

} // namespace

QString BackupInfo::fileName() const
{
    return QFileInfo(path).fileName();
}

QJsonObject BackupInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), fileName()},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("taken_at"), takenAt.toString(Qt::ISODate)},
                  {QStringLiteral("ok"), ok}};
    if (ok) {
        o.insert(QStringLiteral("schema_version"), schemaVersion);
        o.insert(QStringLiteral("workstation"), workstation);
        o.insert(QStringLiteral("sha256"), sha256);
        if (cases >= 0)
            o.insert(QStringLiteral("cases"), double(cases));
        if (complaints >= 0)
            o.insert(QStringLiteral("complaints"), double(complaints));
    } else {
        o.insert(QStringLiteral("problem"), problem);
    }
    if (!removed.isEmpty())
        o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
    switch (integrity) {
    case Integrity::NotCompared:
        break;
    case Integrity::Recorded:
        o.insert(QStringLiteral("integrity"), QStringLiteral("recorded"));
        o.insert(QStringLiteral("recorded_at"), recordedAt.toString(Qt::ISODate));
        break;
    case Integrity::Changed:
        o.insert(QStringLiteral("integrity"), QStringLiteral("changed"));
        o.insert(QStringLiteral("recorded_sha256"), recordedSha256);
        o.insert(QStringLiteral("recorded_at"), recordedAt.toString(Qt::ISODate));
        break;
    case Integrity::Unrecorded:
        o.insert(QStringLiteral("integrity"), QStringLiteral("unrecorded"));
        break;
    }
    return o;
}

QString BackupInfo::integrityText() const
{
    const QString when = recordedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    switch (integrity) {
    case Integrity::NotCompared:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 was not compared with the audit trail: there is no database here.")
            .arg(path);
    case Integrity::Recorded:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 is unchanged since it was written (%2): its SHA-256 is the one in the "
                                           "audit trail.")
            .arg(path, when);
    case Integrity::Changed:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 has been changed since it was written: its SHA-256 is %2, the audit "
                                           "trail recorded %3 when it was written (%4).")
            .arg(path, sha256, recordedSha256, when);
    case Integrity::Unrecorded:
        return QCoreApplication::translate("loket::BackupService",
                                           "%1 is not in the audit trail of this database (SHA-256 %2): Loket cannot "
                                           "tell whether it was changed.")
            .arg(path, sha256);
    }
    return {};
}

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
    info.takenAt = takenAtOf(fi);
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
    info.sha256 = fileSha256(info.path);
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
            bad.takenAt = takenAtOf(fi);
            bad.problem = e.message();
            out.append(bad);
        }
    }
    // Two backups in the same second: loket-...-HHMMSS-1.sqlite is the later one.
    auto suffixOf = [](const BackupInfo& b) { return rotatingPattern().match(b.fileName()).captured(4).toInt(); };
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
    const bool rotating = rotatingPattern().match(info.fileName()).hasMatch();
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
    removeWithCompanions(partial);
    db.backupTo(partial);
    syncPath(partial);
    try {
        BackupInfo info = BackupService::inspect(partial);
        info.path = QFileInfo(file).absoluteFilePath();
        if (rotatingPattern().match(info.fileName()).hasMatch())
            info.takenAt = takenAtOf(QFileInfo(info.path));
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
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(info.path).constData()) != 0)
        throw Error::storage(QCoreApplication::translate("loket::BackupService", "Cannot rename %1 to %2: %3")
                                 .arg(partial, info.path, QString::fromLocal8Bit(std::strerror(errno))));
    syncPath(QFileInfo(info.path).absolutePath());
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
        const auto m = rotatingPattern().match(fi.fileName());
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

QString BackupService::configuredDir(const Database& db)
{
    const QString dir = SettingsRepository(db).value(kDirKey).trimmed();
    if (!dir.isEmpty())
        return dir;
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

int BackupService::configuredKeep(const Database& db)
{
    const int keep = SettingsRepository(db).intValue(kKeepKey, kDefaultKeep);
    return keep >= 1 && keep <= kMaxKeep ? keep : kDefaultKeep;
}

void BackupService::configure(const Context& ctx, const QString& dir, int keep)
{
    ctx.require(Permission::Backup);
    const QString folder = dir.trimmed();
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        throw Error::invalid(tr("The backup folder must be a full path, such as /srv/loket-backups."),
                             QStringLiteral("dir"));
    if (keep < 1 || keep > kMaxKeep)
        throw Error::invalid(tr("The number of backups to keep must be between 1 and %1.").arg(kMaxKeep),
                             QStringLiteral("keep"));
    SettingsRepository settings(ctx.database());
    settings.set(ctx, kDirKey, QDir::cleanPath(folder), true);
    settings.set(ctx, kKeepKey, QString::number(keep), true);
}

BackupService::RestoreResult BackupService::restore(const QString& backupFile, const QString& targetPath,
                                                    const QString& actorName)
{
    return restore(backupFile, targetPath, actorName, defaultClock(), false);
}

BackupService::RestoreResult BackupService::restore(const QString& backupFile, const QString& targetPath,
                                                    const QString& actorName, const Clock& clock, bool force)
{
    RestoreResult result;
    result.backup = inspect(backupFile);
    const QFileInfo target(targetPath);
    result.target = target.absoluteFilePath();
    if (target.exists() && (result.backup.path == result.target ||
                            target.canonicalFilePath() == QFileInfo(backupFile).canonicalFilePath()))
        throw Error::invalid(tr("%1 is the database itself; choose a backup file.").arg(backupFile),
                             QStringLiteral("file"));
    const QString folder = target.absolutePath();
    if (!QDir().mkpath(folder))
        throw Error::storage(tr("Cannot create the folder %1.").arg(folder));
    const QString stamp = clock.now().toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const bool replacing = target.exists();
    // A journal without its database file holds committed work that belongs to a file moved
    // elsewhere; restoring would delete it (or SQLite would replay it onto the restored file).
    if (!replacing) {
        for (const char* suffix : {"-wal", "-journal"}) {
            const QString orphan = result.target + QLatin1String(suffix);
            if (QFileInfo::exists(orphan))
                throw Error::invalid(tr("%1 is left without its database file: it holds changes of the file that "
                                        "was moved away. Move it next to that file (same name plus %2), then "
                                        "restore again. Nothing was changed.")
                                         .arg(orphan, QLatin1String(suffix)),
                                     QStringLiteral("file"));
        }
    }

    // Hold the current file exclusively from here until it has been replaced: a connection that
    // is merely open (the desktop program) keeps a shared lock and makes this fail.
    std::unique_ptr<OwnConnection> hold;
    bool readable = true;
    if (replacing) {
        hold = std::make_unique<OwnConnection>(result.target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=300"), "hold");
        if (!hold->isOpen())
            throw Error::storage(tr("Cannot open the database file %1: %2").arg(result.target, hold->error()));
        QSqlQuery q(hold->db());
        const char* steps[] = {"PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM sqlite_master",
                               "COMMIT"};
        for (const char* step : steps) {
            if (q.exec(QString::fromLatin1(step)))
                continue;
            if (isBusy(q.lastError()))
                throw Error::conflict(tr("%1 is open in another program (Loket or loket-cli): close it on this PC "
                                         "and try again. Nothing was changed.")
                                          .arg(result.target));
            readable = false; // a damaged file: it is still copied aside as it is
            break;
        }
        // The file replaced must have written (or kept as a safety copy) exactly this backup.
        if (readable) {
            try {
                compareWithRecord(hold->db(), result.backup);
            } catch (const Error&) {
                result.backup.integrity = BackupInfo::Integrity::NotCompared;
            }
        }
        if (result.backup.integrity != BackupInfo::Integrity::Recorded) {
            const QString why = result.backup.integrity == BackupInfo::Integrity::NotCompared
                                    ? tr("%1 cannot be compared with the audit trail: the current database %2 cannot "
                                         "be read.")
                                          .arg(result.backup.path, result.target)
                                    : result.backup.integrityText();
            if (!force)
                throw Error::invalid(
                    why + QLatin1Char(' ') +
                        tr("It is refused. An administrator who knows where it came from can restore "
                           "it anyway with --force, which is logged and audited. Nothing was changed."),
                    QStringLiteral("file"));
            qCWarning(lcStorage).noquote()
                << "restore forced by" << actorName << "onto" << result.target << ":" << result.backup.path << "sha256"
                << result.backup.sha256 << "recorded"
                << (result.backup.recordedSha256.isEmpty() ? QStringLiteral("none") : result.backup.recordedSha256);
        }
    } else if (force) {
        qCWarning(lcStorage).noquote() << "restore with --force by" << actorName << "onto" << result.target
                                       << "(no database there to compare with):" << result.backup.path;
    }

    QString temp;
    QString safetySha256;
    std::unique_ptr<Database> restored;
    auto cleanUp = [&] {
        restored.reset();
        if (!temp.isEmpty())
            removeWithCompanions(temp);
        if (!result.migrationBackup.isEmpty())
            QFile::remove(result.migrationBackup);
        if (!result.safetyCopy.isEmpty())
            removeWithCompanions(result.safetyCopy);
        hold.reset();
    };
    try {
        if (replacing) {
            QString safety;
            for (int suffix = 0; safety.isEmpty() || QFileInfo::exists(safety); ++suffix)
                safety = QDir(folder).filePath(
                    QStringLiteral("%1-before-restore-%2%3.sqlite")
                        .arg(target.completeBaseName(), stamp, suffix ? QStringLiteral("-%1").arg(suffix) : QString()));
            result.safetyCopy = safety;
            bool copied = false;
            if (readable) {
                try {
                    vacuumInto(hold->db(), safety);
                    copied = true;
                } catch (const Error&) {
                    copied = false;
                }
            }
            if (!copied) {
                // SQLite cannot read it whole: keep the bytes as they are, with their WAL.
                const mode_t previous = ::umask(0077);
                bool ok = QFile::copy(result.target, safety);
                if (ok && QFileInfo::exists(result.target + QStringLiteral("-wal")))
                    ok = QFile::copy(result.target + QStringLiteral("-wal"), safety + QStringLiteral("-wal"));
                ::umask(previous);
                if (!ok)
                    throw Error::storage(tr("Cannot write the safety copy %1 of the current database.").arg(safety));
                restrictToOwner(safety);
                restrictToOwner(safety + QStringLiteral("-wal"));
                syncPath(safety);
            }
            safetySha256 = fileSha256(safety);
        }

        // A clean copy of exactly what inspect() checked, next to the target (same file system).
        temp = QStringLiteral("%1.restoring-%2").arg(result.target, stamp);
        removeWithCompanions(temp);
        {
            OwnConnection source(result.backup.path, QStringLiteral("QSQLITE_OPEN_READONLY"), "source");
            if (!source.isOpen())
                throw Error::storage(tr("Cannot open the backup file %1: %2").arg(result.backup.path, source.error()));
            vacuumInto(source.db(), temp);
        }

        // Migrate and record the restore in the copy before it replaces anything.
        restored = std::make_unique<Database>();
        Database::OpenOptions options;
        options.create = false;
        restored->open(temp, options);
        result.migrationBackup = restored->migrationBackup();
        result.schemaVersion = restored->schemaVersion();
        Actor actor;
        actor.username = actorName;
        actor.displayName = actorName;
        QJsonObject after{{QStringLiteral("backup"), result.backup.path},
                          {QStringLiteral("backup_sha256"), result.backup.sha256},
                          {QStringLiteral("backup_taken_at"), result.backup.takenAt.toString(Qt::ISODate)},
                          {QStringLiteral("restored_by"), actorName},
                          {QStringLiteral("target"), result.target}};
        if (!result.safetyCopy.isEmpty()) {
            after.insert(QStringLiteral("safety_copy"), result.safetyCopy);
            after.insert(QStringLiteral("safety_copy_sha256"), safetySha256);
        }
        const QJsonObject compared = result.backup.toJson();
        if (compared.contains(QStringLiteral("integrity")))
            after.insert(QStringLiteral("integrity"), compared.value(QStringLiteral("integrity")));
        if (!result.backup.recordedSha256.isEmpty())
            after.insert(QStringLiteral("recorded_sha256"), result.backup.recordedSha256);
        if (force)
            after.insert(QStringLiteral("forced"), true);
        {
            Transaction tx(restored->handle());
            AuditLog::append(restored->handle(), clock.now(), actor, restored->workstationCode(),
                             QStringLiteral("backup.restore"), QStringLiteral("backup"), result.backup.fileName(), {},
                             after);
            tx.commit();
        }
        // One self-contained file: fold the WAL in before renaming.
        SqlQuery(restored->handle(), QStringLiteral("PRAGMA journal_mode=DELETE")).exec();
        restored.reset();
        restrictToOwner(temp);
        if (!syncPath(temp))
            throw Error::storage(tr("Cannot flush %1 to the disk.").arg(temp));

        if (hold && readable) {
            // The safety copy exists: now the current WAL may go (checkpointed into the old file).
            QSqlQuery q(hold->db());
            if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
                throw Error::storage(
                    tr("Cannot close the write-ahead log of %1: %2").arg(result.target, q.lastError().text()));
        }
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(result.target).constData()) != 0)
            throw Error::storage(
                tr("Cannot replace %1: %2").arg(result.target, QString::fromLocal8Bit(std::strerror(errno))));
        temp.clear();
    } catch (...) {
        cleanUp();
        throw;
    }
    syncPath(folder);
    hold.reset();
    // What is left belongs to the file that was replaced.
    QFile::remove(result.target + QStringLiteral("-wal"));
    QFile::remove(result.target + QStringLiteral("-shm"));
    return result;
}

namespace {
QString mirrorRoot(const QString& backupDir, const QString& workstation)
{
    return QDir(backupDir).filePath(QStringLiteral("files-%1").arg(workstation));
}
} // namespace

MirrorResult BackupService::mirrorFiles(const Context& ctx, const QString& backupDir, const QList<ManagedFolder>& folders)
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
