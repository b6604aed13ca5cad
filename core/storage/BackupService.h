#pragma once

#include "BackupInfo.h"
#include "FileMirror.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace loket {

class Clock;
class Context;
class Database;

// Backups of a workstation's database: written with VACUUM INTO and checked, rotated for the
// nightly job, listed, inspected, and restored offline with a safety copy of what they replace.
class BackupService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::BackupService)
public:
    static constexpr int kDefaultKeep = 14;
    static constexpr int kMaxKeep = 1000;

    // A verified copy of the live database in `file` (which must not exist yet), audited as
    // "backup.write" with its name, size and SHA-256. Needs Permission::Backup. The copy is written
    // as `file`.part and renamed to `file` only when it is complete, checked and audited, so a
    // killed run never leaves a file under a backup's name. A copy that fails its check is deleted
    // and Error::storage is thrown.
    static BackupInfo backup(const Context& ctx, const QString& file);
    // The same into `dir` as loket-<workstation>-<YYYYMMDD-HHMMSS>.sqlite (Asia/Jakarta), then
    // deletes the oldest files of that pattern and workstation beyond `keep`; no other file.
    // Only complete files count: a .part file or a file shorter than its SQLite header says is
    // neither counted nor deleted.
    static BackupInfo backupRotating(const Context& ctx, const QString& dir, int keep);

    // The folder and count of the nightly backup are office settings: BackupSettings (core/settings).

    // Checks a backup file read-only. Error::notFound when it does not exist; Error::invalid
    // naming the file when it is not a Loket database, is newer than this program, or is damaged.
    static BackupInfo inspect(const QString& file);
    // Every *.sqlite file in `dir`, newest first; files that fail inspect() have ok == false.
    static QList<BackupInfo> list(const QString& dir);
    // Compares `info` (from inspect()) with the backups the audit trail of `reference` recorded
    // ("backup.write", and the safety copies of "backup.restore") and sets info.integrity. An
    // invalid `reference` leaves NotCompared.
    static void compareWithRecord(const QSqlDatabase& reference, BackupInfo& info);
    // The SQLite header of `file` is complete and the file is as long as the header says.
    static bool looksComplete(const QString& file);

    struct RestoreResult
    {
        BackupInfo backup;
        QString target;
        QString safetyCopy;      // empty when there was no database to replace
        QString migrationBackup; // when the restored file was older and got migrated
        int schemaVersion = 0;   // of the restored file, after migrating
        QJsonObject toJson() const;
    };
    // Replaces the database file `targetPath` (which no program may have open) with the backup.
    // The backup is checked first; the current file is copied to
    // <target>-before-restore-<time>.sqlite; the restored file is migrated if older and gets a
    // "backup.restore" audit entry naming `actorName`. On any failure the original stays in place.
    // Error::conflict when another connection holds the target.
    // When a database is replaced, the backup must be one its audit trail recorded with the same
    // SHA-256 (compareWithRecord()): a changed or unknown file is refused with Error::invalid
    // unless `force`, which is logged (loket.storage) and noted in the "backup.restore" entry.
    static RestoreResult restore(const QString& backupFile, const QString& targetPath, const QString& actorName);
    static RestoreResult restore(const QString& backupFile, const QString& targetPath, const QString& actorName,
                                 const Clock& clock, bool force = false);

    // Copies the managed files (scanned documents, attachments) the backup folder `backupDir` does
    // not have yet into <backupDir>/files-<workstation>/<folder name>/. Needs Permission::Backup.
    static MirrorResult mirrorFiles(const Context& ctx, const QString& backupDir, const QList<ManagedFolder>& folders);
    // After a restore: copies back, from the mirror beside `backupFile`, the files of
    // `workstation` that `folders` lack; a file there of another size is moved aside as damaged.
    // A file the mirror already holds with another size is never replaced by a backup: reported.
    static MirrorResult restoreFiles(const QString& backupFile, const QString& workstation,
                                     const QList<ManagedFolder>& folders);
    // The rotating name for a workstation at a time (converted to Asia/Jakarta).
    static QString rotatingName(const QString& workstation, const QDateTime& at, int suffix = 0);
};

} // namespace loket
