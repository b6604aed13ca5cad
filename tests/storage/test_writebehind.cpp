#include "TestDatabase.h"
#include "common/Error.h"
#include "storage/BatchInsert.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "storage/WriteBehind.h"

#include <QtTest>
#include <thread>

using namespace loket;

class TestWriteBehind : public QObject
{
    Q_OBJECT
private slots:
    void writesEverythingInOrderInTheCallersTransaction();
    void failureReachesTheCaller();
    void queryOutOfTurnIsRefused();
    void otherThreadsAndConnectionsAreNotConcerned();
    void stoppingDropsWhatWaits();
    void turnsNestAndRefuseToWait();
};

namespace {
void makeTables(Database& db)
{
    SqlQuery(db.handle(), QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")).exec();
    SqlQuery(db.handle(), QStringLiteral("CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id), "
                                         "n INTEGER NOT NULL)"))
        .exec();
}

BatchInsert parentInsert(Database& db, int rowsPerStatement = 128)
{
    return BatchInsert(db.handle(), QStringLiteral("INSERT INTO parent (id, name) VALUES"),
                       QStringLiteral("(:id, :name)"), {QStringLiteral(":id"), QStringLiteral(":name")},
                       rowsPerStatement);
}

int count(Database& db, const QString& table)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toInt();
}

// The two tables, and one parent row handed to a writer that may still be writing it.
struct OneRowHandedOver
{
    test::TestDatabase t;
    BatchInsert parents{parentInsert(t.db())};
    WriteBehind writer{t.db().handle()};
    const QString connection = t.db().handle().connectionName();

    OneRowHandedOver()
    {
        makeTables(t.db());
        parents.add({1, QStringLiteral("one")});
        writer.handOver({{&parents, parents.take()}});
    }
};
} // namespace

// Parents and children handed over in many small lots, with the caller's own queries between:
// every row is written, children after their parents (the foreign key holds), and a rollback of
// the caller's transaction takes all of them back.
void TestWriteBehind::writesEverythingInOrderInTheCallersTransaction()
{
    test::TestDatabase t;
    makeTables(t.db());
    QVERIFY(SqlQuery(t.db().handle(), QStringLiteral("PRAGMA foreign_keys")).scalar().toBool());
    BatchInsert parents = parentInsert(t.db(), 16);
    BatchInsert children(t.db().handle(), QStringLiteral("INSERT INTO child (parent_id, n) VALUES"),
                         QStringLiteral("(:p, :n)"), {QStringLiteral(":p"), QStringLiteral(":n")}, 16);
    {
        Transaction tx(t.db().handle());
        WriteBehind writer(t.db().handle(), 2);
        for (int lot = 0; lot < 50; ++lot) {
            for (int i = 0; i < 20; ++i) {
                const int id = lot * 20 + i + 1;
                parents.add({id, QStringLiteral("parent %1").arg(id)});
                children.add({id, 1});
                children.add({id, 2});
            }
            writer.handOver({{&parents, parents.take()}, {&children, children.take()}});
            const WriteBehind::Turn turn(writer);
            QVERIFY(count(t.db(), QStringLiteral("parent")) <= (lot + 1) * 20);
        }
        writer.drain();
        QCOMPARE(count(t.db(), QStringLiteral("parent")), 1000);
        QCOMPARE(count(t.db(), QStringLiteral("child")), 2000);
        QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT sum(n) FROM child")).scalar().toInt(), 3000);
    } // rolled back
    QCOMPARE(count(t.db(), QStringLiteral("parent")), 0);
    QCOMPARE(count(t.db(), QStringLiteral("child")), 0);
}

// A row the database refuses on the writer's thread is the caller's error at its next hand-over
// or drain, with the statement and the values in its detail; nothing after it is written.
void TestWriteBehind::failureReachesTheCaller()
{
    test::TestDatabase t;
    makeTables(t.db());
    BatchInsert parents = parentInsert(t.db(), 4);
    WriteBehind writer(t.db().handle());
    parents.add({1, QStringLiteral("one")});
    parents.add({2, QVariant()}); // NOT NULL
    writer.handOver({{&parents, parents.take()}});
    parents.add({3, QStringLiteral("three")});
    try {
        writer.drain();
        writer.handOver({{&parents, parents.take()}});
        writer.drain();
        QFAIL("the refused row was not reported");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.detail().contains(QLatin1String("INSERT INTO parent")), qPrintable(e.detail()));
    }
    QVERIFY_THROWS_EXCEPTION(Error, writer.handOver({{&parents, parents.take()}}));
    QVERIFY_THROWS_EXCEPTION(Error, writer.drain());
    const WriteBehind::Turn turn(writer);
    QCOMPARE(count(t.db(), QStringLiteral("parent WHERE id = 3")), 0);
}

