#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace loket;

namespace {
const QString kPassword = QStringLiteral("Admin-Loket-2026");

class Office
{
public:
    Office() : db(dir.filePath(QStringLiteral("audit.sqlite"))) {}
    test::CliResult run(const QStringList& args, const QStringList& env = {}) const
    {
        return test::runCli(
            QStringList{QStringLiteral("--db"), db} + args,
            QStringList{QStringLiteral("LOKET_LANG=en"), QStringLiteral("LOKET_PASSWORD=") + kPassword} + env);
    }
    test::CliResult admin(const QStringList& args, const QStringList& env = {}) const
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("admin")} + args, env);
    }
    QTemporaryDir dir;
    QString db;
};

const QStringList kDropGuards{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                              QStringLiteral("DROP TRIGGER audit_log_no_delete")};
} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifyAndLogJson();
    void editedEntryFailsVerify();
    void deletedTailEntryFailsVerify();
    void logFilters();
    void logPagesAfterTheLastSeq();

private:
    Office m_base;
    void makeOffice(Office& o);
};

void TestAuditCli::initTestCase()
{
    QCOMPARE(m_base.run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}).exitCode, 0);
    for (const QString& name : {QStringLiteral("siti"), QStringLiteral("budi")})
        QCOMPARE(m_base
                     .admin({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"),
                             QStringLiteral("front_desk")},
                            {QStringLiteral("LOKET_NEW_PASSWORD=pass-") + name + QStringLiteral("-1")})
                     .exitCode,
                 0);
    QCOMPARE(m_base.admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("budi")}).exitCode, 0);
}

void TestAuditCli::makeOffice(Office& o)
{
    QVERIFY(QFile::copy(m_base.db, o.db));
}

void TestAuditCli::verifyAndLogJson()
{
    Office o;
    makeOffice(o);
    auto r = o.admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(v.value(QStringLiteral("checked")).toInt() >= 5);
    r = o.admin({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("intact"));

    r = o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out).array();
    QVERIFY(all.size() >= 5);
    QVERIFY(all.first().toObject().value(QStringLiteral("seq")).toInt() >
            all.last().toObject().value(QStringLiteral("seq")).toInt());
    QVERIFY(!r.out.contains("$argon2"));
    QVERIFY(!r.out.contains("pass-siti-1"));
}

void TestAuditCli::editedEntryFailsVerify()
{
    Office o;
    makeOffice(o);
    // Someone hides that budi was disabled by an admin.
    QVERIFY(test::execSql(o.db, kDropGuards +
                                    QStringList{QStringLiteral(
                                        "UPDATE audit_log SET actor_name = 'siti' WHERE action = 'user.disable'")}));
    auto r = o.admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), false);
    const int bad = v.value(QStringLiteral("first_bad_seq")).toInt();
    QVERIFY(bad > 0);
    QVERIFY(v.value(QStringLiteral("problem")).toString().contains(QString::number(bad)));
    // The text output names the entry too.
    r = o.admin({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QByteArray::number(bad)), r.out.constData());
    // And the log shows which entry that is.
    r = o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--action"),
                 QStringLiteral("user.disable"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("seq")).toInt(), bad);
}

void TestAuditCli::deletedTailEntryFailsVerify()
{
    Office o;
    makeOffice(o);
    QVERIFY(test::execSql(
        o.db, kDropGuards +
                  QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")}));
    const auto r = o.admin({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject v = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(v.value(QStringLiteral("first_bad_seq")).toInt(), v.value(QStringLiteral("last_seq")).toInt() + 1);
}

void TestAuditCli::logFilters()
{
    Office o;
    makeOffice(o);
    auto r = o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--actor"),
                      QStringLiteral("admin"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray byAdmin = QJsonDocument::fromJson(r.out).array();
    QVERIFY(byAdmin.size() >= 3);
    for (const QJsonValue& e : byAdmin)
        QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("admin"));
    const QString budiId = [&] {
        for (const QJsonValue& e : byAdmin)
            if (e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("user.disable"))
                return e.toObject().value(QStringLiteral("record_id")).toString();
        return QString();
    }();
    QVERIFY(!budiId.isEmpty());
    r = o.admin(
        {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--record"), budiId, QStringLiteral("--json")});
    const QJsonArray budi = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(budi.size(), 2); // created, disabled
    r = o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2000-12-31"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    r = o.admin(
        {QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    QCOMPARE(r.exitCode, 3);
    r = o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--limit"));
    QCOMPARE(o.admin({QStringLiteral("audit"), QStringLiteral("frob")}).exitCode, 2);
}

// A script pages through `audit log --json` with --after the last row's seq (filters kept): the
// JSON stays an array, a full page names the next cursor on stderr, the pages join up to the log.
void TestAuditCli::logPagesAfterTheLastSeq()
{
    Office o;
    makeOffice(o);
    for (const QStringList& filter : {QStringList{}, QStringList{QStringLiteral("--actor"), QStringLiteral("admin")}}) {
        auto r =
            o.admin(QStringList{QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")} + filter);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QVERIFY(all.size() >= 3);
        QList<int> expected;
        for (const QJsonValue& e : all)
            expected << e.toObject().value(QStringLiteral("seq")).toInt();
        QList<int> walked;
        QStringList after;
        for (int pages = 0; pages <= all.size(); ++pages) {
            r = o.admin(QStringList{QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--limit"),
                                    QStringLiteral("2"), QStringLiteral("--json")} +
                        filter + after);
            QCOMPARE(r.exitCode, 0);
            const QJsonArray page = QJsonDocument::fromJson(r.out).array();
            for (const QJsonValue& e : page)
                walked << e.toObject().value(QStringLiteral("seq")).toInt();
            if (page.size() < 2) {
                QVERIFY(!r.err.contains("--after"));
                break;
            }
            const QString last = QString::number(page.last().toObject().value(QStringLiteral("seq")).toInt());
            QVERIFY2(r.err.contains(("More may follow: --after " + last).toUtf8()), r.err.constData());
            after = QStringList{QStringLiteral("--after"), last};
        }
        QCOMPARE(walked, expected);
    }
    QCOMPARE(o.admin({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--after"), QStringLiteral("x")})
                 .exitCode,
             3);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "test_auditcli.moc"
