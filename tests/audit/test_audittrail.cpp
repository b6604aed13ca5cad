#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "identity/IdentityMask.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace loket;

namespace {
const Actor kAuditor = test::actorWith({Role::Supervisor}, QStringLiteral("rina"));

void addEntries(test::TestDatabase& t, int n, const Actor& actor, const QString& action, const QString& record)
{
    const Context ctx = t.context(actor);
    Transaction tx(ctx.db());
    for (int i = 0; i < n; ++i)
        AuditLog::append(ctx, action, QStringLiteral("case"), record, {{QStringLiteral("n"), i}},
                         {{QStringLiteral("n"), i + 1}, {QStringLiteral("nik"), QStringLiteral("3214012505900001")}});
    tx.commit();
}

// What an attacker with the file and sqlite3 would do first.
void dropGuards(test::TestDatabase& t)
{
    SqlQuery(t.db().handle(), QStringLiteral("DROP TRIGGER audit_log_no_update")).exec();
    SqlQuery(t.db().handle(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).exec();
}

void sql(test::TestDatabase& t, const QString& statement)
{
    SqlQuery(t.db().handle(), statement).exec();
}
} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intactChainVerifies();
    void editedEntryIsFound_data();
    void editedEntryIsFound();
    void deletedEntryInTheMiddleIsFound();
    void deletedLastEntryIsFound();
    void deletedFirstEntriesAreFound();
    void everythingDeletedIsFound();
    void forgedEntryWithFreshHashBreaksTheNextLink();
    void queryFiltersAndPages();
    void queryMasksIdentityNumbersForRolesWithoutAccess();
};

