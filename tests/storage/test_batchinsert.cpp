#include "TestDatabase.h"
#include "common/Error.h"
#include "storage/BatchInsert.h"
#include "storage/SqlQuery.h"

#include <QTimeZone>
#include <QtTest>

using namespace loket;

class TestBatchInsert : public QObject
{
    Q_OBJECT
private slots:
    void writesEveryRowAcrossStatements();
    void repeatedPlaceholderGetsItsValue();
    void valuesReadBackAsQtBindsThem();
    void failureDetailIsBounded();

private:
    static void makeTable(Database& db);
};

void TestBatchInsert::makeTable(Database& db)
{
    SqlQuery(db.handle(), QStringLiteral("CREATE TEMP TABLE t (a TEXT NOT NULL, b TEXT NOT NULL, c INTEGER)")).exec();
}

void TestBatchInsert::writesEveryRowAcrossStatements()
{
    test::TestDatabase t;
    makeTable(t.db());
    BatchInsert insert(t.db().handle(), QStringLiteral("INSERT INTO t (a, b, c) VALUES"),
                       QStringLiteral("(:a, COALESCE(:b, ''), :c)"),
                       {QStringLiteral(":a"), QStringLiteral(":b"), QStringLiteral(":c")}, 7);
    for (int i = 0; i < 30; ++i) // four full statements of 7 and one of 2
        insert.add({QStringLiteral("a%1").arg(i), i % 2 ? QVariant() : QVariant(QStringLiteral("b")), i});
    QCOMPARE(insert.pending(), 30);
    insert.flush();
    QCOMPARE(insert.pending(), 0);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM t")).scalar().toInt(), 30);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT sum(c) FROM t")).scalar().toInt(), 435);
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM t WHERE b = ''")).scalar().toInt(), 15);
}

void TestBatchInsert::repeatedPlaceholderGetsItsValue()
{
    test::TestDatabase t;
    makeTable(t.db());
    BatchInsert insert(t.db().handle(), QStringLiteral("INSERT INTO t (a, b, c) VALUES"), QStringLiteral("(:a, :a, :c)"),
                       {QStringLiteral(":a"), QStringLiteral(":c")}, 4);
    insert.add({QStringLiteral("x"), 1});
    insert.add({QStringLiteral("y"), 2});
    insert.flush();
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT group_concat(a || b, ',') FROM t")).scalar().toString(),
             QStringLiteral("xx,yy"));
}

void TestBatchInsert::valuesReadBackAsQtBindsThem()
{
    // The same values through BatchInsert and through Qt's driver (SqlQuery) store the same.
    test::TestDatabase t;
    SqlQuery(t.db().handle(), QStringLiteral("CREATE TEMP TABLE v (k TEXT, x)")).exec();
    const QList<QVariant> samples{QString(),
                                  QStringLiteral(""),
                                  QStringLiteral("Sukamaju Jaya ñ 漢"),
                                  42,
                                  qint64(5'000'000'000),
                                  true,
                                  2.5,
                                  QByteArray("\x00\x01", 2),
                                  QDate(2026, 3, 2),
                                  QDate(),
                                  QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone("Asia/Jakarta")),
                                  QTime(9, 30, 15, 250)};
    BatchInsert insert(t.db().handle(), QStringLiteral("INSERT INTO v (k, x) VALUES"), QStringLiteral("(:k, :x)"),
                       {QStringLiteral(":k"), QStringLiteral(":x")}, 5);
    for (int i = 0; i < samples.size(); ++i) {
        insert.add({QStringLiteral("batch%1").arg(i), samples[i]});
        SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO v (k, x) VALUES (:k, :x)"))
            .bind(QStringLiteral(":k"), QStringLiteral("qt%1").arg(i))
            .bind(QStringLiteral(":x"), samples[i])
            .exec();
    }
    insert.flush();
    for (int i = 0; i < samples.size(); ++i) {
        auto read = [&](const QString& key) {
            SqlQuery q(t.db().handle(), QStringLiteral("SELECT typeof(x) || ':' || quote(x) FROM v WHERE k = :k"));
            q.bind(QStringLiteral(":k"), key);
            return q.scalar().toString();
        };
        QCOMPARE(read(QStringLiteral("batch%1").arg(i)), read(QStringLiteral("qt%1").arg(i)));
    }
}

void TestBatchInsert::failureDetailIsBounded()
{
    // A NOT NULL violation in a statement of 128 rows: the error names the query and the first
    // values, and stays short enough to read in a log.
    test::TestDatabase t;
    makeTable(t.db());
    BatchInsert insert(t.db().handle(), QStringLiteral("INSERT INTO t (a, b, c) VALUES"), QStringLiteral("(:a, :b, :c)"),
                       {QStringLiteral(":a"), QStringLiteral(":b"), QStringLiteral(":c")});
    for (int i = 0; i < 128; ++i)
        insert.add({QStringLiteral("row%1").arg(i), i == 100 ? QVariant() : QVariant(QStringLiteral("b")), i});
    try {
        insert.flush();
        QFAIL("a NOT NULL violation passed");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
        QVERIFY2(e.detail().contains(QLatin1String("INSERT INTO t")), qPrintable(e.detail()));
        QVERIFY2(e.detail().contains(QLatin1String("row0")), qPrintable(e.detail()));
        QVERIFY2(e.detail().contains(QLatin1String("344 more")), qPrintable(e.detail()));
        QVERIFY2(e.detail().size() < 1500, qPrintable(QString::number(e.detail().size())));
    }
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM t")).scalar().toInt(), 0);
}

QTEST_GUILESS_MAIN(TestBatchInsert)
#include "test_batchinsert.moc"
