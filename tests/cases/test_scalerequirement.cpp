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
    void resubmissionChecksAgain();
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

namespace {
QString noteOf(const QList<ChecklistItem>& items, const QString& key)
{
    for (const ChecklistItem& item : items)
        if (item.requirementKey == key)
            return item.note;
    return QStringLiteral("<no line>");
}
} // namespace

// "Skala industri kecil atau industri menengah" is checked again when a returned file comes back:
// the checklist handed in again (from a form without the note) still carries the warning, and a
// scale corrected since no longer does.
void TestScaleRequirement::resubmissionChecksAgain()
{
    test::CaseFixture f;
    const QString u1 = f.standard().requirements.at(0).key;
    IntakeRequest r = f.request(7, false); // incomplete: returned at intake
    r.business.capital = 600'000'000LL;    // micro
    const CaseRecord c = CaseService::registerCase(f.system(), r).record;
    QCOMPARE(c.stage, CaseStage::Returned);
    QVERIFY(!noteOf(c.checklist, u1).isEmpty());

    TransitionRequest again;
    again.checklist = f.checklist(true); // no notes
    QVERIFY(noteOf(again.checklist, u1).isEmpty());
    const CaseRecord back = CaseService::act(f.system(), c.registrationNumber, CaseAction::Resubmit, again);
    QVERIFY(back.stage != CaseStage::Returned);
    const QString warned = noteOf(back.checklist, u1);
    QCOMPARE(warned, ScaleRequirement::warning(f.standard().requirements.at(0).text, BusinessScale::Mikro));
    QCOMPARE(noteOf(CaseService::get(f.system(), c.registrationNumber).checklist, u1), warned); // stored

    // Returned again; meanwhile a new intake recorded the business as small: no warning any more.
    TransitionRequest ret;
    ret.reason = QStringLiteral("Fotokopi KTP tidak terbaca");
    CaseService::act(f.system(), c.registrationNumber, CaseAction::ReturnForCorrection, ret);
    IntakeRequest second = f.request(8);
    second.business = c.business;
    second.business.capital = 2'000'000'000LL;
    second.business.scale = BusinessScale::Kecil;
    CaseService::registerCase(f.system(), second);
    TransitionRequest third;
    third.checklist = CaseService::get(f.system(), c.registrationNumber).checklist; // carries the old warning
    QVERIFY(noteOf(third.checklist, u1).contains(warned));
    const CaseRecord now = CaseService::act(f.system(), c.registrationNumber, CaseAction::Resubmit, third);
    QVERIFY2(noteOf(now.checklist, u1).isEmpty(), qPrintable(noteOf(now.checklist, u1)));
}

QTEST_GUILESS_MAIN(TestScaleRequirement)
#include "test_scalerequirement.moc"
