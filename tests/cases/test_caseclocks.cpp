#include "CaseFixture.h"
#include "calendar/CalendarService.h"
#include "cases/CaseClocks.h"
#include "cases/CaseDeadlineSource.h"
#include "cases/CaseQueries.h"
#include "catalog/CatalogService.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

class TestCaseClocks : public QObject
{
    Q_OBJECT
private slots:
    void returnAndRestart();
    void returnAndPause();
    void incompleteAtIntakeStartsOnResubmission();
    void resubmittedStillIncompleteStaysReturned();
    void lateIssueIsMissed();
    void calendarChangeMovesCachedDeadlines();
    void atRiskFromTheOfficeThreshold();
    void stageAtRiskFromItsOwnThreshold();
    void stoppedClockShowsNoRisk();
    void noStageBudgetNoStageDeadline();
    void officeStageBudgetGivesStageDeadline();
    void budgetAfterClockStopIsIgnored();

private:
    static TransitionRequest reason(const QString& text)
    {
        TransitionRequest t;
        t.reason = text;
        return t;
    }
};

void TestCaseClocks::returnAndRestart()
{
    // Built-in standard: 7 working days, the clock restarts on resubmission.
    CaseFixture f; // Monday 5 January 2026
    QCOMPARE(f.standard().resubmission, ResubmissionRule::Restart);
    const QString reg = f.caseAt(CaseStage::Verification).registrationNumber;
    f.data().clock().advanceDays(2); // Wednesday 7
    CaseRecord c = CaseService::act(f.as({Role::BackOffice}), reg, CaseAction::ReturnForCorrection,
                                    reason(QStringLiteral("NPWP tidak terbaca")));
    QCOMPARE(c.stage, CaseStage::Returned);
    QCOMPARE(c.returnedFrom, QStringLiteral("verification"));
    QCOMPARE(c.clock, QStringLiteral("paused"));
    QVERIFY(!c.dueDate.isValid());
    QCOMPARE(CaseService::view(f.system(), reg).completion.paused, true);

    f.data().clock().advanceDays(5); // Monday 12
    TransitionRequest back;
    back.checklist = f.checklist(true);
    c = CaseService::act(f.as({Role::FrontDesk}), reg, CaseAction::Resubmit, back);
    QCOMPARE(c.stage, CaseStage::Verification); // back where it was returned from
    QCOMPARE(c.clock, QStringLiteral("running"));
    // Day 0 is Monday 12; 7 working days with Isra Mikraj on Friday 16: Thursday 22.
    QCOMPARE(c.dueDate, QDate(2026, 1, 22));
    const CaseView v = CaseService::view(f.system(), reg);
    QCOMPARE(v.completion.used, 0);
    QCOMPARE(v.completion.ledger.size(), 3); // start, pause, restart
}

void TestCaseClocks::returnAndPause()
{
    CaseFixture f;
    ServiceStandard paused = f.standard();
    paused.resubmission = ResubmissionRule::Pause;
    const ServiceStandard saved = CatalogService::saveNewVersion(f.system(), paused);
    QVERIFY(saved.id != f.standard().id);
    IntakeRequest r = f.request(1);
    r.standardId = saved.id;
    const QString reg = CaseService::registerCase(f.system(), r).record.registrationNumber;
    f.data().clock().advanceDays(2); // Wednesday 7: 2 working days used
    CaseService::act(f.system(), reg, CaseAction::ReturnForCorrection, reason(QStringLiteral("perbaiki")));
    f.data().clock().advanceDays(5); // Monday 12
    TransitionRequest back;
    back.checklist = f.checklist(true);
    const CaseRecord c = CaseService::act(f.system(), reg, CaseAction::Resubmit, back);
    QCOMPARE(c.stage, CaseStage::Registered);
    // 5 working days left from Monday 12 (Friday 16 is a holiday): Tuesday 20.
    QCOMPARE(c.dueDate, QDate(2026, 1, 20));
    QCOMPARE(CaseService::view(f.system(), reg).completion.used, 2);
    // The case keeps the version it was filed under even after the catalogue changes again.
    QCOMPARE(c.standardId, saved.id);
}

