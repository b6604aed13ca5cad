#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace loket {

// File-level steps on SQLite database files that backups and restores share: copies that only
// the owner can read, flushed to the disk before they are trusted (file modes and fsync through
// core/common/Platform).
class SqliteFiles
{
public:
    // The file and the journal files SQLite keeps beside it.
    static void removeWithCompanions(const QString& path);
    // VACUUM INTO from `db` into `file`, never readable by others, flushed to the disk; a copy that
    // fails half-way is removed. Error::storage on failure.
    static void vacuumInto(const QSqlDatabase& db, const QString& file);
    // Hex SHA-256 of the file's bytes; empty when it cannot be read.
    static QString sha256(const QString& path);
    // SQLITE_BUSY or SQLITE_LOCKED: another connection holds the file.
    static bool isBusy(const QSqlError& error);
    // rename(2), which replaces `to` in one step on the same file system; false on failure.
    static bool replace(const QString& from, const QString& to);
};

} // namespace loket
