#include "CalendarFixture.h"

#include <QRandomGenerator>
#include <QtTest>
#include <thread>

using namespace loket;
using test::NaiveCalendar;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtinDataIsComplete();
    void dayKindsThatTakeAName();
    void weekdaysWithoutData();
    void propertyAddMatchesDayByDay();
    void propertyBetweenMatchesDayByDay();
    void propertyWithOfficeOverrides();
    void idulfitri2025();
    void idulfitri2026();
    void yearEnds();
    void outsideIndexedSpan();
    void negativeAndZero();
    void dayInfo();
    void confirmedYears();
    void sharedBetweenThreads();
};

void TestWorkingCalendar::builtinDataIsComplete()
{
    const auto data = test::builtinData();
    int y2025 = 0, y2026 = 0, y2027 = 0;
    for (const CalendarEntry& e : data.entries) {
        QVERIFY2(!e.name.isEmpty(), qPrintable(e.date.toString(Qt::ISODate)));
        (e.date.year() == 2025 ? y2025 : e.date.year() == 2026 ? y2026 : y2027)++;
    }
    QCOMPARE(y2025, 28);
    QCOMPARE(y2026, 25);
    QCOMPARE(y2027, 5);
    const auto cal = test::builtinCalendar();
    QCOMPARE(cal->info(QDate(2025, 8, 18)).kind, DayKind::CutiBersama);
    QCOMPARE(cal->info(QDate(2025, 8, 18)).name, QStringLiteral("Proklamasi Kemerdekaan (HUT ke-80)"));
    // 2025: 261 weekdays minus the 24 holidays/cuti on weekdays (4 entries fall on weekends).
    QCOMPARE(cal->workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)), 261 - 24);
}

void TestWorkingCalendar::weekdaysWithoutData()
{
    const WorkingCalendar empty;
    QVERIFY(empty.isWorkingDay(QDate(2026, 1, 1)));   // Thursday, no data
    QVERIFY(!empty.isWorkingDay(QDate(2026, 1, 3)));  // Saturday
    QCOMPARE(empty.addWorkingDays(QDate(2026, 1, 2), 1), QDate(2026, 1, 5));
    QCOMPARE(empty.workingDaysBetween(QDate(2026, 1, 2), QDate(2026, 1, 12)), 6);
}

void TestWorkingCalendar::propertyAddMatchesDayByDay()
{
    const auto cal = test::builtinCalendar();
    const NaiveCalendar naive(test::builtinData().entries);
    QRandomGenerator rng(20250331);
    const QDate base(2024, 11, 1);
    for (int i = 0; i < 20000; ++i) {
        const QDate from = base.addDays(rng.bounded(800));
        const int n = rng.bounded(-40, 61);
        QCOMPARE(cal->addWorkingDays(from, n), naive.add(from, n));
        QCOMPARE(cal->isWorkingDay(from), naive.working(from));
    }
    // Every day of both years, every N up to a month and a half.
    for (QDate d(2025, 1, 1); d <= QDate(2026, 12, 31); d = d.addDays(1)) {
        for (int n : {1, 2, 5, 7, 14, 30})
            QCOMPARE(cal->addWorkingDays(d, n), naive.add(d, n));
        QCOMPARE(cal->nextWorkingDayOnOrAfter(d), naive.working(d) ? d : naive.add(d, 1));
    }
}

void TestWorkingCalendar::propertyBetweenMatchesDayByDay()
{
    const auto cal = test::builtinCalendar();
    const NaiveCalendar naive(test::builtinData().entries);
    QRandomGenerator rng(1447);
    const QDate base(2024, 12, 1);
    for (int i = 0; i < 20000; ++i) {
        const QDate a = base.addDays(rng.bounded(790));
        const QDate b = base.addDays(rng.bounded(790));
        QCOMPARE(cal->workingDaysBetween(a, b), naive.between(a, b));
    }
    // Inverse: between(from, add(from, n)) == n for every working-day step.
    for (int i = 0; i < 5000; ++i) {
        const QDate from = base.addDays(rng.bounded(700));
        const int n = rng.bounded(1, 40);
        QCOMPARE(cal->workingDaysBetween(from, cal->addWorkingDays(from, n)), n);
    }
}

