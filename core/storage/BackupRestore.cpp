#include "BackupRestore.h"

#include "Database.h"
#include "OwnConnection.h"
#include "SqlQuery.h"
#include "SqliteFiles.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/Platform.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <cstring>

namespace loket {

BackupRestore::BackupRestore(const QString& backupFile, const QString& targetPath, const QString& actorName,
                             const Clock& clock, bool force)
    : m_backupFile(backupFile), m_actorName(actorName), m_clock(clock), m_force(force)
{
    m_result.target = QFileInfo(targetPath).absoluteFilePath();
}

BackupRestore::~BackupRestore() = default;

BackupService::RestoreResult BackupRestore::run()
{
    m_result.backup = BackupService::inspect(m_backupFile);
    const QFileInfo target(m_result.target);
    if (target.exists() && (m_result.backup.path == m_result.target ||
                            target.canonicalFilePath() == QFileInfo(m_backupFile).canonicalFilePath()))
        throw Error::invalid(tr("%1 is the database itself; choose a backup file.").arg(m_backupFile),
                             QStringLiteral("file"));
    m_folder = target.absolutePath();
    if (!QDir().mkpath(m_folder))
        throw Error::storage(tr("Cannot create the folder %1.").arg(m_folder));
    m_stamp = m_clock.now().toTimeZone(Clock::zone()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_replacing = target.exists();
    if (m_replacing) {
        holdTarget();
        checkAgainstRecord();
    } else {
        refuseOrphanJournals();
        if (m_force)
            qCWarning(lcStorage).noquote() << "restore with --force by" << m_actorName << "onto" << m_result.target
                                           << "(no database there to compare with):" << m_result.backup.path;
    }
    try {
        if (m_replacing)
            makeSafetyCopy();
        prepareCopy();
        swapIn();
    } catch (...) {
        cleanUp();
        throw;
    }
    platform::syncPath(m_folder);
    m_hold.reset();
    // What is left belongs to the file that was replaced.
    QFile::remove(m_result.target + QStringLiteral("-wal"));
    QFile::remove(m_result.target + QStringLiteral("-shm"));
    return m_result;
}

// A journal without its database file holds committed work that belongs to a file moved
// elsewhere; restoring would delete it (or SQLite would replay it onto the restored file).
void BackupRestore::refuseOrphanJournals() const
{
    for (const char* suffix : {"-wal", "-journal"}) {
        const QString orphan = m_result.target + QLatin1String(suffix);
        if (QFileInfo::exists(orphan))
            throw Error::invalid(tr("%1 is left without its database file: it holds changes of the file that "
                                    "was moved away. Move it next to that file (same name plus %2), then "
                                    "restore again. Nothing was changed.")
                                     .arg(orphan, QLatin1String(suffix)),
                                 QStringLiteral("file"));
    }
}

// Holds the current file exclusively until it has been replaced: a connection that is merely
// open (the desktop program) keeps a shared lock and makes this fail.
void BackupRestore::holdTarget()
{
    m_hold = std::make_unique<OwnConnection>(m_result.target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=300"), "hold");
    if (!m_hold->isOpen())
        throw Error::storage(tr("Cannot open the database file %1: %2").arg(m_result.target, m_hold->error()));
    QSqlQuery q(m_hold->db());
    const char* steps[] = {"PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM sqlite_master",
                           "COMMIT"};
    for (const char* step : steps) {
        if (q.exec(QString::fromLatin1(step)))
            continue;
        if (SqliteFiles::isBusy(q.lastError()))
            throw Error::conflict(tr("%1 is open in another program (Loket or loket-cli): close it on this PC "
                                     "and try again. Nothing was changed.")
                                      .arg(m_result.target));
        m_readable = false; // a damaged file: it is still copied aside as it is
        return;
    }
}

// The file replaced must have written (or kept as a safety copy) exactly this backup.
void BackupRestore::checkAgainstRecord()
{
    BackupInfo& backup = m_result.backup;
    if (m_readable) {
        try {
            BackupService::compareWithRecord(m_hold->db(), backup);
        } catch (const Error&) {
            backup.integrity = BackupInfo::Integrity::NotCompared;
        }
    }
    if (backup.integrity == BackupInfo::Integrity::Recorded)
        return;
    const QString why = backup.integrity == BackupInfo::Integrity::NotCompared
                            ? tr("%1 cannot be compared with the audit trail: the current database %2 cannot "
                                 "be read.")
                                  .arg(backup.path, m_result.target)
                            : backup.integrityText();
    if (!m_force)
        throw Error::invalid(why + QLatin1Char(' ') +
                                 tr("It is refused. An administrator who knows where it came from can restore "
                                    "it anyway with --force, which is logged and audited. Nothing was changed."),
                             QStringLiteral("file"));
    qCWarning(lcStorage).noquote() << "restore forced by" << m_actorName << "onto" << m_result.target << ":"
                                   << backup.path << "sha256" << backup.sha256 << "recorded"
                                   << (backup.recordedSha256.isEmpty() ? QStringLiteral("none")
                                                                       : backup.recordedSha256);
}

void BackupRestore::makeSafetyCopy()
{
    const QFileInfo target(m_result.target);
    QString safety;
    for (int suffix = 0; safety.isEmpty() || QFileInfo::exists(safety); ++suffix)
        safety = QDir(m_folder).filePath(
            QStringLiteral("%1-before-restore-%2%3.sqlite")
                .arg(target.completeBaseName(), m_stamp, suffix ? QStringLiteral("-%1").arg(suffix) : QString()));
    m_result.safetyCopy = safety;
    bool copied = false;
    if (m_readable) {
        try {
            SqliteFiles::vacuumInto(m_hold->db(), safety);
            copied = true;
        } catch (const Error&) {
            copied = false;
        }
    }
    if (!copied) {
        // SQLite cannot read it whole: keep the bytes as they are, with their WAL.
        const int previous = platform::ownerOnlyFileCreation();
        bool ok = QFile::copy(m_result.target, safety);
        if (ok && QFileInfo::exists(m_result.target + QStringLiteral("-wal")))
            ok = QFile::copy(m_result.target + QStringLiteral("-wal"), safety + QStringLiteral("-wal"));
        platform::restoreFileCreation(previous);
        if (!ok)
            throw Error::storage(tr("Cannot write the safety copy %1 of the current database.").arg(safety));
        platform::restrictToOwner(safety);
        platform::restrictToOwner(safety + QStringLiteral("-wal"));
        platform::syncPath(safety);
    }
    m_safetySha256 = SqliteFiles::sha256(safety);
}

// A clean copy of exactly what inspect() checked, next to the target (same file system),
// migrated and with the restore recorded before it replaces anything.
void BackupRestore::prepareCopy()
{
    m_temp = QStringLiteral("%1.restoring-%2").arg(m_result.target, m_stamp);
    SqliteFiles::removeWithCompanions(m_temp);
    {
        OwnConnection source(m_result.backup.path, QStringLiteral("QSQLITE_OPEN_READONLY"), "source");
        if (!source.isOpen())
            throw Error::storage(tr("Cannot open the backup file %1: %2").arg(m_result.backup.path, source.error()));
        SqliteFiles::vacuumInto(source.db(), m_temp);
    }
    auto restored = std::make_unique<Database>();
    Database::OpenOptions options;
    options.create = false;
    restored->open(m_temp, options);
    m_result.migrationBackup = restored->migrationBackup();
    m_result.schemaVersion = restored->schemaVersion();
    Actor actor;
    actor.username = m_actorName;
    actor.displayName = m_actorName;
    {
        Transaction tx(restored->handle());
        AuditLog::append(restored->handle(), m_clock.now(), actor, restored->workstationCode(),
                         QStringLiteral("backup.restore"), QStringLiteral("backup"), m_result.backup.fileName(), {},
                         auditAfter());
        tx.commit();
    }
    // One self-contained file: fold the WAL in before renaming.
    SqlQuery(restored->handle(), QStringLiteral("PRAGMA journal_mode=DELETE")).exec();
    restored.reset();
    platform::restrictToOwner(m_temp);
    if (!platform::syncPath(m_temp))
        throw Error::storage(tr("Cannot flush %1 to the disk.").arg(m_temp));
}

QJsonObject BackupRestore::auditAfter() const
{
    const BackupInfo& backup = m_result.backup;
    QJsonObject after{{QStringLiteral("backup"), backup.path},
                      {QStringLiteral("backup_sha256"), backup.sha256},
                      {QStringLiteral("backup_taken_at"), backup.takenAt.toString(Qt::ISODate)},
                      {QStringLiteral("restored_by"), m_actorName},
                      {QStringLiteral("target"), m_result.target}};
    if (!m_result.safetyCopy.isEmpty()) {
        after.insert(QStringLiteral("safety_copy"), m_result.safetyCopy);
        after.insert(QStringLiteral("safety_copy_sha256"), m_safetySha256);
    }
    const QJsonObject compared = backup.toJson();
    if (compared.contains(QStringLiteral("integrity")))
        after.insert(QStringLiteral("integrity"), compared.value(QStringLiteral("integrity")));
    if (!backup.recordedSha256.isEmpty())
        after.insert(QStringLiteral("recorded_sha256"), backup.recordedSha256);
    if (m_force)
        after.insert(QStringLiteral("forced"), true);
    return after;
}

void BackupRestore::swapIn()
{
    if (m_hold && m_readable) {
        // The safety copy exists: now the current WAL may go (checkpointed into the old file).
        QSqlQuery q(m_hold->db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")))
            throw Error::storage(
                tr("Cannot close the write-ahead log of %1: %2").arg(m_result.target, q.lastError().text()));
    }
    if (!SqliteFiles::replace(m_temp, m_result.target))
        throw Error::storage(
            tr("Cannot replace %1: %2").arg(m_result.target, QString::fromLocal8Bit(std::strerror(errno))));
    m_temp.clear();
}

void BackupRestore::cleanUp()
{
    if (!m_temp.isEmpty())
        SqliteFiles::removeWithCompanions(m_temp);
    if (!m_result.migrationBackup.isEmpty())
        QFile::remove(m_result.migrationBackup);
    if (!m_result.safetyCopy.isEmpty())
        SqliteFiles::removeWithCompanions(m_result.safetyCopy);
    m_hold.reset();
}

} // namespace loket
