#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace loket;

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesAreChained();
    void entriesCannotBeUpdatedOrDeleted();
};

void TestAuditLog::entriesAreChained()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    {
        Transaction tx(ctx.db());
        AuditLog::append(ctx, QStringLiteral("test.one"), QStringLiteral("thing"), QStringLiteral("1"), {},
                         {{QStringLiteral("a"), 1}});
        AuditLog::append(ctx, QStringLiteral("test.two"), QStringLiteral("thing"), QStringLiteral("1"),
                         {{QStringLiteral("a"), 1}}, {{QStringLiteral("a"), 2}});
        tx.commit();
    }
    SqlQuery q(ctx.db(), QStringLiteral("SELECT seq, prev_hash, hash, action, actor_name FROM audit_log ORDER BY seq"));
    q.exec();
    QString prev = AuditLog::genesisHash();
    int rows = 0;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), prev);
        prev = q.value(2).toString();
        QCOMPARE(prev.size(), 64);
        ++rows;
    }
    QVERIFY(rows >= 4); // two workstation settings from creation, and ours
}

void TestAuditLog::entriesCannotBeUpdatedOrDeleted()
{
    test::TestDatabase t;
    QVERIFY_THROWS_EXCEPTION(Error, SqlQuery(t.db().handle(), QStringLiteral("UPDATE audit_log SET action = 'x'")).exec());
    QVERIFY_THROWS_EXCEPTION(Error, SqlQuery(t.db().handle(), QStringLiteral("DELETE FROM audit_log")).exec());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
