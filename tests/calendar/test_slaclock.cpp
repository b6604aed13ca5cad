#include "CalendarFixture.h"
#include "calendar/ClockStateText.h"
#include "calendar/SlaClock.h"

#include <QtTest>

using namespace loket;
using test::at;
using Type = ClockEvent::Type;

class TestSlaClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void notStarted();
    void receiptDayIsDayZero();
    void nonWorkingReceiptCountsFromNextWorkingDay();
    void cutoffTime();
    void statesOverTime();
    void metAndMissed();
    void restartOnResubmission();
    void pauseAndResume();
    void explicitRestart();
    void unconfirmedYearWarning();
    void ledgerExplains();
    void stateTexts();

private:
    std::shared_ptr<const WorkingCalendar> m_cal = test::builtinCalendar();
    static ClockRule rule(int n, ResubmissionRule r = ResubmissionRule::Restart)
    {
        ClockRule c;
        c.workingDays = n;
        c.resubmission = r;
        return c;
    }
};

void TestSlaClock::notStarted()
{
    const ClockResult r = SlaClock::evaluate(*m_cal, rule(7), {}, QDate(2026, 1, 5));
    QCOMPARE(r.state, ClockState::NotStarted);
    QVERIFY(!r.dueDate.isValid());
    QCOMPARE(r.left, 7);
}

void TestSlaClock::receiptDayIsDayZero()
{
    // Monday 5 Jan 2026; 16 Jan is Isra Mikraj.
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5, 14, 30), {}}};
    ClockResult r = SlaClock::evaluate(*m_cal, rule(7), ev, QDate(2026, 1, 5));
    QCOMPARE(r.started, QDate(2026, 1, 5));
    QCOMPARE(r.dueDate, QDate(2026, 1, 14));
    QCOMPARE(r.used, 0);
    QCOMPARE(r.left, 7);
    QCOMPARE(r.state, ClockState::OnTrack);
    QVERIFY(!r.dueInUnconfirmedYear);
    r = SlaClock::evaluate(*m_cal, rule(10), ev, QDate(2026, 1, 5));
    QCOMPARE(r.dueDate, QDate(2026, 1, 20)); // skips 16 Jan
    // Idulfitri 2025: received Thursday 27 March, due 16 April.
    r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2025, 3, 27), {}}}, QDate(2025, 4, 9));
    QCOMPARE(r.dueDate, QDate(2025, 4, 16));
    QCOMPARE(r.used, 2);
    QCOMPARE(r.left, 5);
}

void TestSlaClock::nonWorkingReceiptCountsFromNextWorkingDay()
{
    // Saturday 21 March 2026 (Idulfitri): counts from Wednesday 25 March.
    ClockResult r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2026, 3, 21), {}}}, QDate(2026, 3, 21));
    QCOMPARE(r.started, QDate(2026, 3, 25));
    QCOMPARE(r.dueDate, QDate(2026, 4, 6)); // 3 April is Good Friday
    QCOMPARE(r.used, 0);
    QCOMPARE(r.state, ClockState::OnTrack);
    // A Sunday: Monday is day 0.
    r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2026, 1, 4), {}}}, QDate(2026, 1, 4));
    QCOMPARE(r.started, QDate(2026, 1, 5));
    QCOMPARE(r.dueDate, QDate(2026, 1, 14));
}

void TestSlaClock::cutoffTime()
{
    ClockRule c = rule(7);
    c.cutoff = QTime(15, 0);
    ClockResult r = SlaClock::evaluate(*m_cal, c, {{Type::Start, at(2026, 1, 5, 15, 0), {}}}, QDate(2026, 1, 5));
    QCOMPARE(r.started, QDate(2026, 1, 5));
    r = SlaClock::evaluate(*m_cal, c, {{Type::Start, at(2026, 1, 5, 15, 1), {}}}, QDate(2026, 1, 5));
    QCOMPARE(r.started, QDate(2026, 1, 6));
    QCOMPARE(r.dueDate, QDate(2026, 1, 15));
    // After the cut-off on Thursday 15 Jan: Friday is Isra Mikraj, so Monday 19 Jan.
    r = SlaClock::evaluate(*m_cal, c, {{Type::Start, at(2026, 1, 15, 16, 0), {}}}, QDate(2026, 1, 15));
    QCOMPARE(r.started, QDate(2026, 1, 19));
    // Off by default.
    r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2026, 1, 5, 23, 0), {}}}, QDate(2026, 1, 5));
    QCOMPARE(r.started, QDate(2026, 1, 5));
}

