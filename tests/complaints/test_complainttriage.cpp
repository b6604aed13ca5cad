#include "complaints/ComplaintTriage.h"

#include "common/Clock.h"

#include <QtTest>

using namespace loket;

// The standard's triage rules at their edges (component 6, items 2, 3 and 5b).
class TestComplaintTriage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowEdges_data();
    void windowEdges();
    void missingIdentityIsSuggestion();
    void idNumberAloneIsIdentity();
    void missingObjectIsSuggestion();
    void windowIsCheckedBeforeIdentity();
    void noRelatedCaseHasNoWindow();
    void unknownCaseAndNotHandedOver();
    void explanationsNameTheRule();
    void otherWindowFromTheStandard();

private:
    static TriageInput base();
};

TriageInput TestComplaintTriage::base()
{
    TriageInput in;
    in.complainantName = QStringLiteral("Siti Rahma");
    in.objectText = QStringLiteral("Berkas dikembalikan tanpa penjelasan");
    in.caseRegNumber = QStringLiteral("C01-2026-00012");
    in.caseFound = true;
    return in;
}

void TestComplaintTriage::windowEdges_data()
{
    QTest::addColumn<QDate>("handedOver");
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<bool>("complaint");
    QTest::addColumn<int>("days");
    const QTimeZone wib = Clock::zone();
    QTest::newRow("day 0") << QDate(2026, 2, 2) << QDateTime(QDate(2026, 2, 2), QTime(15, 0), wib) << true << 0;
    QTest::newRow("day 30") << QDate(2026, 2, 2) << QDateTime(QDate(2026, 3, 4), QTime(23, 59), wib) << true << 30;
    QTest::newRow("day 31") << QDate(2026, 2, 2) << QDateTime(QDate(2026, 3, 5), QTime(0, 1), wib) << false << 31;
    // January has 31 days: 20 January + 30 = 19 February.
    QTest::newRow("month end, day 30") << QDate(2026, 1, 20) << QDateTime(QDate(2026, 2, 19), QTime(9, 0), wib)
                                       << true << 30;
    QTest::newRow("month end, day 31") << QDate(2026, 1, 20) << QDateTime(QDate(2026, 2, 20), QTime(9, 0), wib)
                                       << false << 31;
    // February 2026 has 28 days: 15 February + 30 = 17 March.
    QTest::newRow("february, day 30") << QDate(2026, 2, 15) << QDateTime(QDate(2026, 3, 17), QTime(9, 0), wib)
                                      << true << 30;
    QTest::newRow("february, day 31") << QDate(2026, 2, 15) << QDateTime(QDate(2026, 3, 18), QTime(9, 0), wib)
                                      << false << 31;
    QTest::newRow("year end, day 31") << QDate(2025, 12, 15) << QDateTime(QDate(2026, 1, 15), QTime(8, 0), wib)
                                      << false << 31;
}

void TestComplaintTriage::windowEdges()
{
    QFETCH(QDate, handedOver);
    QFETCH(QDateTime, received);
    QFETCH(bool, complaint);
    QFETCH(int, days);
    TriageInput in = base();
    in.serviceReceivedOn = handedOver;
    in.received = received;
    const TriageResult r = ComplaintTriage::evaluate(in);
    QCOMPARE(r.daysSinceService, days);
    QCOMPARE(r.kind, complaint ? ComplaintKind::Complaint : ComplaintKind::Suggestion);
    QCOMPARE(r.rule, complaint ? ComplaintTriage::RuleWithinWindow : ComplaintTriage::RuleAfterWindow);
    QCOMPARE(r.windowEnd, handedOver.addDays(30));
}

void TestComplaintTriage::missingIdentityIsSuggestion()
{
    TriageInput in = base();
    in.received = QDateTime(QDate(2026, 2, 3), QTime(10, 0), Clock::zone());
    in.serviceReceivedOn = QDate(2026, 2, 2);
    in.complainantName = QStringLiteral("   ");
    const TriageResult r = ComplaintTriage::evaluate(in);
    QCOMPARE(r.kind, ComplaintKind::Suggestion);
    QCOMPARE(r.rule, ComplaintTriage::RuleNoIdentity);
}

