#pragma once

#include <QCoreApplication>

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace loket {

// One workstation's SQLite file. Opening checks that the file is a Loket database of a schema
// this program knows, backs it up, and migrates it; anything else is refused untouched.
class Database
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::Database)
public:
    // PRAGMA application_id of every Loket file: "LKT1".
    static constexpr quint32 kApplicationId = 0x4C4B5431;

    struct OpenOptions
    {
        bool create = true;          // create the file when it does not exist
        bool migrate = true;         // bring an older schema up to date (after a backup)
        QString workstationCode;     // for a new file; "C01" when empty
        int targetVersion = -1;      // migrate only this far (tests build old files); -1: latest
    };

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static QString defaultPath();
    static int latestVersion();

    void open(const QString& path);
    void open(const QString& path, const OpenOptions& options);
    void close();
    bool isOpen() const;

    QSqlDatabase handle() const;
    sqlite3* sqliteHandle() const;
    // The SQLite connection behind a Qt connection (null when it is not SQLite).
    static sqlite3* sqliteHandleOf(const QSqlDatabase& db);
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    // The backup written before the last migration of an existing file, empty if none.
    const QString& migrationBackup() const { return m_migrationBackup; }

    QString workstationCode() const { return m_workstation; }

    // A consistent copy of the live database (VACUUM INTO), readable by its owner only; a copy that
    // fails half-way is removed.
    void backupTo(const QString& file) const;
    // PRAGMA integrity_check and foreign_key_check; empty when all is well.
    QStringList integrityProblems() const;
    // PRAGMA integrity_check alone: damaged pages and indexes (the file itself is broken, as
    // opposed to rows pointing nowhere); empty when the file is sound.
    QStringList damage() const;
    // PRAGMA foreign_key_check: rows that point to a missing row.
    QStringList brokenReferences() const;

private:
    void inspectExisting(const QString& path) const;
    void applyPragmas();
    void loadWorkstation(const OpenOptions& options);

    QString m_connection;
    QString m_path;
    QString m_workstation;
    QString m_migrationBackup;
};

} // namespace loket