void TestSlaClock::statesOverTime()
{
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5), {}}}; // due 14 Jan
    auto stateOn = [&](QDate d) { return SlaClock::evaluate(*m_cal, rule(7), ev, d); };
    QCOMPARE(stateOn(QDate(2026, 1, 9)).state, ClockState::OnTrack);   // used 4, left 3
    QCOMPARE(stateOn(QDate(2026, 1, 12)).state, ClockState::AtRisk);   // left 2
    QCOMPARE(stateOn(QDate(2026, 1, 12)).left, 2);
    QCOMPARE(stateOn(QDate(2026, 1, 14)).state, ClockState::AtRisk);   // due today, left 0
    QCOMPARE(stateOn(QDate(2026, 1, 14)).left, 0);
    const ClockResult late = stateOn(QDate(2026, 1, 19));
    QCOMPARE(late.state, ClockState::Overdue);
    QCOMPARE(late.left, -2); // 15 and 19 Jan (16 is a holiday)
    ClockRule k = rule(7);
    k.atRiskDays = 3;
    QCOMPARE(SlaClock::evaluate(*m_cal, k, ev, QDate(2026, 1, 9)).state, ClockState::AtRisk);
}

void TestSlaClock::metAndMissed()
{
    QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5), {}}, {Type::Stop, at(2026, 1, 14, 16, 0), {}}};
    ClockResult r = SlaClock::evaluate(*m_cal, rule(7), ev, QDate(2026, 2, 1));
    QCOMPARE(r.state, ClockState::Met);
    QCOMPARE(r.stoppedOn, QDate(2026, 1, 14));
    QCOMPARE(r.used, 7);
    QCOMPARE(r.left, 0);
    ev[1].at = at(2026, 1, 15);
    r = SlaClock::evaluate(*m_cal, rule(7), ev, QDate(2026, 2, 1));
    QCOMPARE(r.state, ClockState::Missed);
    QCOMPARE(r.used, 8);
    QCOMPARE(r.dueDate, QDate(2026, 1, 14));
}

void TestSlaClock::restartOnResubmission()
{
    // Sent back Wednesday 7 Jan (2 days used), resubmitted Monday 12 Jan: day 0 again.
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5), {}},
                               {Type::Pause, at(2026, 1, 7), QStringLiteral("returned: NPWP missing")},
                               {Type::Resume, at(2026, 1, 12), {}}};
    ClockResult r = SlaClock::evaluate(*m_cal, rule(7), ev, QDate(2026, 1, 13));
    QCOMPARE(r.started, QDate(2026, 1, 12));
    QCOMPARE(r.dueDate, QDate(2026, 1, 22)); // 13,14,15,19,20,21,22
    QCOMPARE(r.used, 1);
    QCOMPARE(r.ledger.size(), 3);
    QCOMPARE(r.ledger.at(0).workingDaysConsumed, 2);
    QCOMPARE(r.ledger.at(1).type, Type::Pause);
    QCOMPARE(r.ledger.at(2).type, Type::Restart);
    QCOMPARE(r.ledger.at(2).workingDaysConsumed, 1);
    // While the file is with the applicant the clock shows the due date if it came back today.
    r = SlaClock::evaluate(*m_cal, rule(7), ev.mid(0, 2), QDate(2026, 1, 9));
    QVERIFY(r.paused);
    QCOMPARE(r.state, ClockState::OnTrack);
    QCOMPARE(r.used, 2);
    QCOMPARE(r.dueDate, QDate(2026, 1, 21)); // back on Friday 9 Jan: 12,13,14,15,19,20,21
}

