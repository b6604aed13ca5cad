#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket::test;

class TestCaseCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importGoodAndBadFiles();
    void listAndShow();
    void demoData();
    void usageAndPermissions();
    void personalDataNeedsRole();

private:
    CliResult cli(QStringList args, bool asUser = true, const QStringList& env = {});
    QString write(const QString& name, const QByteArray& data);

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_env;
    QString m_first;
};

CliResult TestCaseCli::cli(QStringList args, bool asUser, const QStringList& env)
{
    QStringList head{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (asUser)
        head << QStringLiteral("--user") << QStringLiteral("siti");
    return runCli(head + args, m_env + env);
}

QString TestCaseCli::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

void TestCaseCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    m_env = {QStringLiteral("LOKET_NOW=2026-03-02T10:00")};
    auto run = [this](const QStringList& args, const QStringList& env) {
        const CliResult r = runCli(QStringList{QStringLiteral("--db"), m_db} + args, m_env + env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    };
    run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
        {QStringLiteral("LOKET_PASSWORD=Admin-pass-123")});
    run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("siti"), QStringLiteral("--role"), QStringLiteral("front_desk"), QStringLiteral("--name"),
         QStringLiteral("Siti Rahmawati")},
        {QStringLiteral("LOKET_PASSWORD=Admin-pass-123"), QStringLiteral("LOKET_NEW_PASSWORD=First-pass-123")});
    run({QStringLiteral("--user"), QStringLiteral("siti"), QStringLiteral("user"), QStringLiteral("passwd")},
        {QStringLiteral("LOKET_PASSWORD=First-pass-123"), QStringLiteral("LOKET_NEW_PASSWORD=Siti-pass-456")});
    // The technical team works applications but does not see identity numbers in full.
    run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
         QStringLiteral("agus"), QStringLiteral("--role"), QStringLiteral("technical_team")},
        {QStringLiteral("LOKET_PASSWORD=Admin-pass-123"), QStringLiteral("LOKET_NEW_PASSWORD=First-pass-123")});
    run({QStringLiteral("--user"), QStringLiteral("agus"), QStringLiteral("user"), QStringLiteral("passwd")},
        {QStringLiteral("LOKET_PASSWORD=First-pass-123"), QStringLiteral("LOKET_NEW_PASSWORD=Agus-pass-456")});
    m_env << QStringLiteral("LOKET_PASSWORD=Siti-pass-456");
}

void TestCaseCli::importGoodAndBadFiles()
{
    const QByteArray header =
        "kbli,received_date,applicant_name,applicant_nik,applicant_phone,business_name,business_capital,missing\n";
    const QString bad = write(QStringLiteral("bad.csv"),
                              header + "71205,2026-02-02,Asep Suryana,3214011503900001,081234567890,CV A,1000000,\n"
                                       "71205,2026-02-30,Euis,123,081234567890,CV B,1000000,\n");
    CliResult r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
    QStringList where;
    for (const QJsonValue& p : o.value(QStringLiteral("problems")).toArray())
        where << QStringLiteral("%1:%2")
                     .arg(p[QStringLiteral("line")].toInt())
                     .arg(p[QStringLiteral("column")].toString());
    QVERIFY2(where.contains(QStringLiteral("3:received_date")), qPrintable(where.join(' ')));
    QVERIFY(where.contains(QStringLiteral("3:applicant_nik")));
    r = cli({QStringLiteral("case"), QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains("Line 3, column received_date"));
    QVERIFY(r.out.contains("Nothing was imported"));
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    const QString good =
        write(QStringLiteral("good.csv"),
              header + "71205,2026-02-02,Asep Suryana,3214011503900001,081234567890,CV A,1000000,\n"
                       "71205,2026-02-03,Euis Nurhayati,3214015503900002,081234567890,CV B,1000000,U2\n");
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("import"), good});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject done = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(done.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(done.value(QStringLiteral("returned")).toInt(), 1);
    m_first = done.value(QStringLiteral("first")).toString();
    QCOMPARE(m_first, QStringLiteral("DPMPTSP/71205/2026/C01/00001"));
}

