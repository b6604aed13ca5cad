#include "ComplaintFixture.h"
#include "common/Error.h"
#include "complaints/ComplaintRegisterModel.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QtTest>

using namespace loket;
using test::ComplaintFixture;

// The complaint register's table fetches page after page as the view scrolls, each page seeking
// past the last row it has (keyset), so scrolling far down costs what the first page costs.
class TestComplaintRegisterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetchesLazilyWithoutLosingOrRepeatingRows();
};

void TestComplaintRegisterModel::fetchesLazilyWithoutLosingOrRepeatingRows()
{
    ComplaintFixture f;
    const Context front = f.as({Role::FrontDesk});
    // 450 complaints, five received in each minute (ties on the sort column across page ends).
    QList<ComplaintIntake> intakes;
    for (int i = 0; i < 450; ++i)
        intakes.append(ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 2, 8, 0).addSecs((i / 5) * 60)));
    QList<Complaint> prepared = ComplaintService::prepare(front, intakes, [](int, const Error& e) { throw e; });
    Transaction tx(f.tdb().db().handle());
    ComplaintService::insertPrepared(front, prepared);
    tx.commit();

    ui::ComplaintRegisterModel model(front, ComplaintKind::Complaint);
    model.reload();
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.rowCount(), ui::ComplaintRegisterModel::kPageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ui::ComplaintRegisterModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);

    ComplaintFilter complaints;
    complaints.kind = ComplaintKind::Complaint;
    const QList<Complaint> all = ComplaintService::page(front, complaints, {}, 1000);
    QCOMPARE(all.size(), 450);
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.idAt(row), all[row].id);
        seen.insert(model.idAt(row));
    }
    QCOMPARE(seen.size(), 450);
}

QTEST_MAIN(TestComplaintRegisterModel)
#include "test_complaintregistermodel.moc"
