#pragma once

#include "FileMirror.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

class Clock;
class Context;
class Database;

// What a backup file holds, as far as a check can tell without trusting it.
struct BackupInfo
{
    QString path;      // absolute
    qint64 size = 0;   // bytes
    QDateTime takenAt; // from the rotating name, else the file time; Asia/Jakarta
    int schemaVersion = 0;
    QString workstation;
    qint64 cases = -1; // -1: the schema has no such table yet
    qint64 complaints = -1;
    QString sha256;      // hex
    bool ok = false;     // a Loket file this program can open, and PRAGMA quick_check is ok
    QString problem;     // why not, translated (only list() fills it; inspect() throws)
    QStringList removed; // backupRotating(): older files it deleted

    QString fileName() const;
    QJsonObject toJson() const;
};

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
    // "backup.write" with its name, size and SHA-256. Needs Permission::Backup. A copy that fails
    // its check is deleted and Error::storage is thrown.
    static BackupInfo backup(const Context& ctx, const QString& file);
    // The same into `dir` as loket-<workstation>-<YYYYMMDD-HHMMSS>.sqlite (Asia/Jakarta), then
    // deletes the oldest files of that pattern and workstation beyond `keep`; no other file.
    static BackupInfo backupRotating(const Context& ctx, const QString& dir, int keep);

    // The folder and count of the nightly backup: settings backup.dir (default: "backups" next to
    // the database file) and backup.keep (default kDefaultKeep).
    static QString configuredDir(const Database& db);
    static int configuredKeep(const Database& db);
    // Stores both settings (audited). Needs Permission::Backup; `dir` must be a full path.
    static void configure(const Context& ctx, const QString& dir, int keep);

    // Checks a backup file read-only. Error::notFound when it does not exist; Error::invalid
    // naming the file when it is not a Loket database, is newer than this program, or is damaged.
    static BackupInfo inspect(const QString& file);
    // Every *.sqlite file in `dir`, newest first; files that fail inspect() have ok == false.
    static QList<BackupInfo> list(const QString& dir);

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
    static RestoreResult restore(const QString& backupFile, const QString& targetPath, const QString& actorName);
    static RestoreResult restore(const QString& backupFile, const QString& targetPath, const QString& actorName,
                                 const Clock& clock);

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