void TestCaseCli::listAndShow()
{
    CliResult r = runCli(
        {QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("agus"), QStringLiteral("--json"),
         QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("returned")},
        {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=Agus-pass-456")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray returned = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(returned.size(), 1);
    // A role without view_personal_data sees the NIK masked.
    QVERIFY(returned.first()[QStringLiteral("nik")].toString() != QStringLiteral("3214015503900002"));
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--service"),
             QStringLiteral("71205"), QStringLiteral("--clock"), QStringLiteral("overdue")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1); // received 2 February, due 11 February
    // Lists mask the NIK for every role (docs/PRIVACY.md); `case show` is where it shows in full.
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first()[QStringLiteral("nik")].toString(),
             QStringLiteral("3214********0001"));
    r = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("soon")});
    QCOMPARE(r.exitCode, 3);
    // An unknown order is refused by name, listing the orders there are.
    r = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--sort"), QStringLiteral("name")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--sort must be newest, oldest, number, due, stage or applicant."), r.err.constData());
    r = cli({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), m_first});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject c = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(c.value(QStringLiteral("registration_number")).toString(), m_first);
    QCOMPARE(c.value(QStringLiteral("completion_clock")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("overdue"));
    QCOMPARE(c.value(QStringLiteral("allowed_actions")).toArray(), QJsonArray{QStringLiteral("withdraw")});
    r = cli({QStringLiteral("case"), QStringLiteral("show"), m_first});
    QVERIFY(r.out.contains("Asep Suryana"));
    QVERIFY(r.out.contains("Timeline:"));
    r = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("NOPE/1")});
    QCOMPARE(r.exitCode, 3);
}

void TestCaseCli::demoData()
{
    // Demo applications only go into a demo database: this office's is refused (issue 14).
    CliResult r = cli({QStringLiteral("--json"), QStringLiteral("demo-data"), QStringLiteral("--cases"),
                       QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4")});
    QCOMPARE(r.exitCode, 5);
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    r = runCli(
        {QStringLiteral("--db"), demo, QStringLiteral("demo-setup"), QStringLiteral("--cases"), QStringLiteral("0")},
        m_env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("loket"),
                QStringLiteral("--json"), QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("60"),
                QStringLiteral("--seed"), QStringLiteral("4")},
               {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=loket-demo-1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("cases")).toInt(), 60);
    const CliResult list = runCli(
        {QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("loket"), QStringLiteral("--json"),
         QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1000")},
        {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=loket-demo-1")});
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 60);

    // A script pages with --after the last row's registration number (the JSON stays an array; a
    // full page names the cursor on stderr): the pages join up to the one long list, in each order.
    for (const QString& sort :
         {QStringLiteral("newest"), QStringLiteral("due"), QStringLiteral("stage"), QStringLiteral("applicant")}) {
        const auto page = [&](const QStringList& more) {
            return runCli(
                QStringList{QStringLiteral("--db"), demo, QStringLiteral("--user"), QStringLiteral("loket"),
                            QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"),
                            QStringLiteral("--sort"), sort} +
                    more,
                {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=loket-demo-1")});
        };
        QStringList expected;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(page({QStringLiteral("--limit"), QStringLiteral("100")}).out).array())
            expected << v[QStringLiteral("registration_number")].toString();
        QCOMPARE(expected.size(), 60);
        QStringList walked;
        QStringList after;
        for (int n = 0; n < 5; ++n) {
            const CliResult r = page(QStringList{QStringLiteral("--limit"), QStringLiteral("25")} + after);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
            for (const QJsonValue& v : rows)
                walked << v[QStringLiteral("registration_number")].toString();
            if (rows.size() < 25) {
                QVERIFY(!r.err.contains("--after"));
                break;
            }
            const QString last = rows.last()[QStringLiteral("registration_number")].toString();
            QVERIFY2(r.err.contains(("--after " + last).toUtf8()), r.err.constData());
            after = QStringList{QStringLiteral("--after"), last};
        }
        QCOMPARE(walked, expected);
    }
}

void TestCaseCli::usageAndPermissions()
{
    QCOMPARE(cli({QStringLiteral("case")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("good.csv"))}, false)
                 .exitCode,
             5);
    QCOMPARE(cli({QStringLiteral("demo-data"), QStringLiteral("--cases"), QStringLiteral("x")}).exitCode, 3);
}

void TestCaseCli::personalDataNeedsRole()
{
    // Issue 14, point 8: names and phone numbers were printed to anyone who ran loket-cli.
    const QStringList list{QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")};
    const QStringList show{QStringLiteral("case"), QStringLiteral("show"), m_first};
    for (const QStringList& args : {list, show}) {
        CliResult r = cli(args, false);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("--user"), r.err.constData());
        QVERIFY(!r.out.contains("Asep"));
        // The IT admin keeps the system but does not read applicants' data.
        r = runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--user"), QStringLiteral("admin")} +
                       args,
                   {QStringLiteral("LOKET_NOW=2026-03-02T10:00"), QStringLiteral("LOKET_PASSWORD=Admin-pass-123")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("may not read applications"), r.err.constData());
        QVERIFY(!r.out.contains("Asep"));
        r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Asep Suryana"));
    }
}

QTEST_GUILESS_MAIN(TestCaseCli)
#include "test_casecli.moc"
