#include "TestDatabase.h"
#include "common/Platform.h"
#include "common/SpreadsheetCell.h"
#include "reports/ReportTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <sys/stat.h>

using namespace loket;
using test::CliResult;
using test::runCli;

// Issue 14: what a hostile or clumsy user got through the CLI. Each test names its point.
class TestHardeningCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoSetupRefusedOnRealDatabase(); // 1
    void demoDataOnlyInDemoDatabase();     // 1
    void demoSetupCasesBounded();          // 10
    void killedDemoDataLeavesNoCaseUnaccounted(); // 1
    void formulasNeutralised();            // 6
    void slaCsvNeutralisesFormulas();      // 6
    void databaseTightenedOnOpen();        // 9
    void exportsOwnerOnly();               // 9

private:
    CliResult cli(const QString& db, const QStringList& args, const QString& user = {}, const QString& password = {});
    QTemporaryDir m_dir;
    QString m_real; // made with init: a real office
    QString m_demo; // made with demo-setup
};

CliResult TestHardeningCli::cli(const QString& db, const QStringList& args, const QString& user,
                                const QString& password)
{
    QStringList head{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        head << QStringLiteral("--user") << user;
    return runCli(head + args,
                  {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=") + password,
                   QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))});
}

void TestHardeningCli::initTestCase()
{
    m_real = m_dir.filePath(QStringLiteral("real.sqlite"));
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    CliResult r = cli(m_real, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {},
                      QStringLiteral("Admin-pass-123"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(m_demo, {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("30")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestHardeningCli::demoSetupRefusedOnRealDatabase()
{
    // Without --user, on a database with a real admin: once exit 0 and admin / admin-demo-1 planted.
    CliResult r = cli(m_real, {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("5")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY(r.err.contains("not a demo database"));
    r = cli(m_real, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("admin"),
            QStringLiteral("Admin-pass-123"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    // The admin account of the real office did not get the demo password.
    r = cli(m_real, {QStringLiteral("user"), QStringLiteral("list")}, QStringLiteral("admin"),
            QStringLiteral("admin-demo-1"));
    QVERIFY(r.exitCode != 0);
    // A demo database may be set up again; it stays as it is.
    r = cli(m_demo, {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestHardeningCli::demoDataOnlyInDemoDatabase()
{
    // Even the real admin may not fill a real office's database with demo applications.
    CliResult r = cli(m_real, {QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("5")},
                      QStringLiteral("admin"), QStringLiteral("Admin-pass-123"));
    QCOMPARE(r.exitCode, 5);
    // The admin may not read applications (point 8): a counter officer looks.
    r = runCli({QStringLiteral("--db"), m_real, QStringLiteral("--user"), QStringLiteral("admin"),
                QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"), QStringLiteral("--role"),
                QStringLiteral("front_desk")},
               {QStringLiteral("LOKET_PASSWORD=Admin-pass-123"), QStringLiteral("LOKET_NEW_PASSWORD=Clerk-pass-123"),
                QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(m_real, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("clerk"),
            QStringLiteral("Clerk-pass-123"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    r = cli(m_demo,
            {QStringLiteral("--json"), QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("5")},
            QStringLiteral("loket"), QStringLiteral("loket-demo-1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("cases")).toInt(), 5);
    // Every written case is accounted for in the audit trail, batch by batch.
    r = cli(m_demo,
            {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--action"),
             QStringLiteral("demo.generate")},
            QStringLiteral("admin"), QStringLiteral("admin-demo-1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("batch_to"), r.out.constData());
}

namespace {
// The cases in the file, and the cases its demo.generate audit entries account for (each batch
// names its first and last case), read as sqlite3 would.
std::pair<qint64, qint64> casesAndAudited(const QString& path)
{
    qint64 cases = -1;
    qint64 audited = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM cases")) && q.next())
                cases = q.value(0).toLongLong();
            q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'demo.generate'"));
            while (q.next()) {
                const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                audited += o.value(QStringLiteral("batch_to")).toInteger() -
                           o.value(QStringLiteral("batch_from")).toInteger() + 1;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return {cases, audited};
}
} // namespace

void TestHardeningCli::killedDemoDataLeavesNoCaseUnaccounted()
{
    // Once: killed part-way, 20,000 cases and no audit entry for them.
    const QString db = m_dir.filePath(QStringLiteral("killed-demo.sqlite"));
    CliResult r = cli(db, {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(casesAndAudited(db), std::make_pair(qint64(10), qint64(10)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOKET_NOW"), QStringLiteral("2026-03-02T10:00"));
    env.insert(QStringLiteral("LOKET_PASSWORD"), QStringLiteral("loket-demo-1"));
    env.insert(QStringLiteral("LOKET_LOG_DIR"), m_dir.filePath(QStringLiteral("log")));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LOKET_CLI"),
            {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("loket"), QStringLiteral("demo-data"),
             QStringLiteral("--cases"), QStringLiteral("8000")});
    QVERIFY(p.waitForStarted());
    // Killed while it writes its batch: the write-ahead log grows before the commit.
    const bool caughtMidWay =
        test::killWhen(p, [&db] { return QFileInfo(db + QStringLiteral("-wal")).size() > 512 * 1024; });
    if (caughtMidWay)
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    else
        qWarning("demo-data finished before it could be killed: only the finished run was checked");
    // Whatever the moment: every case in the file has its audit entry, and the trail is whole.
    const auto [cases, audited] = casesAndAudited(db);
    QCOMPARE(cases, audited);
    QVERIFY(cases == 10 || cases == 8010);
    r = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("admin"),
            QStringLiteral("admin-demo-1"));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    // Running it again after the kill is safe: it adds what it is asked for, accounted for.
    r = cli(db, {QStringLiteral("--json"), QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("5")},
            QStringLiteral("loket"), QStringLiteral("loket-demo-1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(casesAndAudited(db), std::make_pair(cases + 5, cases + 5));
    r = cli(db, {QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("admin"),
            QStringLiteral("admin-demo-1"));
    QVERIFY2(r.exitCode == 0, r.out.constData());
}

void TestHardeningCli::demoSetupCasesBounded()
{
    // Once aborted with std::bad_alloc.
    const CliResult r = cli(m_dir.filePath(QStringLiteral("huge.sqlite")),
                            {QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("2147483647")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("--cases"));
}

void TestHardeningCli::formulasNeutralised()
{
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
             QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("@SUM(A1:A2)")), QStringLiteral("'@SUM(A1:A2)"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("+cmd|' /C calc'!A0")), QStringLiteral("'+cmd|' /C calc'!A0"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    // Real numbers stay numbers; ordinary text stays as it is.
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("-12")), QStringLiteral("-12"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("-3.5")), QStringLiteral("-3.5"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("-")), QStringLiteral("-"));
    QCOMPARE(SpreadsheetCell::neutralise(QStringLiteral("Yosef Suryana")), QStringLiteral("Yosef Suryana"));
    QCOMPARE(SpreadsheetCell::csvField(QStringLiteral("=1+2,3")), QStringLiteral("\"'=1+2,3\""));
}

void TestHardeningCli::slaCsvNeutralisesFormulas()
{
    ReportTable t;
    t.key = QStringLiteral("late");
    t.headers = {QStringLiteral("officer"), QStringLiteral("days")};
    t.rows = {{QStringLiteral("=HYPERLINK(\"http://evil\",\"klik\")"), -3}, {QStringLiteral("@SUM(1)"), 2}};
    const QString csv = t.toCsv();
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\",-3")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("'@SUM(1),2")));
}

void TestHardeningCli::databaseTightenedOnOpen()
{
    QVERIFY(QFile::setPermissions(m_real, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther));
    QVERIFY(!platform::isOwnerOnly(m_real));
    const CliResult r = cli(m_real, {QStringLiteral("check")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(platform::isOwnerOnly(m_real));
    if (QFile::exists(m_real + QStringLiteral("-wal")))
        QVERIFY(platform::isOwnerOnly(m_real + QStringLiteral("-wal")));
}

void TestHardeningCli::exportsOwnerOnly()
{
    const mode_t old = ::umask(022); // as a login shell leaves it
    const QString csv = m_dir.filePath(QStringLiteral("sla-csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("sla.xlsx"));
    const CliResult r = cli(
        m_demo,
        {QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"), xlsx},
        QStringLiteral("supervisor"), QStringLiteral("supervisor-demo-1"));
    ::umask(old);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(platform::isOwnerOnly(xlsx));
    const QStringList files = QDir(csv).entryList({QStringLiteral("*.csv")});
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QVERIFY2(platform::isOwnerOnly(QDir(csv).filePath(f)), qPrintable(f));
}

QTEST_GUILESS_MAIN(TestHardeningCli)
#include "test_hardeningcli.moc"