void TestWorkingCalendar::propertyWithOfficeOverrides()
{
    const QList<CalendarEntry> office{
        {QDate(2025, 4, 2), DayKind::WorkingOverride, {}, QStringLiteral("Counter open during cuti bersama")},
        {QDate(2025, 4, 5), DayKind::WorkingOverride, {}, QStringLiteral("Rostered Saturday")},
        {QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Power outage"), QStringLiteral("PLN works")},
    };
    const auto data = test::builtinData();
    const WorkingCalendar cal(data.entries, office, data.confirmYears, 2);
    const NaiveCalendar naive(data.entries, office);
    QVERIFY(cal.isWorkingDay(QDate(2025, 4, 2)));
    QVERIFY(cal.isWorkingDay(QDate(2025, 4, 5)));
    QVERIFY(!cal.isWorkingDay(QDate(2026, 2, 10)));
    QRandomGenerator rng(7);
    for (int i = 0; i < 10000; ++i) {
        const QDate a = QDate(2025, 1, 1).addDays(rng.bounded(730));
        const QDate b = QDate(2025, 1, 1).addDays(rng.bounded(730));
        const int n = rng.bounded(0, 50);
        QCOMPARE(cal.workingDaysBetween(a, b), naive.between(a, b));
        QCOMPARE(cal.addWorkingDays(a, n), naive.add(a, n));
    }
}

void TestWorkingCalendar::idulfitri2025()
{
    const auto cal = test::builtinCalendar();
    // Cuti 28 Mar, Nyepi 29 Mar (Sat), Idulfitri 31 Mar - 1 Apr, cuti 2-4 and 7 Apr.
    for (const QDate& d : {QDate(2025, 3, 28), QDate(2025, 3, 31), QDate(2025, 4, 1), QDate(2025, 4, 2),
                           QDate(2025, 4, 3), QDate(2025, 4, 4), QDate(2025, 4, 7)})
        QVERIFY2(!cal->isWorkingDay(d), qPrintable(d.toString(Qt::ISODate)));
    QCOMPARE(cal->addWorkingDays(QDate(2025, 3, 27), 1), QDate(2025, 4, 8));
    QCOMPARE(cal->addWorkingDays(QDate(2025, 3, 27), 7), QDate(2025, 4, 16));
    QCOMPARE(cal->workingDaysBetween(QDate(2025, 3, 27), QDate(2025, 4, 8)), 1);
    QCOMPARE(cal->addWorkingDays(QDate(2025, 4, 8), -1), QDate(2025, 3, 27));
    QCOMPARE(cal->nextWorkingDayOnOrAfter(QDate(2025, 3, 29)), QDate(2025, 4, 8));
}

void TestWorkingCalendar::idulfitri2026()
{
    const auto cal = test::builtinCalendar();
    // Cuti 18 Mar, Nyepi 19 Mar, cuti 20 Mar, Idulfitri 21-22 Mar (weekend), cuti 23-24 Mar.
    QCOMPARE(cal->addWorkingDays(QDate(2026, 3, 17), 1), QDate(2026, 3, 25));
    QCOMPARE(cal->addWorkingDays(QDate(2026, 3, 17), 7), QDate(2026, 4, 2));
    QCOMPARE(cal->workingDaysBetween(QDate(2026, 3, 13), QDate(2026, 3, 31)), 7);
    QCOMPARE(cal->info(QDate(2026, 3, 21)).kind, DayKind::NationalHoliday);
    QCOMPARE(cal->info(QDate(2026, 3, 21)).name, QStringLiteral("Idulfitri 1447 H"));
}

void TestWorkingCalendar::yearEnds()
{
    const auto cal = test::builtinCalendar();
    // 25 Dec holiday, 26 Dec cuti, 1 Jan 2026 holiday.
    QCOMPARE(cal->addWorkingDays(QDate(2025, 12, 24), 7), QDate(2026, 1, 7));
    QCOMPARE(cal->workingDaysBetween(QDate(2025, 12, 24), QDate(2026, 1, 2)), 4);
    QCOMPARE(cal->workingDaysBetween(QDate(2026, 1, 2), QDate(2025, 12, 24)), -4);
    // 24 Dec 2026 cuti, 25 Dec holiday, 1 Jan 2027 fixed holiday (year not confirmed).
    QCOMPARE(cal->addWorkingDays(QDate(2026, 12, 23), 7), QDate(2027, 1, 6));
    QVERIFY(!cal->allConfirmedBetween(QDate(2026, 12, 23), QDate(2027, 1, 6)));
    QVERIFY(cal->allConfirmedBetween(QDate(2025, 12, 23), QDate(2026, 1, 6)));
}

void TestWorkingCalendar::outsideIndexedSpan()
{
    const auto data = test::builtinData();
    // A narrow span forces the closed-form paths on both sides.
    const WorkingCalendar narrow(data.entries, {}, data.confirmYears, 1, 2025, 2027);
    const WorkingCalendar wide(data.entries, {}, data.confirmYears, 1, 1990, 2100);
    const NaiveCalendar naive(data.entries);
    QRandomGenerator rng(99);
    for (int i = 0; i < 3000; ++i) {
        const QDate a = QDate(2020, 1, 1).addDays(rng.bounded(4000));
        const QDate b = QDate(2020, 1, 1).addDays(rng.bounded(4000));
        const int n = rng.bounded(-300, 300);
        QCOMPARE(narrow.workingDaysBetween(a, b), naive.between(a, b));
        QCOMPARE(narrow.addWorkingDays(a, n), naive.add(a, n));
        QCOMPARE(narrow.isWorkingDay(a), naive.working(a));
        QCOMPARE(wide.addWorkingDays(a, n), narrow.addWorkingDays(a, n));
    }
    QCOMPARE(narrow.addWorkingDays(QDate(2024, 12, 27), 7), naive.add(QDate(2024, 12, 27), 7));
    QCOMPARE(narrow.addWorkingDays(QDate(2027, 12, 30), 3), QDate(2028, 1, 4));
}

void TestWorkingCalendar::negativeAndZero()
{
    const auto cal = test::builtinCalendar();
    QCOMPARE(cal->addWorkingDays(QDate(2026, 3, 21), 0), QDate(2026, 3, 21));
    QCOMPARE(cal->addWorkingDays(QDate(2026, 3, 25), -1), QDate(2026, 3, 17));
    QCOMPARE(cal->addWorkingDays(QDate(2026, 3, 22), -1), QDate(2026, 3, 17));
    QCOMPARE(cal->workingDaysBetween(QDate(2026, 3, 25), QDate(2026, 3, 25)), 0);
    QCOMPARE(cal->addWorkingDays(QDate(), 3), QDate());
}

void TestWorkingCalendar::dayInfo()
{
    const QList<CalendarEntry> office{
        {QDate(2025, 4, 2), DayKind::WorkingOverride, {}, QStringLiteral("Counter open")},
    };
    const auto cal = test::builtinCalendar(office);
    DayInfo d = cal->info(QDate(2025, 4, 2));
    QCOMPARE(d.kind, DayKind::WorkingOverride);
    QCOMPARE(d.baseKind, DayKind::CutiBersama);
    QCOMPARE(d.name, QStringLiteral("Idulfitri"));
    QCOMPARE(d.reason, QStringLiteral("Counter open"));
    QVERIFY(d.working());
    QCOMPARE(cal->info(QDate(2025, 4, 5)).kind, DayKind::Weekend);
    QCOMPARE(cal->info(QDate(2025, 4, 9)).kind, DayKind::Workday);
    QCOMPARE(cal->specialDays(2025).size(), 28);
}

void TestWorkingCalendar::confirmedYears()
{
    const auto cal = test::builtinCalendar();
    QVERIFY(cal->isConfirmedYear(2025));
    QVERIFY(cal->isConfirmedYear(2026));
    QVERIFY(!cal->isConfirmedYear(2027));
    QVERIFY(!cal->isWorkingDay(QDate(2027, 8, 17)));
    QCOMPARE(cal->version(), 1);
}

void TestWorkingCalendar::sharedBetweenThreads()
{
    const auto cal = test::builtinCalendar();
    const NaiveCalendar naive(test::builtinData().entries);
    std::atomic<int> wrong{0};
    auto work = [&](quint32 seed) {
        QRandomGenerator rng(seed);
        for (int i = 0; i < 20000; ++i) {
            const QDate a = QDate(2025, 1, 1).addDays(rng.bounded(700));
            const int n = rng.bounded(1, 20);
            const QDate due = cal->addWorkingDays(a, n);
            if (cal->workingDaysBetween(a, due) != n || !cal->isWorkingDay(due))
                ++wrong;
        }
    };
    std::thread t1(work, 1), t2(work, 2), t3(work, 3);
    t1.join();
    t2.join();
    t3.join();
    QCOMPARE(wrong.load(), 0);
}

void TestWorkingCalendar::dayKindsThatTakeAName()
{
    // The calendar screen enables the day-name field by this answer.
    QVERIFY(dayKindTakesName(DayKind::NationalHoliday));
    QVERIFY(dayKindTakesName(DayKind::CutiBersama));
    QVERIFY(dayKindTakesName(DayKind::LocalClosure));
    QVERIFY(dayKindTakesName(DayKind::WorkingOverride));
    QVERIFY(!dayKindTakesName(DayKind::Workday));
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "test_workingcalendar.moc"
