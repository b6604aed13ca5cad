#include "TestDatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket::test;

// loket-cli report: the SLA figures as JSON, CSV and Excel, for the supervisor only.
class TestReportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void slaAsJson();
    void optionsBeforeTheReportName();
    void usageAndPermissions();

private:
    CliResult cli(const QStringList& args, const QString& user = QStringLiteral("supervisor"),
                  const QString& password = QStringLiteral("supervisor-demo-1"));

    QTemporaryDir m_dir;
    QString m_db;
};

CliResult TestReportCli::cli(const QStringList& args, const QString& user, const QString& password)
{
    QStringList head{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        head << QStringLiteral("--user") << user;
    return runCli(head + args, {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=") + password});
}

void TestReportCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
    const CliResult r = cli({QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("60"),
                             QStringLiteral("--seed"), QStringLiteral("4")},
                            {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestReportCli::slaAsJson()
{
    const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("sla")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("today")).toString(), QStringLiteral("2026-03-02"));
    QVERIFY(!o.value(QStringLiteral("by_service")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("by_officer")).toArray().isEmpty());
    int open = 0;
    for (const QJsonValue& row : o.value(QStringLiteral("by_stage")).toArray())
        open += row.toObject().value(QStringLiteral("open")).toInt();
    QVERIFY(open > 0);
}

void TestReportCli::optionsBeforeTheReportName()
{
    // "--csv DIR sla" once took DIR for the report's name.
    const QString csv = m_dir.filePath(QStringLiteral("csv"));
    const QString xlsx = m_dir.filePath(QStringLiteral("sla.xlsx"));
    CliResult r = cli({QStringLiteral("report"), QStringLiteral("--csv"), csv, QStringLiteral("sla")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!QDir(csv).entryList({QStringLiteral("*.csv")}).isEmpty());
    r = cli({QStringLiteral("report"), QStringLiteral("sla"), QStringLiteral("--xlsx"), xlsx});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(xlsx).size() > 1000);
}

void TestReportCli::usageAndPermissions()
{
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("monthly")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("sla")}, {}).exitCode, 5);                       // no --user
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("sla")}, QStringLiteral("loket"), QStringLiteral("loket-demo-1")).exitCode,
             5);                                                                                                // front desk
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("sla")}, QStringLiteral("supervisor"), QStringLiteral("wrong")).exitCode,
             3);                                                                                                // bad password
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "test_reportcli.moc"
