#include "Database.h"

#include "MigrationStamp.h"
#include "Migrator.h"
#include "SqlQuery.h"
#include "SqliteFiles.h"
#include "StorageProblem.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "common/Platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>
#include <atomic>
#include <sqlite3.h>

namespace loket {

namespace {

// The database and its write-ahead log hold every citizen's data: owner-only, even when an older
// program or a copy left them readable by others.
void tightenModes(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = path + suffix;
        if (QFileInfo::exists(file) && !platform::isOwnerOnly(file) && !platform::restrictToOwner(file))
            qCWarning(lcStorage).noquote() << "cannot make" << file << "owner-only";
    }
}

struct FileFacts
{
    quint32 applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

FileFacts readFacts(const QSqlDatabase& db)
{
    FileFacts f;
    f.applicationId = static_cast<quint32>(SqlQuery(db, QStringLiteral("PRAGMA application_id")).scalar().toLongLong());
    f.userVersion = SqlQuery(db, QStringLiteral("PRAGMA user_version")).scalar().toInt();
    f.objects = SqlQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar().toInt();
    return f;
}
} // namespace

Database::Database()
{
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("loket-%1").arg(counter++);
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/loket");
    return dir + QStringLiteral("/loket.sqlite");
}

int Database::latestVersion()
{
    return Migrator::latestVersion();
}

void Database::open(const QString& path)
{
    open(path, OpenOptions{});
}

void Database::inspectExisting(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageProblem::fileError(tr("Cannot read the database file %1").arg(path), path, file.errorString());
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        throw Error::invalid(tr("%1 is not a Loket database: it is not an SQLite file. It was left untouched.").arg(path));

    // Read the header through SQLite itself, read-only, so a WAL that was never checkpointed counts.
    const QString probeName = m_connection + QStringLiteral("-probe");
    FileFacts facts;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!probe.open()) {
            const QString text = probe.lastError().text();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            throw StorageProblem::fileError(tr("Cannot open the database file %1").arg(path), path, text);
        }
        try {
            facts = readFacts(probe);
        } catch (const Error&) {
            // A full disk, a read-only folder (no room for the -shm file) or a damaged page is a
            // storage problem (SqlQuery said which); only a file SQLite does not recognise is not ours.
            sqlite3* handle = sqliteHandleOf(probe);
            const int code = handle ? sqlite3_errcode(handle) : SQLITE_NOTADB;
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            if ((code & 0xff) != SQLITE_NOTADB)
                throw;
            throw Error::invalid(tr("%1 is not a Loket database: SQLite cannot read it. It was left untouched.").arg(path));
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);

    if (facts.applicationId != kApplicationId && !(facts.applicationId == 0 && facts.objects == 0))
        throw Error::invalid(tr("%1 is not a Loket database: it belongs to another program. It was left untouched.").arg(path));
    if (facts.userVersion > latestVersion()) {
        throw Error::invalid(tr("%1 was written by a newer Loket (schema version %2; this program knows up to %3). "
                                "Install the newer Loket to open it. The file was left untouched.")
                                 .arg(path)
                                 .arg(facts.userVersion)
                                 .arg(latestVersion()));
    }
}

void Database::open(const QString& path, const OpenOptions& options)
{
    close();
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (exists) {
        inspectExisting(path);
    } else {
        // A missing or empty file is never quietly made into a new database: that is for init.
        if (!options.create && info.exists())
            throw Error::invalid(tr("The database file %1 is empty (0 bytes): it holds no Loket data. If this is a "
                                    "new workstation, create the database with loket-cli init; otherwise restore the "
                                    "last good backup.")
                                     .arg(path),
                                 QStringLiteral("db"));
        if (!options.create)
            throw Error::invalid(tr("The database file %1 does not exist. Check --db, or create a new database with "
                                    "loket-cli init.")
                                     .arg(path),
                                 QStringLiteral("db"));
        if (!QDir().mkpath(info.absolutePath()))
            throw StorageProblem::fileError(tr("Cannot create the folder %1").arg(info.absolutePath()), path, {});
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            throw StorageProblem::fileError(tr("Cannot create the database file %1").arg(path), path,
                                            file.errorString());
        file.close();
        platform::restrictToOwner(path);
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            throw StorageProblem::fileError(tr("Cannot open the database file %1").arg(path), path, text);
        }
    }
    m_path = path;

    try {
        applyPragmas();
        tightenModes(path);
        const int version = schemaVersion();
        const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
        const bool migrating = version < target;
        if (migrating) {
            if (!options.migrate)
                throw Error::conflict(tr("The database %1 has schema version %2 and needs migrating to %3.")
                                          .arg(path)
                                          .arg(version)
                                          .arg(latestVersion()));
            if (version > 0) {
                m_migrationBackup = QStringLiteral("%1.v%2-%3.bak")
                                        .arg(path)
                                        .arg(version)
                                        .arg(defaultClock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
                backupTo(m_migrationBackup);
            }
            Migrator(*this).migrate(target);
        }
        loadWorkstation(options);
        if (migrating)
            MigrationStamp::record(*this, version, target);
    } catch (...) {
        close();
        throw;
    }
}

