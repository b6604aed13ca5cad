#include "TestDatabase.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

using namespace loket;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndMigratesNewFile();
    void refusesNonSqliteFileUntouched();
    void refusesForeignSqliteFileUntouched();
    void refusesNewerSchemaUntouched();
    void migratesFromEveryEarlierVersionWithBackup();
    void checklistTextColumnDropKeepsRows();
    void backupIsRestorable();
    void backupRefusesToOverwrite();
    void failedBackupLeavesNoHalfCopy();
    void transactionRollsBackUnlessCommitted();
    void sqlErrorNamesQueryAndValues();
    void refusesBadWorkstationCode();
    void fileIsOwnerOnly();
};

void TestDatabase::createsAndMigratesNewFile()
{
    test::TestDatabase t;
    QCOMPARE(t.db().schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 1);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("PRAGMA application_id")).scalar().toLongLong(),
             qint64(Database::kApplicationId));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("PRAGMA synchronous")).scalar().toInt(), 2); // FULL
    QCOMPARE(t.db().workstationCode(), QStringLiteral("C01"));
    QVERIFY(t.db().integrityProblems().isEmpty());
    // A new file needs no backup.
    QVERIFY(t.db().migrationBackup().isEmpty());
}

void TestDatabase::refusesNonSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Buku register pengaduan 2026\nthis is not a database\n");
    f.close();
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        QFAIL("a text file was opened");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY(e.message().contains(path));
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesForeignSqliteFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    test::rawSql(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"),
                  QStringLiteral("INSERT INTO invoices VALUES (1, 10.5)")});
    const QByteArray before = fileHash(path);
    Database db;
    QVERIFY_THROWS_EXCEPTION(Error, db.open(path));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loket.sqlite"));
    {
        Database db;
        db.open(path);
        SqlQuery(db.handle(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    }
    test::rawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(path);
    Database db;
    try {
        db.open(path);
        QFAIL("a newer schema was opened");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QString::number(Database::latestVersion() + 1)), qPrintable(e.message()));
    }
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::migratesFromEveryEarlierVersionWithBackup()
{
    const int latest = Database::latestVersion();
    for (const Migrator::Migration& step : Migrator::available()) {
        const int from = step.version;
        if (from == latest)
            break;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A file as an older Loket left it, with a setting written at that version.
            Database old;
            Database::OpenOptions opts;
            opts.targetVersion = from;
            old.open(path, opts);
            QCOMPARE(old.schemaVersion(), from);
            SettingsRepository(old).set(Context(old, defaultClock(), Actor::systemActor()), QStringLiteral("office.name"),
                                        QStringLiteral("Kantor %1").arg(from));
        }
        Database db;
        db.open(path);
        QCOMPARE(db.schemaVersion(), latest);
        QCOMPARE(SettingsRepository(db).value(QStringLiteral("office.name")), QStringLiteral("Kantor %1").arg(from));
        QVERIFY2(!db.migrationBackup().isEmpty(), "no backup before migrating");
        Database backup;
        Database::OpenOptions readOnly;
        readOnly.migrate = false;
        QVERIFY_THROWS_EXCEPTION(Error, backup.open(db.migrationBackup(), readOnly)); // still at `from`
    }
    if (latest < 2)
        QSKIP("only one schema version exists yet");
}

void TestDatabase::checklistTextColumnDropKeepsRows()
{
    // Schema 10 drops case_checklist.requirement_text; rows written at schema 9 stay.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    {
        Database old;
        Database::OpenOptions opts;
        opts.targetVersion = 9;
        old.open(path, opts);
    }
    test::rawSql(path, {QStringLiteral("INSERT INTO case_checklist (id, case_id, requirement_key, requirement_text, status, "
                                 "created_at, updated_at, workstation) VALUES ('r1', 'c1', 'U1', 'KTP', 'valid', "
                                 "'2026-01-05', '2026-01-05', 'C01')")});
    Database db;
    db.open(path);
    QVERIFY(db.schemaVersion() >= 10);
    QCOMPARE(SqlQuery(db.handle(), QStringLiteral("SELECT requirement_key FROM case_checklist WHERE id = 'r1'"))
                 .scalar()
                 .toString(),
             QStringLiteral("U1"));
    QCOMPARE(SqlQuery(db.handle(), QStringLiteral("SELECT count(*) FROM pragma_table_info('case_checklist') "
                                                  "WHERE name = 'requirement_text'"))
                 .scalar()
                 .toInt(),
             0);
}