// While rows may still be written, the caller's queries need a turn; once drained they do not.
void TestWriteBehind::queryOutOfTurnIsRefused()
{
    {
        test::TestDatabase t;
        const WriteBehind writer(t.db().handle());
        QVERIFY(WriteBehind::callerMayUseConnection(t.db().handle().connectionName())); // nothing handed over yet
    }
    OneRowHandedOver f;
    auto& [t, parents, writer, connection] = f;
    QVERIFY(!WriteBehind::callerMayUseConnection(t.db().handle().connectionName()));
    try {
        count(t.db(), QStringLiteral("parent"));
        QFAIL("a query ran out of turn");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.detail().contains(QLatin1String("SELECT count(*) FROM parent")), qPrintable(e.detail()));
    }
    {
        const WriteBehind::Turn turn(writer);
        QVERIFY(WriteBehind::callerMayUseConnection(t.db().handle().connectionName()));
        QVERIFY(count(t.db(), QStringLiteral("parent")) <= 1);
    }
    writer.drain();
    QVERIFY(WriteBehind::callerMayUseConnection(t.db().handle().connectionName()));
    QCOMPARE(count(t.db(), QStringLiteral("parent")), 1);
}

void TestWriteBehind::otherThreadsAndConnectionsAreNotConcerned()
{
    OneRowHandedOver f;
    bool elsewhere = false;
    std::thread([&] { elsewhere = WriteBehind::callerMayUseConnection(f.connection); }).join();
    QVERIFY(elsewhere);
    QVERIFY(WriteBehind::callerMayUseConnection(QStringLiteral("another connection to the file")));
    f.writer.drain();
}

// A caller that gives up (an exception, a bad row) destroys the writer with work still queued:
// it stops, nothing runs after, and the caller's rollback leaves no row.
void TestWriteBehind::stoppingDropsWhatWaits()
{
    test::TestDatabase t;
    makeTables(t.db());
    BatchInsert parents = parentInsert(t.db(), 8);
    {
        Transaction tx(t.db().handle());
        WriteBehind writer(t.db().handle(), 100);
        for (int lot = 0; lot < 100; ++lot) {
            for (int i = 0; i < 50; ++i)
                parents.add({lot * 50 + i + 1, QStringLiteral("p")});
            writer.handOver({{&parents, parents.take()}});
        }
    }
    QVERIFY(WriteBehind::callerMayUseConnection(t.db().handle().connectionName()));
    QCOMPARE(count(t.db(), QStringLiteral("parent")), 0);
}

// A turn made inside another keeps the connection until the outer one ends; waiting for the
// writer inside a turn would wait forever (it needs the connection), so it is refused; so is
// writing rows on the caller's thread out of turn.
void TestWriteBehind::turnsNestAndRefuseToWait()
{
    OneRowHandedOver f;
    auto& [t, parents, writer, connection] = f;
    {
        const WriteBehind::Turn outer(writer);
        {
            const WriteBehind::Turn inner(writer);
            QVERIFY(WriteBehind::callerMayUseConnection(connection));
        }
        QVERIFY(WriteBehind::callerMayUseConnection(connection));
        QVERIFY(count(t.db(), QStringLiteral("parent")) <= 1);
        QVERIFY_THROWS_EXCEPTION(Error, writer.drain());
    }
    // Written on this thread while the writer may still be busy: refused like any query.
    parents.add({2, QStringLiteral("two")});
    QVERIFY_THROWS_EXCEPTION(Error, parents.flush());
    writer.drain();
    QCOMPARE(count(t.db(), QStringLiteral("parent")), 1);
}

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "test_writebehind.moc"