void TestCaseClocks::incompleteAtIntakeStartsOnResubmission()
{
    CaseFixture f;
    const QString reg = CaseService::registerCase(f.system(), f.request(1, false)).record.registrationNumber;
    QCOMPARE(CaseService::view(f.system(), reg).completion.state, ClockState::NotStarted);
    f.data().clock().advanceDays(3); // Thursday 8
    TransitionRequest back;
    back.checklist = f.checklist(true);
    const CaseRecord c = CaseService::act(f.as({Role::FrontDesk}), reg, CaseAction::Resubmit, back);
    QCOMPARE(c.stage, CaseStage::Registered);
    QCOMPARE(c.completeAt.date(), QDate(2026, 1, 8));
    QCOMPARE(c.dueDate, QDate(2026, 1, 20));
    QCOMPARE(c.receivedAt.date(), QDate(2026, 1, 5)); // first handed in stays on record
}

void TestCaseClocks::resubmittedStillIncompleteStaysReturned()
{
    CaseFixture f;
    const QString reg = CaseService::registerCase(f.system(), f.request(1, false)).record.registrationNumber;
    TransitionRequest back;
    back.checklist = f.checklist(false);
    const CaseRecord c = CaseService::act(f.system(), reg, CaseAction::Resubmit, back);
    QCOMPARE(c.stage, CaseStage::Returned);
    QCOMPARE(c.clock, QStringLiteral("none"));
    QVERIFY(c.events.last().note.contains(QStringLiteral("U2")));
    QCOMPARE(SqlQuery(f.data().db().handle(), QStringLiteral("SELECT count(*) FROM case_clock_events")).scalar().toInt(), 0);
}

void TestCaseClocks::lateIssueIsMissed()
{
    CaseFixture f;
    const QString reg = f.caseAt(CaseStage::Signature).registrationNumber;
    f.data().clock().set(QDateTime(QDate(2026, 1, 20), QTime(10, 0), Clock::zone()));
    TransitionRequest t;
    t.nibNumber = QStringLiteral("9120000000999");
    t.permitNumber = QStringLiteral("503/999/IZIN/2026");
    CaseService::act(f.system(), reg, CaseAction::Issue, t);
    const CaseView v = CaseService::view(f.system(), reg);
    QCOMPARE(v.completion.state, ClockState::Missed);
    QCOMPARE(v.completion.stoppedOn, QDate(2026, 1, 20));
    // Stage budgets follow the timeline: the signature stage took too long as well.
    QVERIFY(!v.stages.isEmpty());
    QCOMPARE(v.stages.first().stage, QStringLiteral("registered"));
}

// The standard states only the whole completion time ("7 (tujuh) hari kerja"): with no stage
// budgets from the office a stage has no deadline, and is never at risk or overdue.
void TestCaseClocks::noStageBudgetNoStageDeadline()
{
    CaseFixture f;
    QVERIFY(f.standard().stageBudgets.isEmpty());
    const QString reg = f.caseAt(CaseStage::Verification).registrationNumber;
    f.data().clock().set(QDateTime(QDate(2026, 2, 20), QTime(10, 0), Clock::zone()));
    const CaseView v = CaseService::view(f.system(), reg);
    QVERIFY(!v.stages.isEmpty());
    for (const StageResult& s : v.stages) {
        QVERIFY2(!s.hasBudget, qPrintable(s.stage));
        QVERIFY(s.state != ClockState::Overdue && s.state != ClockState::AtRisk && s.state != ClockState::Missed);
        QVERIFY(!s.dueDate.isValid());
    }
    QCOMPARE(v.completion.state, ClockState::Overdue); // the whole time still counts
    QVERIFY(!CaseService::get(f.system(), reg).figures.stageDueDate.isValid());
}

void TestCaseClocks::officeStageBudgetGivesStageDeadline()
{
    CaseFixture f;
    const QString reg = f.caseAt(CaseStage::Verification).registrationNumber;
    ServiceStandard s = f.standard();
    s.stageBudgets = {{QStringLiteral("verification"), 2}}; // as the office sets it in the editor
    const auto calendar = CalendarService::current(f.data().db());
    const CaseRecord c = CaseService::get(f.system(), reg);
    QList<StageResult> stages = CaseClocks::stages(*calendar, s, c, QDate(2026, 1, 9), 1);
    QCOMPARE(stages.last().stage, QStringLiteral("verification"));
    QVERIFY(stages.last().hasBudget);
    QCOMPARE(stages.last().dueDate, QDate(2026, 1, 7));
    QCOMPARE(stages.last().state, ClockState::Overdue);
    QVERIFY(!stages.first().hasBudget); // registered: no budget, no deadline
    CaseRecord cached = c;
    CaseClocks::cache(*calendar, CaseClocks::rule(f.data().db(), s), cached, QDate(2026, 1, 9),
                      CaseClocks::stageBudgets(s));
    QCOMPARE(cached.figures.stageDueDate, QDate(2026, 1, 7));
}

