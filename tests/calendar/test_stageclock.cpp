#include "CalendarFixture.h"
#include "calendar/StageClock.h"

#include <QtTest>

using namespace loket;
using test::at;

class TestStageClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void budgetsPerStage();
    void stagesAddUpToTheWhole();
    void unbudgetedAndFinished();
    void stageAcrossIdulfitri();
};

void TestStageClock::budgetsPerStage()
{
    const auto cal = test::builtinCalendar();
    const QList<StageTransition> t{{QStringLiteral("registered"), at(2026, 1, 5)},
                                   {QStringLiteral("verification"), at(2026, 1, 6, 10)},
                                   {QStringLiteral("technical"), at(2026, 1, 8)},
                                   {QStringLiteral("signature"), at(2026, 1, 14)}};
    const QHash<QString, int> budgets{{QStringLiteral("registered"), 1},
                                      {QStringLiteral("verification"), 2},
                                      {QStringLiteral("technical"), 3},
                                      {QStringLiteral("signature"), 1}};
    const QList<StageResult> r = StageClock::evaluate(*cal, t, budgets, QDate(2026, 1, 19));
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].dueDate, QDate(2026, 1, 6));
    QCOMPARE(r[0].used, 1);
    QCOMPARE(r[0].state, ClockState::Met);
    QCOMPARE(r[1].dueDate, QDate(2026, 1, 8));
    QCOMPARE(r[1].state, ClockState::Met);
    QCOMPARE(r[2].dueDate, QDate(2026, 1, 13));
    QCOMPARE(r[2].used, 4);
    QCOMPARE(r[2].remaining, -1);
    QCOMPARE(r[2].state, ClockState::Missed); // the technical team is the late stage
    QCOMPARE(r[3].dueDate, QDate(2026, 1, 15)); // 16 Jan is Isra Mikraj
    QVERIFY(!r[3].left.isValid());
    QCOMPARE(r[3].used, 2);
    QCOMPARE(r[3].state, ClockState::Overdue);
    // Exactly on the due day the stage is met; one working day later it is missed.
    const QList<StageResult> onTime = StageClock::evaluate(
        *cal, {{QStringLiteral("technical"), at(2026, 1, 8)}, {QStringLiteral("signature"), at(2026, 1, 13, 16)}},
        budgets, QDate(2026, 1, 13));
    QCOMPARE(onTime[0].state, ClockState::Met);
    QCOMPARE(onTime[1].state, ClockState::AtRisk);
}

void TestStageClock::stagesAddUpToTheWhole()
{
    const auto cal = test::builtinCalendar();
    const QList<StageTransition> t{{QStringLiteral("registered"), at(2025, 3, 24)},
                                   {QStringLiteral("verification"), at(2025, 3, 26)},
                                   {QStringLiteral("technical"), at(2025, 4, 8)},
                                   {QStringLiteral("signature"), at(2025, 4, 11)}};
    const QHash<QString, int> budgets{{QStringLiteral("registered"), 1},
                                      {QStringLiteral("verification"), 2},
                                      {QStringLiteral("technical"), 3},
                                      {QStringLiteral("signature"), 1}};
    const QDate end(2025, 4, 14);
    const auto r = StageClock::evaluate(*cal, t, budgets, QDate(2025, 4, 20), 2, std::nullopt, at(2025, 4, 14));
    int sum = 0;
    for (const StageResult& s : r)
        sum += s.used;
    QCOMPARE(sum, cal->workingDaysBetween(QDate(2025, 3, 24), end));
    QCOMPARE(r[1].used, 2); // 27 March and 8 April: Idulfitri in between does not count
    QCOMPARE(r[1].state, ClockState::Met);
    QCOMPARE(r[3].left, end);
}

void TestStageClock::unbudgetedAndFinished()
{
    const auto cal = test::builtinCalendar();
    const auto r = StageClock::evaluate(*cal, {{QStringLiteral("issued"), at(2026, 1, 5)}}, {}, QDate(2026, 1, 9));
    QCOMPARE(r.size(), 1);
    QVERIFY(!r[0].hasBudget);
    QCOMPARE(r[0].used, 4);
    QVERIFY(!r[0].dueDate.isValid());
}

void TestStageClock::stageAcrossIdulfitri()
{
    const auto cal = test::builtinCalendar();
    // Verification entered on Saturday 21 March 2026 counts from Wednesday 25 March.
    const auto r = StageClock::evaluate(*cal, {{QStringLiteral("verification"), at(2026, 3, 21)}},
                                        {{QStringLiteral("verification"), 2}}, QDate(2026, 3, 24));
    QCOMPARE(r[0].dayZero, QDate(2026, 3, 25));
    QCOMPARE(r[0].dueDate, QDate(2026, 3, 27));
    QCOMPARE(r[0].used, 0);
    QCOMPARE(r[0].state, ClockState::AtRisk);
}

QTEST_GUILESS_MAIN(TestStageClock)
#include "test_stageclock.moc"
