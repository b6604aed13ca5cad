#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QtTest>

using namespace loket;

namespace {
const Actor kAuditor = test::actorWith({Role::Supervisor}, QStringLiteral("rina"));

// Entries appended in one transaction share the clock's time: ties on the time column.
void addEntries(test::TestDatabase& t, int n, const QString& actor, const QString& action, const QString& type,
                const QString& record)
{
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}, actor));
    Transaction tx(ctx.db());
    for (int i = 0; i < n; ++i)
        AuditLog::append(ctx, action, type, record, {{QStringLiteral("n"), i}}, {{QStringLiteral("n"), i + 1}});
    tx.commit();
}

QString planOf(Database& db, const QString& sql)
{
    SqlQuery plan(db.handle(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    plan.exec();
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps.join(QLatin1Char('\n'));
}
} // namespace

// The audit page and `audit log` page by keyset: the next page seeks past the last entry shown.
class TestAuditPaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkingEqualsOneLongPage_data();
    void walkingEqualsOneLongPage();
    void everyFilterSeeksWithoutSorting();
    void unknownCursorIsInvalid();

private:
    std::unique_ptr<test::TestDatabase> m_t;
};

void TestAuditPaging::initTestCase()
{
    m_t = std::make_unique<test::TestDatabase>();
    // Three days; on each, two users, two record types, several actions, many entries per instant.
    for (int day = 0; day < 3; ++day) {
        addEntries(*m_t, 9, QStringLiteral("siti"), QStringLiteral("case.register"), QStringLiteral("case"),
                   QStringLiteral("c%1").arg(day));
        addEntries(*m_t, 7, QStringLiteral("budi"), QStringLiteral("case.reject"), QStringLiteral("case"),
                   QStringLiteral("c%1").arg(day));
        addEntries(*m_t, 5, QStringLiteral("siti"), QStringLiteral("complaint.intake"), QStringLiteral("complaint"),
                   QStringLiteral("p%1").arg(day));
        m_t->clock().advanceDays(1);
        addEntries(*m_t, 4, QStringLiteral("budi"), QStringLiteral("user.update"), QStringLiteral("user"),
                   QStringLiteral("u1"));
    }
}

void TestAuditPaging::walkingEqualsOneLongPage_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("fromDay"); // days after the first, -1 for none
    QTest::addColumn<int>("toDay");
    QTest::newRow("everything") << QString() << QString() << QString() << QString() << -1 << -1;
    QTest::newRow("user") << QStringLiteral("siti") << QString() << QString() << QString() << -1 << -1;
    QTest::newRow("record type") << QString() << QStringLiteral("case") << QString() << QString() << -1 << -1;
    QTest::newRow("record") << QString() << QString() << QStringLiteral("c1") << QString() << -1 << -1;
    QTest::newRow("action prefix") << QString() << QString() << QString() << QStringLiteral("case") << -1 << -1;
    QTest::newRow("period") << QString() << QString() << QString() << QString() << 1 << 2;
    QTest::newRow("from") << QString() << QString() << QString() << QString() << 1 << -1;
    QTest::newRow("period and action") << QString() << QString() << QString() << QStringLiteral("case") << 0 << 1;
    QTest::newRow("user and period") << QStringLiteral("budi") << QString() << QString() << QString() << 1 << 3;
}

void TestAuditPaging::walkingEqualsOneLongPage()
{
    QFETCH(QString, actor);
    QFETCH(QString, type);
    QFETCH(QString, record);
    QFETCH(QString, action);
    QFETCH(int, fromDay);
    QFETCH(int, toDay);
    AuditFilter f;
    f.actor = actor;
    f.recordType = type;
    f.recordId = record;
    f.action = action;
    const QDate first = m_t->clock().now().date().addDays(-3);
    if (fromDay >= 0)
        f.from = first.addDays(fromDay);
    if (toDay >= 0)
        f.to = first.addDays(toDay);
    const AuditTrail trail(m_t->context(kAuditor));
    const QList<AuditEntry> all = trail.query(f, 0, 10000);
    QCOMPARE(qint64(all.size()), trail.count(f));
    QVERIFY(all.size() >= 4);
    QVERIFY(all.size() < 80);
    for (int size : {1, 4, 7, 25}) {
        QList<qint64> walked;
        qint64 cursor = 0;
        for (int guard = 0; guard <= all.size(); ++guard) {
            const QList<AuditEntry> page = trail.query(f, cursor, size);
            for (const AuditEntry& e : page)
                walked << e.seq;
            if (page.size() < size)
                break;
            cursor = page.last().seq;
        }
        QCOMPARE(walked.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(walked[i], all[i].seq);
        QCOMPARE(QSet<qint64>(walked.begin(), walked.end()).size(), all.size());
    }
    // Newest first: by seq, or with a period alone (an action besides) by time, ties by seq.
    const bool byTime = fromDay >= 0 && actor.isEmpty();
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(byTime ? all[i - 1].at > all[i].at || (all[i - 1].at == all[i].at && all[i - 1].seq > all[i].seq)
                       : all[i - 1].seq > all[i].seq);
}

// The queries AuditTrail::query runs for a deep page under each filter are answered along an
// index in the page's order: no sorting of all matching entries for every page.
void TestAuditPaging::everyFilterSeeksWithoutSorting()
{
    const QString bySeq = QStringLiteral("SELECT seq FROM audit_log WHERE seq < 40 AND %1 ORDER BY seq DESC LIMIT 200");
    for (const QString& filter :
         {QStringLiteral("actor_name = 'siti'"), QStringLiteral("record_type = 'case'"),
          QStringLiteral("record_id = 'c1'"), QStringLiteral("record_id = 'c1' AND record_type = 'case'"),
          QStringLiteral("actor_name = 'siti' AND at >= '2026' AND at < '2027'")}) {
        const QString plan = planOf(m_t->db(), bySeq.arg(filter));
        QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(filter + QLatin1Char('\n') + plan));
    }
    const QString plan = planOf(
        m_t->db(), QStringLiteral("SELECT seq FROM audit_log WHERE at >= '2026' AND at < '2027' AND at <= '2026-06' "
                                  "AND (at < '2026-06' OR seq < 40) ORDER BY at DESC, seq DESC LIMIT 200"));
    QVERIFY2(!plan.contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("audit_log_at")), qPrintable(plan));
}

void TestAuditPaging::unknownCursorIsInvalid()
{
    const AuditTrail trail(m_t->context(kAuditor));
    QVERIFY_THROWS_EXCEPTION(Error, trail.query({}, 1000000, 10));
}

QTEST_GUILESS_MAIN(TestAuditPaging)
#include "test_auditpaging.moc"
