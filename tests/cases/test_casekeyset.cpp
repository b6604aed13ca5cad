#include "CaseFixture.h"
#include "cases/CaseQueries.h"
#include "cases/DemoData.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"

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
    void offsetPagesEqualOneLongPage();
    void receivedOrderIsReadFromTheIndexAlone();

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
    QTest::addColumn<bool>("walkNames");
    for (auto s : {CaseSort::ReceivedNewest, CaseSort::ReceivedOldest, CaseSort::RegistrationNumber, CaseSort::DueDate,
                   CaseSort::Stage, CaseSort::ApplicantName}) {
        QTest::addRow("sort %d", int(s)) << int(s) << QString() << false;
        QTest::addRow("sort %d stopped", int(s)) << int(s) << QStringLiteral("stopped") << false;
    }
    // By applicant, a filter that leaves many cases walks applicants in name order (at a million
    // cases); here every filter is made to walk.
    QTest::addRow("applicants walked") << int(CaseSort::ApplicantName) << QString() << true;
    QTest::addRow("applicants walked, stopped") << int(CaseSort::ApplicantName) << QStringLiteral("stopped") << true;
}

void TestCaseKeyset::walkingEqualsOneLongPage()
{
    QFETCH(int, sort);
    QFETCH(QString, clock);
    QFETCH(bool, walkNames);
    CaseFilter f;
    f.sort = CaseSort(sort);
    if (!clock.isEmpty())
        QVERIFY(caseClockFilterFromKey(clock, &f.clock));
    CaseQueries q(m_f->system());
    QStringList all;
    for (const CaseRow& r : q.page(f, 0, 100000))
        all << r.registrationNumber;
    QVERIFY(all.size() > 20);
    if (walkNames) {
        q.setNameSortLimit(0);
        QStringList walkedAll;
        for (const CaseRow& r : q.page(f, 0, 100000))
            walkedAll << r.registrationNumber;
        QCOMPARE(walkedAll, all); // the same order either way
    }
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

void TestCaseKeyset::offsetPagesEqualOneLongPage()
{
    for (auto sort : {CaseSort::ReceivedNewest, CaseSort::ReceivedOldest}) {
        CaseFilter f;
        f.sort = sort;
        CaseQueries q(m_f->system());
        QStringList all;
        for (const CaseRow& r : q.page(f, 0, 100000))
            all << r.registrationNumber;
        QStringList paged;
        for (int offset = 0; offset < all.size(); offset += 37)
            for (const CaseRow& r : q.page(f, offset, 37))
                paged << r.registrationNumber;
        QCOMPARE(paged, all);
    }
}

// Schema 23: the list's default order (received, ties by id) is an index of its own, so an OFFSET
// walks index entries and reads no skipped case and sorts nothing (page 18,000 had read 900,000
// rows: 4 s at a million cases).
void TestCaseKeyset::receivedOrderIsReadFromTheIndexAlone()
{
    for (const char* order : {"c.received_at DESC, c.id DESC", "c.received_at, c.id"}) {
        SqlQuery plan(m_f->data().db().handle(),
                      QStringLiteral("EXPLAIN QUERY PLAN SELECT c.rowid FROM cases c ORDER BY %1 LIMIT 50 OFFSET 500")
                          .arg(QLatin1String(order)));
        plan.exec();
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("COVERING INDEX cases_received")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCaseKeyset)
#include "test_casekeyset.moc"