void Database::applyPragmas()
{
    // Fixed statements, no user input. WAL + synchronous=FULL: a committed change survives a kill.
    const char* pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"};
    for (const char* p : pragmas)
        SqlQuery(handle(), QString::fromLatin1(p)).exec();
}

void Database::loadWorkstation(const OpenOptions& options)
{
    QSqlDatabase db = handle();
    m_workstation = SqlQuery(db, QStringLiteral("SELECT value FROM settings WHERE key = :key"))
                        .bind(QStringLiteral(":key"), QStringLiteral("workstation.code"))
                        .scalar()
                        .toString();
    if (!m_workstation.isEmpty())
        return;
    QString code = options.workstationCode.isEmpty() ? QStringLiteral("C01") : options.workstationCode.toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{1,5}$"));
    if (!pattern.match(code).hasMatch())
        throw Error::invalid(tr("Workstation code \"%1\" is not valid: use 2 to 6 letters or digits starting with a "
                                "letter, e.g. C01.")
                                 .arg(options.workstationCode),
                             QStringLiteral("workstation"));
    const QString now = toStoredTime(defaultClock().now());
    Transaction tx(db);
    const char* sql = "INSERT INTO settings (key, value, id, created_at, updated_at, workstation, row_version) "
                      "VALUES (:key, :value, :id, :now, :now, :ws, 1)";
    SqlQuery(db, QString::fromLatin1(sql))
        .bind(QStringLiteral(":key"), QStringLiteral("workstation.code"))
        .bind(QStringLiteral(":value"), code)
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), code)
        .exec();
    // The secret that signs receipt verification codes: random per office database.
    SqlQuery(db, QString::fromLatin1(sql))
        .bind(QStringLiteral(":key"), QStringLiteral("office.secret"))
        .bind(QStringLiteral(":value"), QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex() +
                                                            QUuid::createUuid().toRfc4122().toHex()))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), code)
        .exec();
    const QDateTime at = defaultClock().now();
    AuditLog::append(db, at, Actor::systemActor(), code, QStringLiteral("settings.set"), QStringLiteral("settings"),
                     QStringLiteral("workstation.code"), {}, {{QStringLiteral("value"), code}});
    AuditLog::append(db, at, Actor::systemActor(), code, QStringLiteral("settings.set"), QStringLiteral("settings"),
                     QStringLiteral("office.secret"), {}, {{QStringLiteral("value"), QStringLiteral("(generated)")}});
    tx.commit();
    m_workstation = code;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_workstation.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connection, false);
}

sqlite3* Database::sqliteHandle() const
{
    return sqliteHandleOf(handle());
}

sqlite3* Database::sqliteHandleOf(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

int Database::schemaVersion() const
{
    return SqlQuery(handle(), QStringLiteral("PRAGMA user_version")).scalar().toInt();
}

void Database::backupTo(const QString& file) const
{
    if (QFileInfo::exists(file))
        throw Error::invalid(tr("The backup file %1 already exists; choose another name.").arg(file), QStringLiteral("file"));
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error::storage(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // Owner-only from the first byte (the copy holds identity numbers); a half-written copy is removed.
    SqliteFiles::vacuumInto(handle(), file);
}

QStringList Database::integrityProblems() const
{
    return damage() + brokenReferences();
}

QStringList Database::damage() const
{
    QStringList problems;
    SqlQuery check(handle(), QStringLiteral("PRAGMA integrity_check"));
    check.exec();
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

QStringList Database::brokenReferences() const
{
    QStringList problems;
    SqlQuery fk(handle(), QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    while (fk.next())
        problems << tr("Row %1 of table %2 points to a missing row of %3.")
                        .arg(fk.value(1).toString(), fk.value(0).toString(), fk.value(2).toString());
    return problems;
}

} // namespace loket
