#include "common/Clock.h"
#include "common/Dates.h"

#include <QtTest>

using namespace loket;
using namespace loket::ui;

// One date format everywhere (issue 13, point 11): Indonesian as an office writes it, English by the
// locale. Every screen takes its dates from ui/common/Dates.
class TestDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void indonesian();
    void english();
    void dateFieldsUseTheTableFormat();

private:
    const QDate m_day{2026, 12, 3};
    // 14.57 UTC is 21.57 in Asia/Jakarta.
    const QDateTime m_moment{QDate(2026, 12, 3), QTime(14, 57), QTimeZone::utc()};
};

void TestDates::indonesian()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    QCOMPARE(dates::longDate(m_day), QStringLiteral("Kamis, 3 Desember 2026"));
    QCOMPARE(dates::writtenDate(m_day), QStringLiteral("3 Desember 2026"));
    QCOMPARE(dates::shortDate(m_day), QStringLiteral("03-12-2026"));
    QCOMPARE(dates::time(QTime(21, 57)), QStringLiteral("21.57"));
    QCOMPARE(dates::time(QTime(8, 5)), QStringLiteral("08.05"));
    QCOMPARE(dates::dateTime(m_moment), QStringLiteral("03-12-2026 21.57"));
    QCOMPARE(dates::longDateTime(m_moment), QStringLiteral("Kamis, 3 Desember 2026 21.57"));
    QCOMPARE(dates::writtenDateTime(m_moment), QStringLiteral("3 Desember 2026, 21.57"));
    // The day of a moment is Jakarta's: 17.30 UTC is already the next day there.
    QCOMPARE(dates::shortDate(QDateTime(QDate(2026, 12, 3), QTime(17, 30), QTimeZone::utc())),
             QStringLiteral("04-12-2026"));
    QCOMPARE(dates::shortDate(QDate()), QStringLiteral("–"));
}

void TestDates::english()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(dates::longDate(m_day), QLocale().toString(m_day, QLocale::LongFormat));
    QCOMPARE(dates::longDate(m_day), QStringLiteral("Thursday, 3 December 2026"));
    QCOMPARE(dates::writtenDate(m_day), QStringLiteral("3 December 2026"));
    QCOMPARE(dates::shortDate(m_day), QStringLiteral("03 Dec 2026"));
    QCOMPARE(dates::time(QTime(21, 57)), QStringLiteral("21:57"));
    QCOMPARE(dates::dateTime(m_moment), QStringLiteral("03 Dec 2026 21:57"));
}

void TestDates::dateFieldsUseTheTableFormat()
{
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    DateEdit edit(m_day);
    QCOMPARE(edit.displayFormat(), QStringLiteral("dd-MM-yyyy"));
    QCOMPARE(edit.text(), QStringLiteral("03-12-2026"));
    QCOMPARE(dates::editDateTimeFormat(), QStringLiteral("dd-MM-yyyy HH.mm"));
    QDateTimeEdit at;
    at.setDisplayFormat(dates::editDateTimeFormat());
    at.setDateTime(QDateTime(m_day, QTime(21, 57)));
    QCOMPARE(at.text(), QStringLiteral("03-12-2026 21.57"));
}

QTEST_MAIN(TestDates)
#include "test_dates.moc"
