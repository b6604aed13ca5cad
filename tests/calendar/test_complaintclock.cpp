#include "CalendarFixture.h"
#include "calendar/ComplaintClock.h"

#include <QtTest>

using namespace loket;
using test::at;

class TestComplaintClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void windowDayThirtyAndThirtyOne();
    void windowAcrossMonthEnds();
    void answerDueAcrossHolidays();
    void answerMetAndMissed();
};

void TestComplaintClock::windowDayThirtyAndThirtyOne()
{
    const QDate handedOver(2026, 1, 30);
    QCOMPARE(ComplaintClock::windowEnd(handedOver), QDate(2026, 3, 1));
    QVERIFY(ComplaintClock::admissible(handedOver, handedOver));
    QVERIFY(ComplaintClock::admissible(handedOver, QDate(2026, 3, 1)));  // day 30
    QVERIFY(!ComplaintClock::admissible(handedOver, QDate(2026, 3, 2))); // day 31
    QVERIFY(!ComplaintClock::admissible(handedOver, QDate(2026, 1, 29))); // before the service
    QVERIFY(!ComplaintClock::admissible(QDate(), QDate(2026, 1, 29)));
    QVERIFY(ComplaintClock::admissible(handedOver, QDate(2026, 2, 9), 10));
    QVERIFY(!ComplaintClock::admissible(handedOver, QDate(2026, 2, 10), 10));
}

void TestComplaintClock::windowAcrossMonthEnds()
{
    QCOMPARE(ComplaintClock::windowEnd(QDate(2026, 1, 31)), QDate(2026, 3, 2));  // February has 28 days
    QCOMPARE(ComplaintClock::windowEnd(QDate(2028, 1, 31)), QDate(2028, 3, 1));  // leap year
    QCOMPARE(ComplaintClock::windowEnd(QDate(2025, 12, 15)), QDate(2026, 1, 14)); // year end
    // Calendar days: holidays and weekends inside the window count.
    QCOMPARE(ComplaintClock::windowEnd(QDate(2026, 3, 10)), QDate(2026, 4, 9));
}

void TestComplaintClock::answerDueAcrossHolidays()
{
    const auto cal = test::builtinCalendar();
    // Received Monday 16 March 2026; Nyepi, Idulfitri and Good Friday fall inside.
    ClockResult r = ComplaintClock::answerClock(*cal, at(2026, 3, 16), 14, QDate(2026, 3, 16));
    QCOMPARE(r.dueDate, QDate(2026, 4, 13));
    QCOMPARE(r.state, ClockState::OnTrack);
    QCOMPARE(r.budget, 14);
    // Received on a Saturday: counts from Monday.
    r = ComplaintClock::answerClock(*cal, at(2026, 1, 10), 14, QDate(2026, 1, 12));
    QCOMPARE(r.started, QDate(2026, 1, 12));
    QCOMPARE(r.dueDate, QDate(2026, 2, 2)); // 16 Jan is a holiday
    QCOMPARE(cal->workingDaysBetween(QDate(2026, 1, 12), r.dueDate), 14);
}

void TestComplaintClock::answerMetAndMissed()
{
    const auto cal = test::builtinCalendar();
    ClockResult r = ComplaintClock::answerClock(*cal, at(2026, 3, 16), 14, QDate(2026, 5, 1), QDate(2026, 4, 13));
    QCOMPARE(r.state, ClockState::Met);
    r = ComplaintClock::answerClock(*cal, at(2026, 3, 16), 14, QDate(2026, 5, 1), QDate(2026, 4, 14));
    QCOMPARE(r.state, ClockState::Missed);
    r = ComplaintClock::answerClock(*cal, at(2026, 3, 16), 14, QDate(2026, 4, 14));
    QCOMPARE(r.state, ClockState::Overdue);
    QCOMPARE(r.left, -1);
    // Answered the same day it came in.
    r = ComplaintClock::answerClock(*cal, at(2026, 3, 16, 16), 14, QDate(2026, 3, 16), QDate(2026, 3, 16));
    QCOMPARE(r.state, ClockState::Met);
    QCOMPARE(r.used, 0);
}

QTEST_GUILESS_MAIN(TestComplaintClock)
#include "test_complaintclock.moc"
