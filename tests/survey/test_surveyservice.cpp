#include "CaseFixture.h"
#include "TestDatabase.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyService.h"

#include <QtTest>

using namespace loket;

class TestSurveyService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsAndComputesQuarter();
    void refusesIncompleteOrOutOfScale();
    void importIsAllOrNothing();
    void permissions();
    void periods();
    void periodsFollowTheStandardsSurveysPerYear_data();
    void periodsFollowTheStandardsSurveysPerYear();
    void semestersFromTheStandard();
    void sampleFollowsServedApplicants();

private:
    static SurveyResponse response(QDate on, int base);
};

SurveyResponse TestSurveyService::response(QDate on, int base)
{
    SurveyResponse r;
    r.receivedOn = on;
    r.serviceKbli = QStringLiteral("71205");
    for (int i = 1; i <= 9; ++i)
        r.answers.insert(QStringLiteral("U%1").arg(i), base);
    return r;
}

void TestSurveyService::recordsAndComputesQuarter()
{
    test::TestDatabase t(QDateTime(QDate(2026, 12, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    const Context supervisor = t.context(test::actorWith({Role::Supervisor}));
    SurveyService::record(clerk, response(QDate(2026, 7, 1), 4));
    SurveyService::record(clerk, response(QDate(2026, 9, 30), 3));
    SurveyService::record(clerk, response(QDate(2026, 10, 1), 1)); // next quarter
    const SurveyIndex q3 = SurveyService::index(supervisor, QStringLiteral("2026-Q3"));
    QCOMPARE(q3.respondents, 2);
    QVERIFY(qAbs(q3.ikm - 87.5) < 1e-9);
    QCOMPARE(q3.grade, QStringLiteral("B"));
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-Q4")).grade, QStringLiteral("D"));
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-Q3"), QStringLiteral("11111")).respondents, 0);
    // Each form is audited.
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'survey.record'"))
                 .scalar()
                 .toInt(),
             3);
}

void TestSurveyService::refusesIncompleteOrOutOfScale()
{
    test::TestDatabase t(QDateTime(QDate(2026, 12, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    SurveyResponse r = response(QDate(2026, 7, 1), 4);
    r.answers.remove(QStringLiteral("U7"));
    try {
        SurveyService::record(t.context(), r);
        QFAIL("incomplete form accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("U7"));
    }
    r = response(QDate(2026, 7, 1), 5);
    QVERIFY_THROWS_EXCEPTION(Error, SurveyService::record(t.context(), r));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM survey_responses")).scalar().toInt(), 0);
}

void TestSurveyService::importIsAllOrNothing()
{
    test::TestDatabase t(QDateTime(QDate(2026, 12, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    const QString good = QStringLiteral("received_on,service_kbli,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                                        "2026-07-02,71205,L,4,4,3,4,3,4,4,3,4\n"
                                        "2026-07-03,71205,P,3,3,3,3,3,3,3,3,3\n");
    QCOMPARE(SurveyService::importCsv(t.context(), good), 2);
    const QString bad = QStringLiteral("received_on,service_kbli,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
                                       "2026-07-04,71205,L,4,4,3,4,3,4,4,3,4\n"
                                       "2026-07-05,71205,X,3,3,3,3,3,3,3,3,3\n"
                                       "2026-07-06,71205,P,3,3,3,3,3,3,9,3,3\n");
    try {
        SurveyService::importCsv(t.context(), bad);
        QFAIL("bad file imported");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("3")) && e.message().contains(QStringLiteral("gender")),
                 qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("U7")), qPrintable(e.message()));
    }
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT count(*) FROM survey_responses")).scalar().toInt(), 2);
}

void TestSurveyService::permissions()
{
    test::TestDatabase t(QDateTime(QDate(2026, 12, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    QVERIFY_THROWS_EXCEPTION(Error, SurveyService::record(t.context(test::actorWith({Role::TechnicalTeam})),
                                                          response(QDate(2026, 7, 1), 4)));
    QVERIFY_THROWS_EXCEPTION(
        Error, SurveyService::index(t.context(test::actorWith({Role::FrontDesk})), QStringLiteral("2026-Q3")));
    SurveyService::index(t.context(test::actorWith({Role::Head})), QStringLiteral("2026-Q3"));
}

void TestSurveyService::periods()
{
    QCOMPARE(SurveyService::periodOf(QDate(2026, 3, 31)), QStringLiteral("2026-Q1"));
    QCOMPARE(SurveyService::periodOf(QDate(2026, 4, 1)), QStringLiteral("2026-Q2"));
    QDate from, to;
    QVERIFY(SurveyService::parsePeriod(QStringLiteral("2026-q4"), &from, &to));
    QCOMPARE(from, QDate(2026, 10, 1));
    QCOMPARE(to, QDate(2026, 12, 31));
    QVERIFY(!SurveyService::parsePeriod(QStringLiteral("2026-Q5"), &from, &to));
    test::TestDatabase t(QDateTime(QDate(2026, 12, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    QVERIFY_THROWS_EXCEPTION(Error, SurveyService::index(t.context(), QStringLiteral("Q3 2026")));
}

void TestSurveyService::periodsFollowTheStandardsSurveysPerYear_data()
{
    QTest::addColumn<int>("perYear");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("june30");
    QTest::addColumn<QString>("july1");
    QTest::addColumn<int>("periods");
    QTest::newRow("4: quarters") << 4 << 3 << "2026-Q2"
                                 << "2026-Q3" << 4;
    QTest::newRow("2: semesters") << 2 << 6 << "2026-S1"
                                  << "2026-S2" << 2;
    QTest::newRow("12: months") << 12 << 1 << "2026-06"
                                << "2026-07" << 12;
    QTest::newRow("1: the year") << 1 << 12 << "2026"
                                 << "2026" << 1;
    QTest::newRow("3: four months") << 3 << 4 << "2026-T2"
                                    << "2026-T2" << 3;
    QTest::newRow("6: two months") << 6 << 2 << "2026-B3"
                                   << "2026-B4" << 6;
    QTest::newRow("5: at least five") << 5 << 2 << "2026-B3"
                                      << "2026-B4" << 6;
    QTest::newRow("0: not stated") << 0 << 3 << "2026-Q2"
                                   << "2026-Q3" << 4;
}

// Component 14: "survey kepuasan pelanggan 4 (empat) kali dalam 1 (satu) tahun" sets the period;
// 30 June and 1 July sit on the edge of a quarter and of a semester.
void TestSurveyService::periodsFollowTheStandardsSurveysPerYear()
{
    QFETCH(int, perYear);
    QFETCH(int, months);
    QFETCH(QString, june30);
    QFETCH(QString, july1);
    QFETCH(int, periods);
    QCOMPARE(SurveyService::monthsPerPeriod(perYear), months);
    QCOMPARE(SurveyService::periodOf(QDate(2026, 6, 30), months), june30);
    QCOMPARE(SurveyService::periodOf(QDate(2026, 7, 1), months), july1);
    const QList<SurveyPeriod> list = SurveyService::periodsOfYear(2026, months);
    QCOMPARE(list.size(), periods);
    QCOMPARE(list.first().from, QDate(2026, 1, 1));
    QCOMPARE(list.last().to, QDate(2026, 12, 31));
    for (const SurveyPeriod& p : list) {
        QDate from, to;
        QVERIFY2(SurveyService::parsePeriod(p.key, &from, &to), qPrintable(p.key));
        QCOMPARE(from, p.from);
        QCOMPARE(to, p.to);
        QCOMPARE(SurveyService::periodOf(p.to, months), p.key);
        QCOMPARE(SurveyService::periodOf(p.to.addDays(1), months) == p.key, false);
        QVERIFY(!p.title.isEmpty());
    }
}

void TestSurveyService::semestersFromTheStandard()
{
    test::TestDatabase t(QDateTime(QDate(2026, 7, 1), QTime(9, 0), Clock::zone()));
    CatalogService::importBuiltinIfEmpty(t.db(), t.clock());
    QCOMPARE(SurveyService::surveysPerYear(t.db()), 4);
    QCOMPARE(SurveyService::periodFor(t.db(), QDate(2026, 7, 1)), QStringLiteral("2026-Q3"));
    ServiceStandard standard = *CatalogRepository(t.db()).currentByKbli(QStringLiteral("71205"));
    standard.surveysPerYear = 2;
    CatalogService::saveNewVersion(t.context(test::actorWith({Role::Admin})), standard);
    QCOMPARE(SurveyService::surveysPerYear(t.db()), 2);
    QCOMPARE(SurveyService::periodFor(t.db(), QDate(2026, 6, 30)), QStringLiteral("2026-S1"));
    QCOMPARE(SurveyService::periodFor(t.db(), QDate(2026, 7, 1)), QStringLiteral("2026-S2"));
    QCOMPARE(SurveyService::periodsOfYear(t.db(), 2026).size(), 2);

    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    const Context supervisor = t.context(test::actorWith({Role::Supervisor}));
    SurveyService::record(clerk, response(QDate(2026, 1, 2), 4));
    SurveyService::record(clerk, response(QDate(2026, 6, 30), 3)); // last day of the first semester
    SurveyService::record(clerk, response(QDate(2026, 7, 1), 2));  // first day of the second
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-S1")).respondents, 2);
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-S2")).respondents, 1);
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026")).respondents, 3);
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-Q2")).respondents,
             1); // older period forms still read
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT period FROM survey_responses WHERE received_on = "
                                                      "'2026-07-01'"))
                 .scalar()
                 .toString(),
             QStringLiteral("2026-S2"));
    try {
        SurveyService::index(supervisor, QStringLiteral("2026-S3"));
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("period"));
        QVERIFY2(e.message().contains(QStringLiteral("2026-S2")), qPrintable(e.message()));
    }
}

void TestSurveyService::sampleFollowsServedApplicants()
{
    // Three files handed over in 2026-Q1 (one more issued but not yet received): the survey of
    // that quarter samples those three applicants.
    test::CaseFixture f; // 5 January 2026
    for (int i = 1; i <= 3; ++i)
        f.caseAt(CaseStage::HandedOver, i);
    f.caseAt(CaseStage::Issued, 4);
    const Context clerk = f.as({Role::FrontDesk});
    const Context supervisor = f.as({Role::Supervisor});
    f.data().clock().set(QDateTime(QDate(2026, 3, 31), QTime(9, 0), Clock::zone())); // forms are never in the future
    SurveyService::record(clerk, response(QDate(2026, 1, 5), 4));
    SurveyService::record(clerk, response(QDate(2026, 1, 6), 3));

    SurveyIndex q1 = SurveyService::index(supervisor, QStringLiteral("2026-Q1"));
    QCOMPARE(q1.population, 3);
    QCOMPARE(q1.sampleNeeded, SurveyIndex::sampleSize(3));
    QCOMPARE(q1.sampleNeeded, 3);
    QVERIFY(!q1.sampleEnough());
    QVERIFY2(q1.sampleText().contains(QStringLiteral("1 more")), qPrintable(q1.sampleText()));
    SurveyService::record(clerk, response(QDate(2026, 2, 2), 4));
    q1 = SurveyService::index(supervisor, QStringLiteral("2026-Q1"));
    QVERIFY(q1.sampleEnough());
    QVERIFY2(q1.sampleText().endsWith(QStringLiteral("reached.")), qPrintable(q1.sampleText()));

    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-Q1"), QStringLiteral("71205")).population, 3);
    QCOMPARE(SurveyService::index(supervisor, QStringLiteral("2026-Q1"), QStringLiteral("10710")).population, 0);
    const SurveyIndex q2 = SurveyService::index(supervisor, QStringLiteral("2026-Q2"));
    QCOMPARE(q2.population, 0);
    QVERIFY(q2.sampleText().contains(QStringLiteral("No file")));
}

QTEST_GUILESS_MAIN(TestSurveyService)
#include "test_surveyservice.moc"
