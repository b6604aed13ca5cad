#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

// loket-cli complaint add|list|show|import, with --json carrying the triage, due date and clock.
class TestComplaintCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addShowsTriageDueDateAndClock();
    void listFiltersByKindStateAndClock();
    void showIncludesPriorInformation();
    void importIsAllOrNothing();
    void usageAndPermissionExitCodes();

private:
    test::CliResult run(QStringList args, const QString& user = QStringLiteral("dewi"),
                        const QString& now = QStringLiteral("2026-03-17T12:00"));
    static QJsonDocument json(const test::CliResult& r) { return QJsonDocument::fromJson(r.out); }

    QTemporaryDir m_dir;
    QString m_db;
};

test::CliResult TestComplaintCli::run(QStringList args, const QString& user, const QString& now)
{
    QStringList all{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return test::runCli(all + args, {QStringLiteral("LOKET_NOW=") + now, QStringLiteral("LOKET_PASSWORD=Rahasia-2026!"),
                                       QStringLiteral("LOKET_NEW_PASSWORD=Rahasia-2026!")});
}

void TestComplaintCli::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dewi"), QStringLiteral("--role"),
                  QStringLiteral("front_desk,back_office")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("teknis"), QStringLiteral("--role"),
                  QStringLiteral("technical_team")},
                 QStringLiteral("admin"))
                 .exitCode,
             0);
}

void TestComplaintCli::addShowsTriageDueDateAndClock()
{
    auto r = run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--received"), QStringLiteral("2026-03-17 10:00"), QStringLiteral("--name"),
                  QStringLiteral("Siti Rahma"), QStringLiteral("--object"), QStringLiteral("Izin belum terbit"),
                  QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("complaint"));
    QCOMPARE(o.value(QStringLiteral("due_on")).toString(), QStringLiteral("2026-04-14")); // after Idulfitri
    QCOMPARE(o.value(QStringLiteral("clock_state")).toString(), QStringLiteral("on_track"));
    const QJsonObject triage = o.value(QStringLiteral("triage")).toObject();
    QCOMPARE(triage.value(QStringLiteral("rule")).toString(), QStringLiteral("no_related_case"));
    QVERIFY(!triage.value(QStringLiteral("explanation")).toString().isEmpty());

    r = run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("m"),
             QStringLiteral("--received"), QStringLiteral("2026-03-17 10:30"), QStringLiteral("--object"),
             QStringLiteral("Toilet kotor"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s = json(r).object();
    QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("suggestion"));
    QCOMPARE(s.value(QStringLiteral("triage")).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("no_identity"));
    QVERIFY(s.value(QStringLiteral("due_on")).isNull());
}

void TestComplaintCli::listFiltersByKindStateAndClock()
{
    auto r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--kind"),
                  QStringLiteral("suggestion"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("received"),
             QStringLiteral("--json")});
    QCOMPARE(json(r).array().size(), 1);
    // On 10 April the answer is due in two working days (14 April): at risk; on 15 April overdue.
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("at-risk"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-10T09:00"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 1);
    QCOMPARE(json(r).array().first().toObject().value(QStringLiteral("clock_state")).toString(),
             QStringLiteral("at_risk"));
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("overdue"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-15T09:00"));
    QCOMPARE(json(r).array().size(), 1);
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("on-track"),
             QStringLiteral("--json")},
            QStringLiteral("dewi"), QStringLiteral("2026-04-15T09:00"));
    QCOMPARE(json(r).array().size(), 0);
}

void TestComplaintCli::showIncludesPriorInformation()
{
    const auto r = run({QStringLiteral("complaint"), QStringLiteral("show"), QStringLiteral("PGD-C01-2026-00001"),
                        QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("PGD-C01-2026-00001"));
    QCOMPARE(o.value(QStringLiteral("review_steps")).toArray().size(), 5);
    QVERIFY(o.contains(QStringLiteral("prior")));
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("show"), QStringLiteral("PGD-X")}).exitCode, 3);
}

void TestComplaintCli::importIsAllOrNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("channel,received,name,object\ng,2026-03-16 09:00,Budi,Antrian lama\nq,2026-03-16 10:00,Ani,Biaya\n");
    f.close();
    auto r = run({QStringLiteral("complaint"), QStringLiteral("import"), bad, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Line 3"));
    QCOMPARE(json(r).object().value(QStringLiteral("problems")).toArray().first().toObject().value(
                 QStringLiteral("field")).toString(),
             QStringLiteral("channel"));
    r = run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json(r).array().size(), 2); // nothing of the bad file

    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("channel,received,name,object\ng,2026-03-16 09:00,Budi,Antrian lama\nf,2026-03-16 10:00,Ani,Biaya\n");
    g.close();
    r = run({QStringLiteral("complaint"), QStringLiteral("import"), good, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).object();
    QCOMPARE(o.value(QStringLiteral("imported")).toInt(), 2);
    const QJsonObject first = o.value(QStringLiteral("complaints")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("triage")).toObject().value(QStringLiteral("rule")).toString(),
             QStringLiteral("no_related_case"));
    QVERIFY(!first.value(QStringLiteral("due_on")).toString().isEmpty());
    QVERIFY(!first.value(QStringLiteral("clock_state")).toString().isEmpty());
}

void TestComplaintCli::usageAndPermissionExitCodes()
{
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--clock"), QStringLiteral("late")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--received"), QStringLiteral("yesterday")})
                 .exitCode,
             3);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--channel"), QStringLiteral("g"),
                  QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--object"), QStringLiteral("Y")},
                 QStringLiteral("teknis"))
                 .exitCode,
             5);
    QCOMPARE(run({QStringLiteral("complaint"), QStringLiteral("list")}, QString()).exitCode, 5);
}

QTEST_GUILESS_MAIN(TestComplaintCli)
#include "test_complaintcli.moc"
