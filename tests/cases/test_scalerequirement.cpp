#include "CaseFixture.h"
#include "cases/ScaleRequirement.h"

#include <QtTest>

using namespace loket;

// Requirement U1 of the standard: "Skala industri kecil atau industri menengah". A micro or large
// business as the intake records it gets a visible warning on that line; the officer decides,
// and the warning stays in the case.
class TestScaleRequirement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void microAndLargeWarnSmallAndMediumDoNot();
    void theWarningIsKeptInTheCase();
};

void TestScaleRequirement::microAndLargeWarnSmallAndMediumDoNot()
{
    const QString u1 = QStringLiteral("Skala industri kecil atau industri menengah;");
    QVERIFY(ScaleRequirement::applies(u1));
    QVERIFY(!ScaleRequirement::applies(QStringLiteral("Memiliki akun Sistem Informasi Industri Nasional.")));
    QVERIFY(!ScaleRequirement::warning(u1, BusinessScale::Mikro).isEmpty());
    QVERIFY(!ScaleRequirement::warning(u1, BusinessScale::Besar).isEmpty());
    QVERIFY(ScaleRequirement::warning(u1, BusinessScale::Kecil).isEmpty());
    QVERIFY(ScaleRequirement::warning(u1, BusinessScale::Menengah).isEmpty());
    // The bands at their edges (PP 7/2021: capital without land and buildings).
    QCOMPARE(BusinessScaleRules::forCapital(1'000'000'000LL), BusinessScale::Mikro);
    QCOMPARE(BusinessScaleRules::forCapital(1'000'000'001LL), BusinessScale::Kecil);
    QCOMPARE(BusinessScaleRules::forCapital(10'000'000'000LL), BusinessScale::Menengah);
    QCOMPARE(BusinessScaleRules::forCapital(10'000'000'001LL), BusinessScale::Besar);

    test::CaseFixture f;
    const QHash<QString, QString> w = ScaleRequirement::warnings(f.standard(), BusinessScale::Besar);
    QCOMPARE(w.size(), 1);
    QVERIFY(ScaleRequirement::applies(f.standard().requirements.at(0).text));
    QVERIFY(w.contains(f.standard().requirements.at(0).key));
    QVERIFY(ScaleRequirement::warnings(f.standard(), BusinessScale::Kecil).isEmpty());
}

void TestScaleRequirement::theWarningIsKeptInTheCase()
{
    test::CaseFixture f;
    IntakeRequest r = f.request(7);
    r.business.capital = 600'000'000LL; // micro
    const CaseRecord c = CaseService::registerCase(f.system(), r).record;
    const QString u1 = f.standard().requirements.at(0).key;
    bool found = false;
    for (const ChecklistItem& item : c.checklist) {
        if (item.requirementKey != u1)
            continue;
        found = true;
        QVERIFY2(!item.note.isEmpty(), "the warning is not in the case");
        QCOMPARE(item.status, ChecklistStatus::Valid); // a warning, not a refusal
    }
    QVERIFY(found);
    // Stored: read back.
    const CaseRecord again = CaseService::get(f.system(), c.registrationNumber);
    for (const ChecklistItem& item : again.checklist)
        if (item.requirementKey == u1)
            QVERIFY(!item.note.isEmpty());
    // A small business gets none.
    IntakeRequest small = f.request(8);
    small.business.capital = 2'000'000'000LL;
    for (const ChecklistItem& item : CaseService::registerCase(f.system(), small).record.checklist)
        if (item.requirementKey == u1)
            QVERIFY(item.note.isEmpty());
}

QTEST_GUILESS_MAIN(TestScaleRequirement)
#include "test_scalerequirement.moc"
