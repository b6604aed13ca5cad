#include "CaseFixture.h"
#include "common/Error.h"
#include "reports/SlaDashboard.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

class TestSlaDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsClocksAcrossTheWorkingWeek();
    void finishedCasesCountAsMetOrMissed();
    void onlyReportRolesMaySeeIt();
};

namespace {
const SlaGroup* group(const QList<SlaGroup>& groups, const QString& key)
{
    for (const SlaGroup& g : groups)
        if (g.key == key)
            return &g;
    return nullptr;
}
} // namespace

void TestSlaDashboard::countsClocksAcrossTheWorkingWeek()
{
    CaseFixture f(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()));
    // Monday 5 January: due on the 7th working day after, Wednesday 14 January.
    QVERIFY(CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(1)).registered);
    // Thursday 8 January: Isra Mikraj (Friday 16 January) pushes the due date to Tuesday 20 January.
    f.data().clock().set(QDateTime(QDate(2026, 1, 8), QTime(10, 0), Clock::zone()));
    QVERIFY(CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("budi")), f.request(2)).registered);
    // An incomplete file waits with the applicant, with no clock.
    QVERIFY(!CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("budi")), f.request(3, false)).registered);

    const Context supervisor = f.as({Role::Supervisor}, QStringLiteral("kasi"));
    f.data().clock().set(QDateTime(QDate(2026, 1, 13), QTime(9, 0), Clock::zone()));
    SlaSnapshot s = SlaDashboard::compute(supervisor);
    QCOMPARE(s.cases.open, 3);
    QCOMPARE(s.cases.atRisk, 1);   // the first: one working day left
    QCOMPARE(s.cases.onTrack, 1);  // the second: four left
    QCOMPARE(s.cases.overdue, 0);
    QCOMPARE(s.lateCases.size(), 1);
    QCOMPARE(s.lateCases.first().due, QDate(2026, 1, 14));

    f.data().clock().set(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Clock::zone()));
    s = SlaDashboard::compute(supervisor);
    QCOMPARE(s.cases.overdue, 1);
    QCOMPARE(s.cases.atRisk, 1);
    QCOMPARE(s.lateCases.first().workingDaysLate, 1);
    QCOMPARE(s.lateCases.at(1).due, QDate(2026, 1, 20));
    const SlaGroup* siti = group(s.byOfficer, QStringLiteral("siti"));
    QVERIFY(siti);
    QCOMPARE(siti->counts.overdue, 1);
    const SlaGroup* registered = group(s.byStage, QStringLiteral("registered"));
    QVERIFY(registered);
    QCOMPARE(registered->counts.open, 2);
    const SlaGroup* service = group(s.byService, QStringLiteral("71205"));
    QVERIFY(service);
    QCOMPARE(service->counts.open, 3);

    // Every table exports with the same columns as its header.
    for (const ReportTable& t : s.tables())
        for (const QVariantList& row : t.rows)
            QCOMPARE(row.size(), t.headers.size());
    QCOMPARE(s.toJson().value(QStringLiteral("cases")).toObject().value(QStringLiteral("overdue")).toInt(), 1);
}

void TestSlaDashboard::finishedCasesCountAsMetOrMissed()
{
    CaseFixture f(QDateTime(QDate(2026, 2, 2), QTime(9, 0), Clock::zone()));
    f.caseAt(CaseStage::Issued, 1); // issued the same day: in time
    const SlaSnapshot s = SlaDashboard::compute(f.as({Role::Head}));
    QCOMPARE(s.metThisMonth, 1);
    QCOMPARE(s.missedThisMonth, 0);
    QCOMPARE(s.cases.open, 0);
}

void TestSlaDashboard::onlyReportRolesMaySeeIt()
{
    CaseFixture f;
    QVERIFY_THROWS_EXCEPTION(Error, SlaDashboard::compute(f.as({Role::FrontDesk})));
    QVERIFY_THROWS_EXCEPTION(Error, SlaDashboard::compute(f.as({Role::TechnicalTeam})));
    SlaDashboard::compute(f.as({Role::Supervisor}));
}

QTEST_GUILESS_MAIN(TestSlaDashboard)
#include "test_sladashboard.moc"