// "Stops when the permit is issued": a version saved before budgets after the stop were refused
// may carry one for `issued`; it gives that stage no deadline.
void TestCaseClocks::budgetAfterClockStopIsIgnored()
{
    ServiceStandard s;
    s.stageBudgets = {{QStringLiteral("signature"), 1}, {QStringLiteral("issued"), 1}};
    const QHash<QString, int> budgets = CaseClocks::stageBudgets(s);
    QCOMPARE(budgets.size(), 1);
    QCOMPARE(budgets.value(QStringLiteral("signature")), 1);
    QVERIFY(!budgets.contains(QStringLiteral("issued")));
}

void TestCaseClocks::calendarChangeMovesCachedDeadlines()
{
    CaseFixture f;
    const QString reg = f.caseAt(CaseStage::Verification).registrationNumber;
    QCOMPARE(CaseService::get(f.system(), reg).dueDate, QDate(2026, 1, 14));
    // The office closes on Tuesday 13 January: the deadline moves one working day.
    const CalendarChangeResult change =
        CalendarService::setDay(f.system(), QDate(2026, 1, 13), DayKind::LocalClosure, QStringLiteral("Banjir"),
                                QStringLiteral("Kantor tutup"));
    bool reported = false;
    for (const MovedDeadline& m : change.moved)
        reported = reported || (m.label == reg && m.after == QDate(2026, 1, 15));
    QVERIFY(reported);
    // The cached deadline (used by the overdue/at-risk filters) is refreshed on the next read.
    CaseQueries q(f.system());
    q.page(CaseFilter{}, 0, 10);
    QCOMPARE(CaseService::get(f.system(), reg).dueDate, QDate(2026, 1, 15));
    QCOMPARE(CaseDeadlineSource().openDeadlines(f.system()).size(), 1);
}

namespace {
// The clock state of a case on `day`, computed fresh and as the case list reads its stored figures.
ClockState stateOn(CaseFixture& f, const QString& reg, QDate day, CaseClockFilter* stored)
{
    f.data().clock().set(QDateTime(day, QTime(9, 0), Clock::zone()));
    const ClockState fresh = CaseService::view(f.system(), reg).completion.state;
    CaseFilter filter;
    filter.search = reg;
    *stored = CaseClockFilter::Any;
    for (auto c : {CaseClockFilter::OnTrack, CaseClockFilter::AtRisk, CaseClockFilter::Overdue}) {
        filter.clock = c;
        if (CaseQueries(f.system()).count(filter) == 1)
            *stored = c;
    }
    return fresh;
}
} // namespace

void TestCaseClocks::atRiskFromTheOfficeThreshold()
{
    // 7 working days from Monday 5 January 2026: due Wednesday 14 (H-0). H-1 is Tuesday 13,
    // H-2 Monday 12, H-3 Friday 9.
    CaseFixture f;
    QCOMPARE(f.standard().completionWorkingDays, 7);
    const QString reg = f.caseAt(CaseStage::Verification).registrationNumber;
    QCOMPARE(CaseService::view(f.system(), reg).completion.dueDate, QDate(2026, 1, 14));
    CaseClockFilter stored;
    // Default H-2: the stored figures (the list, the dashboard) agree with a fresh evaluation.
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 9), &stored), ClockState::OnTrack); // H-3
    QCOMPARE(stored, CaseClockFilter::OnTrack);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 12), &stored), ClockState::AtRisk); // H-2
    QCOMPARE(stored, CaseClockFilter::AtRisk);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 13), &stored), ClockState::AtRisk); // H-1
    QCOMPARE(stored, CaseClockFilter::AtRisk);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 15), &stored), ClockState::Overdue);
    QCOMPARE(stored, CaseClockFilter::Overdue);

    // The office sets H-1 (an office-wide setting, sla.*): H-2 is on track, and the stored
    // figures follow the new threshold at once.
    SettingsRepository(f.data().db()).set(f.system(), CalendarService::atRiskKey(), QStringLiteral("1"));
    QCOMPARE(CalendarService::atRiskDays(f.data().db()), 1);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 12), &stored), ClockState::OnTrack); // H-2
    QCOMPARE(stored, CaseClockFilter::OnTrack);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 13), &stored), ClockState::AtRisk); // H-1
    QCOMPARE(stored, CaseClockFilter::AtRisk);
    // H-3.
    SettingsRepository(f.data().db()).set(f.system(), CalendarService::atRiskKey(), QStringLiteral("3"));
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 8), &stored), ClockState::OnTrack); // H-4
    QCOMPARE(stored, CaseClockFilter::OnTrack);
    QCOMPARE(stateOn(f, reg, QDate(2026, 1, 9), &stored), ClockState::AtRisk); // H-3
    QCOMPARE(stored, CaseClockFilter::AtRisk);
}

