#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
const QString kAdminPassword = QStringLiteral("Kalender-Kerja-2026!");
}

class TestCalendarCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void arithmeticJson();
    void isWorkingDayJson();
    void showYear();
    void usageAndInvalid();
    void setDay();
    void importFile();
    void badImportChangesNothing();

private:
    QJsonObject json(const QStringList& args, int expectedExit = 0);
    // As the office's admin, who may edit the calendar.
    QJsonObject admin(const QStringList& args, int expectedExit = 0);
    QJsonObject run(const QStringList& global, const QStringList& args, const QStringList& env, int expectedExit);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCalendarCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const auto r = test::runCli(
        {QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
        {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

QJsonObject TestCalendarCli::json(const QStringList& args, int expectedExit)
{
    return run({}, args, {}, expectedExit);
}

QJsonObject TestCalendarCli::admin(const QStringList& args, int expectedExit)
{
    return run({QStringLiteral("--user"), QStringLiteral("admin")}, args,
               {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword}, expectedExit);
}

QJsonObject TestCalendarCli::run(const QStringList& global, const QStringList& args, const QStringList& env,
                                 int expectedExit)
{
    const auto r = test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--json")} + global
                                    + QStringList{QStringLiteral("calendar")} + args,
                                QStringList{QStringLiteral("LOKET_NOW=2026-01-05"), QStringLiteral("LOKET_LANG=en")}
                                    + env);
    if (r.exitCode != expectedExit)
        qWarning() << args << r.exitCode << r.err;
    [&] { QCOMPARE(r.exitCode, expectedExit); }();
    return QJsonDocument::fromJson(r.out).object();
}

void TestCalendarCli::arithmeticJson()
{
    QCOMPARE(json({QStringLiteral("add-working-days"), QStringLiteral("2025-03-27"), QStringLiteral("7")}),
             (QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-04-16")}}));
    QCOMPARE(json({QStringLiteral("add-working-days"), QStringLiteral("2026-03-21"), QStringLiteral("1")}),
             (QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-25")}}));
    QCOMPARE(json({QStringLiteral("working-days-between"), QStringLiteral("2025-03-27"), QStringLiteral("2025-04-08")}),
             (QJsonObject{{QStringLiteral("working_days"), 1}}));
    QCOMPARE(json({QStringLiteral("working-days-between"), QStringLiteral("2026-01-02"), QStringLiteral("2025-12-24")}),
             (QJsonObject{{QStringLiteral("working_days"), -4}}));
    // Crossing into 2027 warns on stderr but still answers.
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("calendar"), QStringLiteral("add-working-days"),
                                 QStringLiteral("2026-12-23"), QStringLiteral("7")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("2027-01-06"));
    QVERIFY(!r.err.isEmpty());
}

void TestCalendarCli::isWorkingDayJson()
{
    QJsonObject o = json({QStringLiteral("is-working-day"), QStringLiteral("2025-04-02")});
    QCOMPARE(o.value(QStringLiteral("working")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Idulfitri"));
    o = json({QStringLiteral("is-working-day"), QStringLiteral("2026-01-05")});
    QCOMPARE(o.value(QStringLiteral("working")).toBool(false), true);
    QVERIFY(o.value(QStringLiteral("name")).isNull());
    o = json({QStringLiteral("is-working-day"), QStringLiteral("2026-01-10")});
    QCOMPARE(o.value(QStringLiteral("working")).toBool(true), false);
}

void TestCalendarCli::showYear()
{
    QJsonObject o = json({QStringLiteral("show"), QStringLiteral("2026")});
    QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
    QCOMPARE(o.value(QStringLiteral("confirmed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("days")).toArray().size(), 25);
    const QJsonObject first = o.value(QStringLiteral("days")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Tahun Baru 2026 Masehi"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("holiday"));
    o = json({QStringLiteral("show"), QStringLiteral("2027")});
    QCOMPARE(o.value(QStringLiteral("confirmed")).toBool(), false);
    const auto text = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                                    QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("2025")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Proklamasi Kemerdekaan (HUT ke-80)"));
}

void TestCalendarCli::usageAndInvalid()
{
    json({QStringLiteral("add-working-days"), QStringLiteral("2025-03-27")}, 2);
    json({QStringLiteral("frobnicate")}, 2);
    json({QStringLiteral("add-working-days"), QStringLiteral("2025-02-30"), QStringLiteral("3")}, 3);
    json({QStringLiteral("add-working-days"), QStringLiteral("2025-02-03"), QStringLiteral("x")}, 3);
    json({QStringLiteral("set"), QStringLiteral("2026-02-10"), QStringLiteral("party")}, 2);
    admin({QStringLiteral("set"), QStringLiteral("2026-02-10"), QStringLiteral("closure"), QStringLiteral("--name"),
           QStringLiteral("X")},
          3); // no reason
    // Changing the calendar needs a signed-in user allowed to edit it.
    json({QStringLiteral("set"), QStringLiteral("2026-02-10"), QStringLiteral("closure"), QStringLiteral("--name"),
          QStringLiteral("X"), QStringLiteral("--reason"), QStringLiteral("Y")},
         5);
    QCOMPARE(json({QStringLiteral("is-working-day"), QStringLiteral("2026-02-10")}).value(QStringLiteral("working")).toBool(),
             true);
}

void TestCalendarCli::setDay()
{
    QJsonObject o = admin({QStringLiteral("set"), QStringLiteral("2025-04-02"), QStringLiteral("working"),
                          QStringLiteral("--reason"), QStringLiteral("Counter open during cuti bersama")});
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("working"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(json({QStringLiteral("add-working-days"), QStringLiteral("2025-03-27"), QStringLiteral("7")}),
             (QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-04-15")}}));
    o = admin({QStringLiteral("set"), QStringLiteral("2026-11-10"), QStringLiteral("holiday"), QStringLiteral("--name"),
              QStringLiteral("Hari Pahlawan"), QStringLiteral("--reason"), QStringLiteral("Keppres")});
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("holiday"));
    o = json({QStringLiteral("is-working-day"), QStringLiteral("2026-11-10")});
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Hari Pahlawan"));
    o = admin({QStringLiteral("set"), QStringLiteral("2026-12-28"), QStringLiteral("cuti"), QStringLiteral("--name"),
              QStringLiteral("Cuti tambahan"), QStringLiteral("--reason"), QStringLiteral("SKB revisi")});
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("cuti"));
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("calendar"),
                                 QStringLiteral("history")});
    const QJsonArray h = QJsonDocument::fromJson(r.out).array();
    QVERIFY(h.size() >= 4);
    QCOMPARE(h.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("SKB revisi"));
}

void TestCalendarCli::importFile()
{
    const QString file = QFINDTESTDATA("data/skb-2027.ics");
    QJsonObject o = json({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QCOMPARE(o.value(QStringLiteral("applied")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("changes")).toArray().size(), 3); // Imlek cuti, 10 and 11 March
    o = admin({QStringLiteral("import"), file, QStringLiteral("--reason"), QStringLiteral("SKB 2027")});
    QCOMPARE(o.value(QStringLiteral("applied")).toBool(), true);
    o = json({QStringLiteral("is-working-day"), QStringLiteral("2027-02-08")});
    QCOMPARE(o.value(QStringLiteral("working")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("cuti"));
}

void TestCalendarCli::badImportChangesNothing()
{
    const QJsonObject before = json({QStringLiteral("show"), QStringLiteral("2027")});
    const auto r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("calendar"), QStringLiteral("import"), QFINDTESTDATA("data/bad-line4.json")},
                                {QStringLiteral("LOKET_PASSWORD=") + kAdminPassword, QStringLiteral("LOKET_LANG=en")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 4"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(json({QStringLiteral("show"), QStringLiteral("2027")}), before);
    QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("/nonexistent/file.json")}, 3), QJsonObject());
}

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "test_calendarcli.moc"
