#include "TestDatabase.h"
#include "audit/AuditTableModel.h"
#include "audit/AuditTrail.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QtTest>

using namespace loket;

namespace {
// Entries appended in one transaction share the clock's time: ties on the time column.
void addEntries(test::TestDatabase& t, int n, const QString& actor, const QString& type)
{
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}, actor));
    Transaction tx(ctx.db());
    for (int i = 0; i < n; ++i)
        AuditLog::append(ctx, QStringLiteral("case.register"), type, QStringLiteral("r%1").arg(i % 7),
                         {{QStringLiteral("n"), i}}, {{QStringLiteral("n"), i + 1}});
    tx.commit();
}
} // namespace

// The audit page's table fetches page after page as the view scrolls, each page seeking past
// the last entry it has, under each kind of filter: no entry lost or repeated.
class TestAuditTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchesEveryFilterLazily_data();
    void fetchesEveryFilterLazily();
};

void TestAuditTableModel::fetchesEveryFilterLazily_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("period");
    QTest::newRow("everything") << QString() << QString() << false;
    QTest::newRow("user") << QStringLiteral("siti") << QString() << false;
    QTest::newRow("record type") << QString() << QStringLiteral("case") << false;
    QTest::newRow("period") << QString() << QString() << true;
}

void TestAuditTableModel::fetchesEveryFilterLazily()
{
    QFETCH(QString, actor);
    QFETCH(QString, type);
    QFETCH(bool, period);
    test::TestDatabase t;
    const QDate first = t.clock().now().date();
    addEntries(t, 230, QStringLiteral("siti"), QStringLiteral("case"));
    addEntries(t, 90, QStringLiteral("budi"), QStringLiteral("complaint"));
    t.clock().advanceDays(1);
    addEntries(t, 240, QStringLiteral("siti"), QStringLiteral("case"));
    addEntries(t, 60, QStringLiteral("budi"), QStringLiteral("case"));
    t.clock().advanceDays(1);
    addEntries(t, 50, QStringLiteral("budi"), QStringLiteral("complaint"));
    AuditFilter f;
    f.actor = actor;
    f.recordType = type;
    if (period) {
        f.from = first;
        f.to = first.addDays(1);
    }
    const Context ctx = t.context(test::actorWith({Role::Supervisor}, QStringLiteral("rina")));
    const QList<AuditEntry> all = AuditTrail(ctx).query(f, 0, 100000);
    QVERIFY(all.size() > 2 * ui::AuditTableModel::kPageSize);

    ui::AuditTableModel model;
    model.load(ctx, f);
    QCOMPARE(model.totalCount(), qint64(all.size()));
    QCOMPARE(model.rowCount(), ui::AuditTableModel::kPageSize);
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QVERIFY(++fetches <= all.size());
    }
    QCOMPARE(model.rowCount(), int(all.size()));
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.entry(row)->seq, all[row].seq);
        seen.insert(model.entry(row)->seq);
    }
    QCOMPARE(seen.size(), int(all.size()));
}

QTEST_MAIN(TestAuditTableModel)
#include "test_audittablemodel.moc"
