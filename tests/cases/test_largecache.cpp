#include "TestDatabase.h"
#include "cases/LargeCache.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QtTest>

using namespace loket;

class TestLargeCache : public QObject
{
    Q_OBJECT
private slots:
    void settingsHoldForTheBulkWriteAndComeBack();
    void insideATransactionKeepsWorking();

private:
    static qint64 pragma(Database& db, const char* name)
    {
        return SqlQuery(db.handle(), QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).scalar().toLongLong();
    }
};

void TestLargeCache::settingsHoldForTheBulkWriteAndComeBack()
{
    test::TestDatabase t;
    const qint64 cache = pragma(t.db(), "cache_size");
    const qint64 temp = pragma(t.db(), "temp_store");
    {
        const LargeCache large(t.db().handle(), 64);
        QCOMPARE(pragma(t.db(), "cache_size"), -64 * 1024);
        QCOMPARE(pragma(t.db(), "temp_store"), 2); // MEMORY
    }
    QCOMPARE(pragma(t.db(), "cache_size"), cache);
    QCOMPARE(pragma(t.db(), "temp_store"), temp);
}

void TestLargeCache::insideATransactionKeepsWorking()
{
    // A caller that already holds a transaction still gets the cache; nothing throws.
    test::TestDatabase t;
    SqlQuery(t.db().handle(), QStringLiteral("CREATE TEMP TABLE scratch (x)")).exec();
    Transaction tx(t.db().handle());
    SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO scratch (x) VALUES (1)")).exec();
    {
        const LargeCache large(t.db().handle(), 32);
        QCOMPARE(pragma(t.db(), "cache_size"), -32 * 1024);
    }
    tx.commit();
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM scratch")).scalar().toInt(), 1);
}

QTEST_GUILESS_MAIN(TestLargeCache)
#include "test_largecache.moc"