void TestDatabase::backupIsRestorable()
{
    test::TestDatabase t;
    SettingsRepository settings(t.db());
    settings.set(t.context(), QStringLiteral("office.name"), QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    const QString file = t.dir() + QStringLiteral("/backup/loket-copy.sqlite");
    t.db().backupTo(file);
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    Database restored;
    restored.open(file);
    QCOMPARE(SettingsRepository(restored).value(QStringLiteral("office.name")),
             QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    QCOMPARE(restored.workstationCode(), QStringLiteral("C01"));
}

void TestDatabase::backupRefusesToOverwrite()
{
    test::TestDatabase t;
    const QString file = t.dir() + QStringLiteral("/exists.sqlite");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    QVERIFY_THROWS_EXCEPTION(Error, t.db().backupTo(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

// A copy that fails half-way (here: the process may not write past 8 KiB, as on a full disk) is
// removed, so nobody later takes a truncated file for a backup.
void TestDatabase::failedBackupLeavesNoHalfCopy()
{
    test::TestDatabase t;
    SqlQuery(t.db().handle(), QStringLiteral("CREATE TABLE filler (data BLOB)")).exec();
    SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO filler (data) VALUES (zeroblob(200000))")).exec();
    const QString file = t.dir() + QStringLiteral("/backup/half.sqlite");
    QVERIFY(QDir().mkpath(t.dir() + QStringLiteral("/backup")));

    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed test
    rlimit small = saved;
    small.rlim_cur = 8192;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    bool threw = false;
    try {
        t.db().backupTo(file);
    } catch (const Error&) {
        threw = true;
    }
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(threw);
    QVERIFY(!QFile::exists(file));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    test::TestDatabase t;
    try {
        Transaction tx(t.db().handle());
        SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO settings (key, value, id, created_at, updated_at, "
                                                 "workstation) VALUES ('x', 'y', 'id-x', 'a', 'a', 'C01')"))
            .exec();
        throw Error::invalid(QStringLiteral("boom"));
    } catch (const Error&) {
    }
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("x"), QStringLiteral("none")), QStringLiteral("none"));
}

void TestDatabase::sqlErrorNamesQueryAndValues()
{
    test::TestDatabase t;
    try {
        SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"))
            .bind(QStringLiteral(":key"), QStringLiteral("k1"))
            .bind(QStringLiteral(":value"), QStringLiteral("v1"))
            .exec();
        QFAIL("a NOT NULL violation passed");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY(e.detail().contains(QStringLiteral("INSERT INTO settings")));
        QVERIFY(e.detail().contains(QStringLiteral(":key=k1")));
        // A setting's value may be a secret: the detail (and so the log) gives only its length.
        QVERIFY2(e.detail().contains(QStringLiteral(":value=(masked, 2 characters)")), qPrintable(e.detail()));
        QVERIFY(!e.detail().contains(QStringLiteral("v1")));
    }
}

void TestDatabase::refusesBadWorkstationCode()
{
    QTemporaryDir dir;
    Database db;
    Database::OpenOptions opts;
    opts.workstationCode = QStringLiteral("loket 1");
    try {
        db.open(dir.filePath(QStringLiteral("x.sqlite")), opts);
        QFAIL("bad code accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("workstation"));
    }
}

void TestDatabase::fileIsOwnerOnly()
{
    test::TestDatabase t;
    const auto perms = QFile::permissions(t.path());
    QVERIFY(perms & QFileDevice::ReadOwner);
    QVERIFY(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