void TestCaseClocks::stageAtRiskFromItsOwnThreshold()
{
    CaseFixture f; // Monday 5 January 2026
    CaseRecord c = f.caseAt(CaseStage::Verification);
    ServiceStandard standard = f.standard();
    standard.stageBudgets = {StageBudget{QStringLiteral("verification"), 2}};
    const auto calendar = CalendarService::current(f.data().db());
    const int threshold = CalendarService::stageAtRiskDays(f.data().db());
    QCOMPARE(threshold, 1); // H-1 by default
    auto stageState = [&](QDate day) {
        const CaseRecord r = CaseService::get(f.system(), c.registrationNumber);
        return CaseClocks::stages(*calendar, standard, r, day, threshold).constLast().state;
    };
    // A 2-day stage is not at risk the moment it starts (it was, with the clock's H-2).
    QCOMPARE(stageState(QDate(2026, 1, 5)), ClockState::OnTrack); // H-2
    QCOMPARE(stageState(QDate(2026, 1, 6)), ClockState::AtRisk);  // H-1
    QCOMPARE(stageState(QDate(2026, 1, 7)), ClockState::AtRisk);  // H-0
    QCOMPARE(stageState(QDate(2026, 1, 8)), ClockState::Overdue);
    SettingsRepository(f.data().db()).set(f.system(), CalendarService::stageAtRiskKey(), QStringLiteral("2"));
    const int office = CalendarService::stageAtRiskDays(f.data().db());
    QCOMPARE(office, 2);
    // An office that sets H-2 for stages: a 2-day stage is at risk from its start.
    const CaseRecord r = CaseService::get(f.system(), c.registrationNumber);
    QCOMPARE(CaseClocks::stages(*calendar, standard, r, QDate(2026, 1, 5), office).constLast().state,
             ClockState::AtRisk);
}

void TestCaseClocks::stoppedClockShowsNoRisk()
{
    CaseFixture f; // Monday 5 January 2026
    const CaseRecord c = f.caseAt(CaseStage::Issued);
    QCOMPARE(c.stage, CaseStage::Issued);
    ServiceStandard standard = f.standard();
    standard.stageBudgets = {StageBudget{QStringLiteral("issued"), 1}};
    const auto calendar = CalendarService::current(f.data().db());
    const CaseRecord r = CaseService::get(f.system(), c.registrationNumber);
    // The permit is issued: the stage waiting for the hand-over is not at risk. A budget an older
    // version gave it is ignored, since the clock has stopped (issue 12).
    const QList<StageResult> stages = CaseClocks::stages(*calendar, standard, r, QDate(2026, 1, 5), 1);
    QCOMPARE(stages.constLast().stage, QStringLiteral("issued"));
    QVERIFY(!stages.constLast().hasBudget);
    QVERIFY(stages.constLast().state != ClockState::AtRisk);
    QVERIFY(stages.constLast().state != ClockState::Overdue);
    // The completion clock has stopped: met, never at risk; the list shows it stopped.
    const CaseView v = CaseService::view(f.system(), c.registrationNumber);
    QCOMPARE(v.completion.state, ClockState::Met);
    CaseFilter atRisk;
    atRisk.clock = CaseClockFilter::AtRisk;
    QCOMPARE(CaseQueries(f.system()).count(atRisk), 0);
}

QTEST_GUILESS_MAIN(TestCaseClocks)
#include "test_caseclocks.moc"