void TestComplaintTriage::idNumberAloneIsIdentity()
{
    TriageInput in = base();
    in.received = QDateTime(QDate(2026, 2, 3), QTime(10, 0), Clock::zone());
    in.complainantName.clear();
    in.complainantIdNumber = QStringLiteral("3214011501900001");
    in.caseRegNumber.clear();
    QCOMPARE(ComplaintTriage::evaluate(in).kind, ComplaintKind::Complaint);
}

void TestComplaintTriage::missingObjectIsSuggestion()
{
    TriageInput in = base();
    in.received = QDateTime(QDate(2026, 2, 3), QTime(10, 0), Clock::zone());
    in.serviceReceivedOn = QDate(2026, 2, 2);
    in.objectText.clear();
    const TriageResult r = ComplaintTriage::evaluate(in);
    QCOMPARE(r.kind, ComplaintKind::Suggestion);
    QCOMPARE(r.rule, ComplaintTriage::RuleNoObject);
}

void TestComplaintTriage::windowIsCheckedBeforeIdentity()
{
    TriageInput in = base();
    in.serviceReceivedOn = QDate(2026, 1, 2);
    in.received = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone());
    in.complainantName.clear();
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleAfterWindow);
}

void TestComplaintTriage::noRelatedCaseHasNoWindow()
{
    TriageInput in = base();
    in.caseRegNumber.clear();
    in.caseFound = false;
    in.serviceReceivedOn = QDate(); // a visit whose day is not known
    in.received = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone());
    const TriageResult r = ComplaintTriage::evaluate(in);
    QCOMPARE(r.kind, ComplaintKind::Complaint);
    QCOMPARE(r.rule, ComplaintTriage::RuleNoRelatedCase);
    QCOMPARE(r.daysSinceService, -1);
    // A visit without a case still has its service day: "sejak pemohon menerima pelayanan".
    in.serviceReceivedOn = QDate(2026, 1, 30); // day 31
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleAfterWindow);
    in.serviceReceivedOn = QDate(2026, 1, 31); // day 30
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleWithinWindow);
}

void TestComplaintTriage::unknownCaseAndNotHandedOver()
{
    TriageInput in = base();
    in.received = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone());
    in.caseFound = false;
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleCaseUnknown);
    in.caseFound = true;
    in.serviceReceivedOn = QDate();
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleNotHandedOver);
    QCOMPARE(ComplaintTriage::evaluate(in).kind, ComplaintKind::Complaint);
}

void TestComplaintTriage::explanationsNameTheRule()
{
    TriageInput in = base();
    in.serviceReceivedOn = QDate(2026, 2, 2);
    in.received = QDateTime(QDate(2026, 3, 5), QTime(9, 0), Clock::zone());
    const TriageResult late = ComplaintTriage::evaluate(in);
    QVERIFY(late.explanation().contains(QStringLiteral("31")));
    QVERIFY(late.explanation().contains(QStringLiteral("30")));
    for (const QString& rule : ComplaintTriage::ruleKeys()) {
        TriageResult r;
        r.rule = rule;
        QVERIFY2(!r.explanation().isEmpty() && r.explanation() != rule, qPrintable(rule));
        QVERIFY(ComplaintTriage::ruleTitle(rule) != rule);
    }
}

void TestComplaintTriage::otherWindowFromTheStandard()
{
    TriageInput in = base();
    in.windowCalendarDays = 14;
    in.serviceReceivedOn = QDate(2026, 2, 2);
    in.received = QDateTime(QDate(2026, 2, 17), QTime(9, 0), Clock::zone());
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleAfterWindow);
    in.received = QDateTime(QDate(2026, 2, 16), QTime(9, 0), Clock::zone());
    QCOMPARE(ComplaintTriage::evaluate(in).rule, ComplaintTriage::RuleWithinWindow);
}

QTEST_GUILESS_MAIN(TestComplaintTriage)
#include "test_complainttriage.moc"
