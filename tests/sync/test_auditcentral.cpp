#include "PgServer.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket::test;

namespace {
const QString kPassword = QStringLiteral("Admin-pass-123");

} // namespace

// Issue 14, point 2: a workstation's chain that is shorter than, or differs from, what it last
// pushed to the central database is reported by `audit verify` when the central database answers.
class TestAuditCentral : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tailDeletedAfterThePushIsReported();
    void unreachableCentralIsSaidNotFailed();

private:
    CliResult cli(const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("--user"), QStringLiteral("admin")} +
                          args,
                      {QStringLiteral("LOKET_PASSWORD=") + kPassword});
    }
    QJsonObject verify(int expectedExit)
    {
        const CliResult r = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        if (r.exitCode != expectedExit)
            qWarning() << r.out << r.err;
        [&] { QCOMPARE(r.exitCode, expectedExit); }();
        return QJsonDocument::fromJson(r.out).object();
    }
    PgServer m_pg;
    bool m_ready = false;
    QString m_why;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestAuditCentral::initTestCase()
{
    m_ready = m_pg.start(&m_why);
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    m_db = m_dir.filePath(QStringLiteral("K31.sqlite"));
    CliResult r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--workstation"),
                          QStringLiteral("K31"), QStringLiteral("--admin"), QStringLiteral("admin")},
                         {QStringLiteral("LOKET_PASSWORD=") + kPassword});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--host"), m_pg.socketDir(),
             QStringLiteral("--port"), QString::number(m_pg.port()), QStringLiteral("--database"), m_pg.database(),
             QStringLiteral("--user-name"), m_pg.user()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestAuditCentral::tailDeletedAfterThePushIsReported()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    CliResult r = cli({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject v = verify(0);
    QJsonObject central = v.value(QStringLiteral("central")).toObject();
    QVERIFY2(central.value(QStringLiteral("reached")).toBool(),
             qPrintable(central.value(QStringLiteral("message")).toString()));
    QVERIFY(central.value(QStringLiteral("ok")).toBool());
    const qint64 pushed = central.value(QStringLiteral("pushed_seq")).toInteger();
    QVERIFY(pushed >= 3);
    // The last entries sent are deleted here, the numbering lowered and the record beside the
    // file removed: the file alone no longer shows it.
    QVERIFY(execSql(m_db,
                    {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                     QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(pushed - 1),
                     QStringLiteral("UPDATE sqlite_sequence SET seq = %1 WHERE name = 'audit_log'").arg(pushed - 2)}));
    QVERIFY(QFile::remove(m_db + QStringLiteral(".audit-head")));
    v = verify(1);
    QCOMPARE(v.value(QStringLiteral("ok")).toBool(), true); // the file by itself looks whole
    central = v.value(QStringLiteral("central")).toObject();
    QCOMPARE(central.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(central.value(QStringLiteral("first_bad_seq")).toInteger(), pushed - 1);
    QVERIFY2(central.value(QStringLiteral("problem")).toString().contains(QStringLiteral("already sent")),
             qPrintable(central.value(QStringLiteral("problem")).toString()));
    r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("central database: NOT intact"), r.out.constData());
}

void TestAuditCentral::unreachableCentralIsSaidNotFailed()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("K32.sqlite"));
    CliResult r = runCli({QStringLiteral("--db"), copy, QStringLiteral("init"), QStringLiteral("--workstation"),
                          QStringLiteral("K32"), QStringLiteral("--admin"), QStringLiteral("admin")},
                         {QStringLiteral("LOKET_PASSWORD=") + kPassword});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList head{QStringLiteral("--db"),   copy,
                           QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--user"), QStringLiteral("admin")};
    const QStringList env{QStringLiteral("LOKET_PASSWORD=") + kPassword};
    r = runCli(head + QStringList{QStringLiteral("sync"), QStringLiteral("configure"), QStringLiteral("--host"),
                                  copyDir.filePath(QStringLiteral("no-server")), QStringLiteral("--database"),
                                  QStringLiteral("loket")},
               env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli(head + QStringList{QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject central = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("central")).toObject();
    QCOMPARE(central.value(QStringLiteral("reached")).toBool(), false);
    QVERIFY(!central.value(QStringLiteral("message")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditCentral)
#include "test_auditcentral.moc"
