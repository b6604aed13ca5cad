#include "CaseFixture.h"
#include "cases/CaseQueries.h"
#include "cases/DemoData.h"
#include "common/Error.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

// Keyset paging (CaseQueries::pageAfter): walking the list page by page past the last row shown
// gives exactly the rows of one long page, in every sort order and with filters.
class TestCaseKeyset : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void walkingEqualsOneLongPage_data();
    void walkingEqualsOneLongPage();
    void unknownCaseIsRefused();

private:
    std::unique_ptr<CaseFixture> m_f;
};

void TestCaseKeyset::initTestCase()
{
    m_f = std::make_unique<CaseFixture>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Clock::zone()));
    DemoData::Options options;
    options.cases = 700;
    options.seed = 3;
    DemoData::generate(m_f->system(), options);
}

void TestCaseKeyset::walkingEqualsOneLongPage_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<QString>("clock");
    for (auto s : {CaseSort::ReceivedNewest, CaseSort::ReceivedOldest, CaseSort::RegistrationNumber, CaseSort::DueDate,
                   CaseSort::Stage, CaseSort::ApplicantName}) {
        QTest::addRow("sort %d", int(s)) << int(s) << QString();
        QTest::addRow("sort %d stopped", int(s)) << int(s) << QStringLiteral("stopped");
    }
}

void TestCaseKeyset::walkingEqualsOneLongPage()
{
    QFETCH(int, sort);
    QFETCH(QString, clock);
    CaseFilter f;
    f.sort = CaseSort(sort);
    if (!clock.isEmpty())
        QVERIFY(caseClockFilterFromKey(clock, &f.clock));
    CaseQueries q(m_f->system());
    QStringList all;
    for (const CaseRow& r : q.page(f, 0, 100000))
        all << r.registrationNumber;
    QVERIFY(all.size() > 20);
    QStringList walked;
    QList<CaseRow> page = q.page(f, 0, 37);
    while (!page.isEmpty()) {
        for (const CaseRow& r : page)
            walked << r.registrationNumber;
        page = q.pageAfter(f, walked.last(), 37);
    }
    QCOMPARE(walked, all);
}

void TestCaseKeyset::unknownCaseIsRefused()
{
    CaseQueries q(m_f->system());
    QVERIFY_THROWS_EXCEPTION(Error, q.pageAfter(CaseFilter{}, QStringLiteral("NO/SUCH/CASE"), 10));
}

QTEST_GUILESS_MAIN(TestCaseKeyset)
#include "test_casekeyset.moc"