void TestSlaClock::pauseAndResume()
{
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5), {}},
                               {Type::Pause, at(2026, 1, 7), {}},
                               {Type::Resume, at(2026, 1, 12), {}}};
    const ClockResult r = SlaClock::evaluate(*m_cal, rule(7, ResubmissionRule::Pause), ev, QDate(2026, 1, 13));
    QCOMPARE(r.started, QDate(2026, 1, 5));
    QCOMPARE(r.dueDate, QDate(2026, 1, 20)); // 5 left after 12 Jan: 13,14,15,19,20
    QCOMPARE(r.used, 3);
    QCOMPARE(r.left, 4);
    QCOMPARE(r.ledger.at(2).type, Type::Resume);
    // Pause and resume on the same day loses nothing.
    const QList<ClockEvent> same{{Type::Start, at(2026, 1, 5), {}},
                                 {Type::Pause, at(2026, 1, 7, 10, 0), {}},
                                 {Type::Resume, at(2026, 1, 7, 15, 0), {}}};
    QCOMPARE(SlaClock::evaluate(*m_cal, rule(7, ResubmissionRule::Pause), same, QDate(2026, 1, 8)).dueDate,
             QDate(2026, 1, 14));
    // Paused over Idulfitri 2026: only the working days before and after count.
    const QList<ClockEvent> lebaran{{Type::Start, at(2026, 3, 12), {}},
                                    {Type::Pause, at(2026, 3, 16), {}},
                                    {Type::Resume, at(2026, 3, 26), {}}};
    const ClockResult l = SlaClock::evaluate(*m_cal, rule(7, ResubmissionRule::Pause), lebaran, QDate(2026, 3, 26));
    QCOMPARE(l.used, 2); // Friday 13 and Monday 16 March
    QCOMPARE(l.dueDate, QDate(2026, 4, 2)); // 27, 30, 31 March, 1 and 2 April
}

void TestSlaClock::explicitRestart()
{
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 5), {}}, {Type::Restart, at(2026, 1, 8), {}}};
    const ClockResult r = SlaClock::evaluate(*m_cal, rule(7, ResubmissionRule::Pause), ev, QDate(2026, 1, 8));
    QCOMPARE(r.started, QDate(2026, 1, 8));
    QCOMPARE(r.dueDate, QDate(2026, 1, 20));
    QCOMPARE(r.used, 0);
}

void TestSlaClock::unconfirmedYearWarning()
{
    // Wednesday 23 Dec 2026 + 7 crosses into 2027, whose calendar is not confirmed.
    ClockResult r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2026, 12, 23), {}}}, QDate(2026, 12, 23));
    QCOMPARE(r.dueDate, QDate(2027, 1, 6));
    QVERIFY(r.dueInUnconfirmedYear);
    QVERIFY(SlaClock::explain(r).last().contains(QStringLiteral("not confirmed")));
    r = SlaClock::evaluate(*m_cal, rule(7), {{Type::Start, at(2026, 12, 2), {}}}, QDate(2026, 12, 2));
    QVERIFY(!r.dueInUnconfirmedYear);
}

void TestSlaClock::ledgerExplains()
{
    const QList<ClockEvent> ev{{Type::Start, at(2026, 1, 3), {}},
                               {Type::Pause, at(2026, 1, 7), QStringLiteral("returned")},
                               {Type::Resume, at(2026, 1, 12), {}},
                               {Type::Stop, at(2026, 1, 21), QStringLiteral("permit issued")}};
    const ClockResult r = SlaClock::evaluate(*m_cal, rule(7), ev, QDate(2026, 2, 1));
    QCOMPARE(r.state, ClockState::Met);
    QCOMPARE(r.ledger.size(), 4);
    QCOMPARE(r.ledger.at(0).from, QDate(2026, 1, 5));
    QCOMPARE(r.ledger.at(0).to, QDate(2026, 1, 7));
    QCOMPARE(r.ledger.at(0).eventDay, QDate(2026, 1, 3));
    QVERIFY(SlaClock::lineNote(r.ledger.at(0)).contains(QStringLiteral("2026-01-03")));
    QCOMPARE(r.ledger.at(3).type, Type::Stop);
    const QStringList text = SlaClock::explain(r);
    QCOMPARE(text.size(), 5);
    QVERIFY(text.at(0).contains(QStringLiteral("2026-01-03")));
    QVERIFY(text.at(3).contains(QStringLiteral("permit issued")));
}

void TestSlaClock::stateTexts()
{
    for (ClockState s : {ClockState::NotStarted, ClockState::OnTrack, ClockState::AtRisk, ClockState::Overdue,
                         ClockState::Met, ClockState::Missed}) {
        QVERIFY(!ClockStateText::title(s).isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(ClockStateText::colour(s)).hasMatch());
    }
    QCOMPARE(ClockStateText::key(ClockState::AtRisk), QStringLiteral("at_risk"));
    ClockResult r;
    r.state = ClockState::OnTrack;
    r.left = 3;
    QCOMPARE(ClockStateText::daysLeftText(r), QStringLiteral("Working days left: 3"));
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "test_slaclock.moc"
