// The program's version (--version, core/common/Version) and the record of which program last
// migrated a database (MigrationStamp, issue 15).
#include "TestDatabase.h"
#include "common/Version.h"
#include "storage/Database.h"
#include "storage/MigrationStamp.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace loket;

class TestVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionFormat();
    void cliVersion();
    void commandOptionVersionIsNotTheProgramsVersion();
    void newDatabaseRecordsTheProgram();
    void migrationRecordsTheProgram();
    void openingAnUpToDateFileRecordsNothing();
    void checkShowsWhoMigrated();

private:
    static int auditCount(const Database& db, const QString& action);
};

int TestVersion::auditCount(const Database& db, const QString& action)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :action"))
        .bind(QStringLiteral(":action"), action)
        .scalar()
        .toInt();
}

void TestVersion::versionFormat()
{
    static const QRegularExpression release(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    QVERIFY2(release.match(releaseVersion()).hasMatch(), qPrintable(releaseVersion()));
    // "0.1.0", or "0.1.0 (git v0.1.0-4-g1a2b3c4-dirty)" for a build from a git checkout.
    static const QRegularExpression program(QStringLiteral("^\\d+\\.\\d+\\.\\d+( \\(git [A-Za-z0-9._+-]+\\))?$"));
    QVERIFY2(program.match(programVersion()).hasMatch(), qPrintable(programVersion()));
    QVERIFY(programVersion().startsWith(releaseVersion()));
}

void TestVersion::cliVersion()
{
    auto r = test::runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("loket-cli %1\n").arg(programVersion()));

    r = test::runCli({QStringLiteral("--version"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("program")).toString(), QStringLiteral("loket-cli"));
    QCOMPARE(o.value(QStringLiteral("version")).toString(), programVersion());
    QCOMPARE(o.value(QStringLiteral("release")).toString(), releaseVersion());
}

void TestVersion::commandOptionVersionIsNotTheProgramsVersion()
{
    // "catalog show KBLI --version N" keeps its own option: no program version printed there.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.sqlite"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("catalog"), QStringLiteral("show"),
                                 QStringLiteral("71205"), QStringLiteral("--version"), QStringLiteral("1")});
    QVERIFY(!r.out.startsWith("loket-cli "));
}

void TestVersion::newDatabaseRecordsTheProgram()
{
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("new.sqlite")));
    QCOMPARE(MigrationStamp::lastMigratedBy(db), programVersion());
    QCOMPARE(auditCount(db, QStringLiteral("database.migrate")), 1);
}

void TestVersion::migrationRecordsTheProgram()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Database old;
        Database::OpenOptions options;
        options.targetVersion = 10;
        old.open(path, options);
        QCOMPARE(old.schemaVersion(), 10);
        // As if an older Loket had migrated it.
        SqlQuery(old.handle(), QStringLiteral("UPDATE settings SET value = :v WHERE key = :key"))
            .bind(QStringLiteral(":v"), QStringLiteral("0.0.9"))
            .bind(QStringLiteral(":key"), QString::fromLatin1(MigrationStamp::kKey))
            .exec();
        QCOMPARE(MigrationStamp::lastMigratedBy(old), QStringLiteral("0.0.9"));
    }
    Database db;
    db.open(path);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(MigrationStamp::lastMigratedBy(db), programVersion());
    const QJsonObject before =
        QJsonDocument::fromJson(SqlQuery(db.handle(), QStringLiteral("SELECT before_json FROM audit_log WHERE action = "
                                                                     ":action ORDER BY seq DESC LIMIT 1"))
                                    .bind(QStringLiteral(":action"), QStringLiteral("database.migrate"))
                                    .scalar()
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(before.value(QStringLiteral("value")).toString(), QStringLiteral("0.0.9"));
    QCOMPARE(before.value(QStringLiteral("schema_version")).toInt(), 10);
    QCOMPARE(auditCount(db, QStringLiteral("database.migrate")), 2);
}

void TestVersion::openingAnUpToDateFileRecordsNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.sqlite"));
    {
        Database db;
        db.open(path);
    }
    Database db;
    db.open(path);
    QCOMPARE(auditCount(db, QStringLiteral("database.migrate")), 1);
}

void TestVersion::checkShowsWhoMigrated()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    QCOMPARE(test::runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const auto r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("migrated_by")).toString(), programVersion());
}

QTEST_GUILESS_MAIN(TestVersion)
#include "test_version.moc"
