#include "common/Clock.h"
#include "common/Ids.h"

#include <QtTest>

using namespace loket;

// The stored text of days and moments (core/common/Ids): written by hand or remembered for
// imports, it must be exactly what Qt writes.
class TestStoredTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dayIsQtsIsoDate();
    void momentsTakenInTurnAreEachTheirOwn();
};

void TestStoredTime::dayIsQtsIsoDate()
{
    for (QDate d(1899, 12, 25); d <= QDate(2101, 1, 5); d = d.addDays(1))
        QCOMPARE(toStoredDate(d), d.toString(Qt::ISODate));
    for (const QDate& d : {QDate(1, 1, 1), QDate(999, 12, 31), QDate(1000, 1, 1), QDate(9999, 12, 31), QDate()})
        QCOMPARE(toStoredDate(d), d.toString(Qt::ISODate));
}

void TestStoredTime::momentsTakenInTurnAreEachTheirOwn()
{
    // More moments than are remembered, taken in turn, then again in another order.
    QList<QDateTime> moments;
    for (int i = 0; i < 7; ++i)
        moments << QDateTime(QDate(2026, 1, 5 + i), QTime(8 + i, 30, 15, 250), Clock::zone());
    moments << QDateTime(QDate(2026, 1, 5), QTime(8, 30, 15, 250), QTimeZone::utc()); // another zone, another moment
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < moments.size(); ++i) {
            const QDateTime& at = moments[(i * (round + 1)) % moments.size()];
            QCOMPARE(toStoredTime(at), at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs));
            QCOMPARE(toStoredTime(at), at.toTimeZone(Clock::zone()).toString(Qt::ISODateWithMs));
        }
    }
    QCOMPARE(toStoredTime(QDateTime()), QDateTime().toString(Qt::ISODateWithMs));
}

QTEST_GUILESS_MAIN(TestStoredTime)
#include "test_storedtime.moc"
