#include "TestDatabase.h"
#include "catalog/CatalogRepository.h"
#include "catalog/StandardEvaluation.h"
#include "setup/Bootstrap.h"
#include "users/StaffRegister.h"

#include <QtTest>

using namespace loket;

// The standard's figures drive behaviour: component 14.1 "Evaluasi pelaksanaan standar pelayanan
// dan standar operasional prosedur setidaknya 1 (satu) kali dalam 1 (satu) tahun" and component
// 11 "Jumlah Pelaksana : 30 Orang", read from the imported text rather than constants.
class TestStandardEvaluation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void yearlyEvaluationIsDueAYearAfterTheVersionTookEffect();
    void figuresComeFromTheImportedStandard();
};

void TestStandardEvaluation::yearlyEvaluationIsDueAYearAfterTheVersionTookEffect()
{
    ServiceStandard s;
    s.validFrom = QDateTime(QDate(2025, 7, 1), QTime(8, 0), Clock::zone());
    QVERIFY(!StandardEvaluation::dueOn(s).isValid()); // the standard states no evaluation
    s.sopEvaluationsPerYear = 1;
    QCOMPARE(StandardEvaluation::dueOn(s), QDate(2026, 7, 1));
    QVERIFY(StandardEvaluation::describe(s, QDate(2026, 7, 1)).contains(QStringLiteral("2026")));
    QVERIFY(!StandardEvaluation::describe(s, QDate(2026, 7, 1)).contains(QStringLiteral("overdue")));
    QVERIFY(StandardEvaluation::describe(s, QDate(2026, 7, 2)).contains(QStringLiteral("overdue")));
    s.sopEvaluationsPerYear = 2;
    QCOMPARE(StandardEvaluation::dueOn(s), QDate(2026, 1, 1));
}

void TestStandardEvaluation::figuresComeFromTheImportedStandard()
{
    test::TestDatabase t;
    Bootstrap::ensureBuiltins(t.db(), t.clock());
    const QList<ServiceStandard> all = CatalogRepository(t.db()).listCurrent();
    QVERIFY(!all.isEmpty());
    const ServiceStandard& s = all.first();
    QCOMPARE(s.sopEvaluationsPerYear, 1);
    QCOMPARE(s.surveysPerYear, 4);
    QCOMPARE(s.staffCount, 30);
    QVERIFY(StandardEvaluation::dueOn(s).isValid());
    QCOMPARE(StaffRegister::standardCount(t.db()), 30);
}

QTEST_GUILESS_MAIN(TestStandardEvaluation)
#include "test_standardevaluation.moc"
