#include "PgServer.h"
#include "TestDatabase.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "sync/SyncService.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace loket;

class TestSyncService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pushesRowsAndAuditOnce();
    void twoWorkstationsKeepTheirRows();
    void secretsStayOnTheWorkstation();
    void clockGoingBackwardsHidesNothing();
    void unreachableCentralIsRecordedAndLosesNothing();
    void needsPermission();

private:
    SyncTarget target() const { return m_pg.target(); }
    int centralCount(const QString& sql);
    test::PgServer m_pg;
    bool m_ready = false;
    QString m_why;
};

void TestSyncService::initTestCase()
{
    m_ready = m_pg.start(&m_why);
}


int TestSyncService::centralCount(const QString& sql)
{
    int n = -1;
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("check"));
        pg.setHostName(m_pg.socketDir());
        pg.setPort(m_pg.port());
        pg.setDatabaseName(m_pg.database());
        pg.setUserName(m_pg.user());
        if (pg.open()) {
            QSqlQuery q(pg);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
            pg.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return n;
}

void TestSyncService::pushesRowsAndAuditOnce()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::TestDatabase t;
    const Context admin = t.context();
    SettingsRepository(t.db()).set(admin, QStringLiteral("office.name"), QStringLiteral("DPMPTSP Purwakarta"));
    QVERIFY(SyncService::syncedTables(t.db()).contains(QStringLiteral("settings")));

    const SyncReport first = SyncService::push(admin, target());
    QVERIFY(first.ok);
    QVERIFY(first.rowsPushed >= 2);
    QVERIFY(first.auditPushed >= 3);
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM loket_rows WHERE table_name = 'settings' AND "
                                         "data->>'key' = 'office.name' AND data->>'value' = 'DPMPTSP Purwakarta'")),
             1);
    for (const SyncTableCount& p : SyncService::pending(t.db()))
        QCOMPARE(p.pending, 0);

    const SyncReport again = SyncService::push(admin, target());
    QCOMPARE(again.rowsPushed, 0);
    QCOMPARE(again.auditPushed, 0);

    t.clock().advanceSecs(60);
    SettingsRepository(t.db()).set(admin, QStringLiteral("office.name"), QStringLiteral("DPMPTSP Kab. Purwakarta"));
    const SyncReport third = SyncService::push(admin, target());
    QCOMPARE(third.rowsPushed, 1);
    QCOMPARE(centralCount(QStringLiteral("SELECT row_version FROM loket_rows WHERE data->>'key' = 'office.name' AND "
                                         "workstation = 'C01'")),
             2);
    QCOMPARE(SyncService::recentRuns(t.db()).size(), 3);
}

void TestSyncService::twoWorkstationsKeepTheirRows()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::TestDatabase a(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Clock::zone()), QStringLiteral("K21"));
    test::TestDatabase b(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Clock::zone()), QStringLiteral("K22"));
    SyncService::push(a.context(), target());
    SyncService::push(b.context(), target());
    QCOMPARE(centralCount(QStringLiteral("SELECT count(DISTINCT workstation) FROM loket_audit WHERE workstation IN "
                                         "('K21', 'K22')")),
             2);
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM loket_workstations WHERE code IN ('K21', 'K22')")), 2);
}

void TestSyncService::secretsStayOnTheWorkstation()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::TestDatabase t;
    SyncService::push(t.context(), target());
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM loket_rows WHERE data->>'key' = 'office.secret'")), 0);
    // Password hashes (Argon2id) do travel: one account signs in at every PC of the office.
    test::rawSql(t.path(), {QStringLiteral("INSERT INTO users (id, username, display_name, roles, password_hash, "
                                           "created_at, updated_at, workstation) VALUES ('u1', 'ani', 'Ani', "
                                           "'front_desk', '$argon2id$x', '2026-01-05', '2026-01-05', 'C01')")});
    SyncService::push(t.context(), target());
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM loket_rows WHERE table_name = 'users' AND "
                                         "data->>'password_hash' = '$argon2id$x'")),
             1);
}

// A counter PC whose clock was a year ahead, then corrected: changes made after the correction
// carry older times than rows already sent, and must still go out.
void TestSyncService::clockGoingBackwardsHidesNothing()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::TestDatabase t(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Clock::zone()), QStringLiteral("K30"));
    SettingsRepository(t.db()).set(t.context(), QStringLiteral("office.phone"), QStringLiteral("(0264) 1"));
    SyncService::push(t.context(), target());
    t.clock().set(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Clock::zone()));
    SettingsRepository(t.db()).set(t.context(), QStringLiteral("office.phone"), QStringLiteral("(0264) 8224794"));
    QCOMPARE(SyncService::push(t.context(), target()).rowsPushed, 1);
    QCOMPARE(centralCount(QStringLiteral("SELECT count(*) FROM loket_rows WHERE workstation = 'K30' AND "
                                         "data->>'value' = '(0264) 8224794'")),
             1);
}

void TestSyncService::unreachableCentralIsRecordedAndLosesNothing()
{
    test::TestDatabase t;
    SyncTarget nowhere;
    nowhere.host = t.dir() + QStringLiteral("/no-server-here");
    nowhere.database = QStringLiteral("loket");
    nowhere.user = QStringLiteral("loket");
    const int pendingBefore = SyncService::pending(t.db()).last().pending;
    try {
        SyncService::push(t.context(), nowhere);
        QFAIL("a push to nowhere succeeded");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }
    QCOMPARE(SyncService::pending(t.db()).last().pending, pendingBefore);
    const auto runs = SyncService::recentRuns(t.db());
    QCOMPARE(runs.size(), 1);
    QVERIFY(!runs.first().ok);
    QVERIFY(!runs.first().message.isEmpty());
}

void TestSyncService::needsPermission()
{
    test::TestDatabase t;
    // Every officer may sync; an account without a role may not.
    const Context clerk = t.context(test::actorWith({}));
    QVERIFY_THROWS_EXCEPTION(Error, SyncService::push(clerk, target()));
    QVERIFY(SyncService::recentRuns(t.db()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "test_syncservice.moc"