void TestAuditTrail::intactChainVerifies()
{
    test::TestDatabase t;
    addEntries(t, 20, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY2(v.ok, qPrintable(v.problem));
    QCOMPARE(v.checked, v.lastSeq);
    QVERIFY(v.checked >= 22);
    QCOMPARE(v.firstBadSeq, 0);
}

void TestAuditTrail::editedEntryIsFound_data()
{
    QTest::addColumn<QString>("statement");
    QTest::newRow("action") << QStringLiteral("UPDATE audit_log SET action = 'case.view' WHERE seq = 7");
    QTest::newRow("after value") << QStringLiteral("UPDATE audit_log SET after_json = '{\"n\":99}' WHERE seq = 7");
    QTest::newRow("actor") << QStringLiteral("UPDATE audit_log SET actor_name = 'someone' WHERE seq = 7");
    QTest::newRow("time") << QStringLiteral("UPDATE audit_log SET at = '2025-01-01T09:00:00.000+07:00' WHERE seq = 7");
    QTest::newRow("record") << QStringLiteral("UPDATE audit_log SET record_id = 'c2' WHERE seq = 7");
    QTest::newRow("note added") << QStringLiteral("UPDATE audit_log SET note = 'ok' WHERE seq = 7");
    QTest::newRow("before removed") << QStringLiteral("UPDATE audit_log SET before_json = NULL WHERE seq = 7");
    QTest::newRow("garbage json") << QStringLiteral("UPDATE audit_log SET after_json = '{oops' WHERE seq = 7");
}

void TestAuditTrail::editedEntryIsFound()
{
    QFETCH(QString, statement);
    test::TestDatabase t;
    addEntries(t, 10, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    dropGuards(t);
    sql(t, statement);
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 7);
    QVERIFY2(v.problem.contains(QStringLiteral("7")), qPrintable(v.problem));
    QVERIFY(!v.firstBadId.isEmpty());
}

void TestAuditTrail::deletedEntryInTheMiddleIsFound()
{
    test::TestDatabase t;
    addEntries(t, 10, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    dropGuards(t);
    sql(t, QStringLiteral("DELETE FROM audit_log WHERE seq IN (5, 6)"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 7);
    QVERIFY2(v.problem.contains(QStringLiteral("5")) && v.problem.contains(QStringLiteral("6")), qPrintable(v.problem));
    // Renumbering to hide the gap breaks the chain instead.
    sql(t, QStringLiteral("UPDATE audit_log SET seq = seq - 2 WHERE seq > 6"));
    QVERIFY(!AuditTrail(t.context(kAuditor)).verify().ok);
}

void TestAuditTrail::deletedLastEntryIsFound()
{
    test::TestDatabase t;
    addEntries(t, 10, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    const qint64 last = AuditTrail(t.context(kAuditor)).verify().lastSeq;
    dropGuards(t);
    sql(t, QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, last);
    QVERIFY2(v.problem.contains(QString::number(last)), qPrintable(v.problem));
    // A new entry after the deletion does not hide it.
    addEntries(t, 1, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    QVERIFY(!AuditTrail(t.context(kAuditor)).verify().ok);
}

void TestAuditTrail::deletedFirstEntriesAreFound()
{
    test::TestDatabase t;
    addEntries(t, 5, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    dropGuards(t);
    sql(t, QStringLiteral("DELETE FROM audit_log WHERE seq <= 2"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 3);
}

void TestAuditTrail::everythingDeletedIsFound()
{
    test::TestDatabase t;
    addEntries(t, 5, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    dropGuards(t);
    sql(t, QStringLiteral("DELETE FROM audit_log"));
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 1);
}

void TestAuditTrail::forgedEntryWithFreshHashBreaksTheNextLink()
{
    test::TestDatabase t;
    addEntries(t, 6, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    dropGuards(t);
    // The attacker edits entry 4 and recomputes its own hash, but cannot fix entry 5's link
    // without rewriting everything after it.
    SqlQuery q(t.db().handle(),
               QStringLiteral("SELECT seq, id, at, actor_id, actor_name, workstation, action, record_type, "
                              "record_id, note, prev_hash FROM audit_log WHERE seq = 4"));
    q.exec();
    QVERIFY(q.next());
    AuditEntry e;
    e.seq = 4;
    e.id = q.value(1).toString();
    e.at = fromStoredTime(q.value(2).toString());
    e.actorId = q.value(3).toString();
    e.actorName = q.value(4).toString();
    e.workstation = q.value(5).toString();
    e.action = QStringLiteral("case.view");
    e.recordType = q.value(7).toString();
    e.recordId = q.value(8).toString();
    e.prevHash = q.value(10).toString();
    const QString forged = AuditLog::computeHash(e);
    SqlQuery(t.db().handle(),
             QStringLiteral("UPDATE audit_log SET action = 'case.view', before_json = NULL, after_json "
                            "= NULL, hash = :h WHERE seq = 4"))
        .bind(QStringLiteral(":h"), forged)
        .exec();
    const AuditVerification v = AuditTrail(t.context(kAuditor)).verify();
    QVERIFY(!v.ok);
    // The seal made with the key beside the database file finds the forged entry itself.
    QCOMPARE(v.firstBadSeq, 4);
}

void TestAuditTrail::queryFiltersAndPages()
{
    test::TestDatabase t;
    const Actor siti = test::actorWith({Role::FrontDesk}, QStringLiteral("siti"));
    addEntries(t, 250, siti, QStringLiteral("case.register"), QStringLiteral("c1"));
    t.clock().advanceDays(2);
    addEntries(t, 5, kAuditor, QStringLiteral("case.reject"), QStringLiteral("c2"));
    AuditTrail trail(t.context(kAuditor));
    AuditFilter f;
    f.actor = QStringLiteral("siti");
    QCOMPARE(trail.count(f), 250);
    QList<AuditEntry> page = trail.query(f, 0, 100);
    QCOMPARE(page.size(), 100);
    QVERIFY(page.first().seq > page.last().seq);
    qint64 seen = page.size();
    while (!page.isEmpty()) {
        page = trail.query(f, page.last().seq, 100);
        seen += page.size();
        for (const AuditEntry& e : page)
            QCOMPARE(e.actorName, QStringLiteral("siti"));
    }
    QCOMPARE(seen, 250);

    f = {};
    f.recordId = QStringLiteral("c2");
    QCOMPARE(trail.count(f), 5);
    f = {};
    f.action = QStringLiteral("case");
    QCOMPARE(trail.count(f), 255);
    f.action = QStringLiteral("case.reject");
    QCOMPARE(trail.count(f), 5);
    f.action = QStringLiteral("cas");
    QCOMPARE(trail.count(f), 0);
    f = {};
    f.from = QDate(2026, 1, 6);
    f.to = QDate(2026, 1, 7);
    QCOMPARE(trail.count(f), 5);
    f.from = QDate(2026, 1, 5);
    f.to = QDate(2026, 1, 5);
    QCOMPARE(trail.count(f), 250);
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 1, 4);
    QCOMPARE(trail.count(f), 0);
    QVERIFY(trail.actors().contains(QStringLiteral("siti")));
    QVERIFY(trail.actors().contains(QStringLiteral("rina")));
}

void TestAuditTrail::queryMasksIdentityNumbersForRolesWithoutAccess()
{
    IdentityMask::registerAuditRule(); // as the programs do at start-up (Bootstrap::ensureBuiltins)
    test::TestDatabase t;
    addEntries(t, 1, kAuditor, QStringLiteral("case.register"), QStringLiteral("c1"));
    AuditFilter f;
    f.recordId = QStringLiteral("c1");
    const auto admin = AuditTrail(t.context(test::actorWith({Role::Admin}))).query(f);
    QCOMPARE(admin.first().after.value(QStringLiteral("nik")).toString(), QStringLiteral("3214********0001"));
    const auto head = AuditTrail(t.context(test::actorWith({Role::Head}))).query(f);
    QCOMPARE(head.first().after.value(QStringLiteral("nik")).toString(), QStringLiteral("3214012505900001"));
    QVERIFY_THROWS_EXCEPTION(Error, AuditTrail(t.context(test::actorWith({Role::FrontDesk}))).query(f));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "test_audittrail.moc"
