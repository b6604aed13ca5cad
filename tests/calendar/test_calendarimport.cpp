#include "calendar/CalendarImport.h"
#include "common/Error.h"

#include <QtTest>

using namespace loket;

class TestCalendarImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonFile();
    void badJson_data();
    void badJson();
    void icsFile();
    void badIcs_data();
    void badIcs();
    void guessFormat();
};

namespace {
QString errorOf(const QByteArray& data, CalendarImportFile::Format format)
{
    try {
        CalendarImportFile::parse(data, format);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}
} // namespace

void TestCalendarImport::jsonFile()
{
    const QByteArray data = R"({
 "replace_years": [2027],
 "confirm_years": [2027],
 "days": [
  {"date": "2027-01-01", "kind": "holiday", "name": "Tahun Baru 2027 Masehi"},
  {"date": "2027-02-08", "kind": "cuti", "name": "Tahun Baru Imlek", "reason": "SKB 2027"},
  {"date": "2027-02-13", "kind": "working", "reason": "Rostered Saturday"},
  {"date": "2027-02-15", "kind": "closure", "name": "Office move", "reason": "Moving to the MPP"}
 ]
})";
    const CalendarImportFile f = CalendarImportFile::parse(data, CalendarImportFile::Format::Json);
    QCOMPARE(f.entries.size(), 4);
    QCOMPARE(f.entries[1].kind, DayKind::CutiBersama);
    QCOMPARE(f.entries[1].reason, QStringLiteral("SKB 2027"));
    QCOMPARE(f.entries[2].kind, DayKind::WorkingOverride);
    QCOMPARE(f.entries[3].kind, DayKind::LocalClosure);
    QCOMPARE(f.replaceYears, QSet<int>{2027});
    QCOMPARE(f.confirmYears, QSet<int>{2027});
}

void TestCalendarImport::badJson_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("{\n \"days\": [\n  {\"date\": \"2027-01-01\",}\n ]\n}") << "Line 3:";
    QTest::newRow("not object") << QByteArray("[1, 2]") << "Line 1:";
    QTest::newRow("bad date") << QByteArray("{\"days\": [\n {\"date\": \"2027-01-01\", \"name\": \"A\"},\n"
                                            " {\"date\": \"2027-02-30\", \"name\": \"B\"}\n]}")
                              << "Line 3: \"2027-02-30\" is not a date";
    QTest::newRow("bad kind") << QByteArray("{\"days\": [\n\n {\"date\": \"2027-01-01\", \"kind\": \"party\", \"name\": \"A\"}]}")
                              << "Line 3: unknown kind \"party\"";
    QTest::newRow("no name") << QByteArray("{\"days\": [{\"date\": \"2027-01-01\", \"kind\": \"holiday\"}]}")
                             << "Line 1: the holiday on 2027-01-01 has no name";
    QTest::newRow("twice") << QByteArray("{\"days\": [\n{\"date\": \"2027-01-01\", \"name\": \"A\"},\n"
                                         "{\"date\": \"2027-01-01\", \"name\": \"B\"}]}")
                           << "Line 3: 2027-01-01 is listed twice (first on line 2)";
    QTest::newRow("element not object") << QByteArray("{\"days\": [\n{\"date\": \"2027-01-01\", \"name\": \"A\"},\n 5]}")
                                        << "Line 3:";
    QTest::newRow("years") << QByteArray("{\"replace_years\": [\"x\"], \"days\": []}") << "replace_years";
}

void TestCalendarImport::badJson()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QString message = errorOf(data, CalendarImportFile::Format::Json);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestCalendarImport::icsFile()
{
    const QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:Tahun Baru 2027 Masehi\r\nEND:VEVENT\r\n"
                            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270309\r\nDTEND;VALUE=DATE:20270312\r\n"
                            "SUMMARY:Cuti Bersama Idul\r\n fitri\r\nDESCRIPTION:SKB 2027\\, revisi\r\nEND:VEVENT\r\n"
                            "BEGIN:VEVENT\r\nDTSTART:20270213T000000Z\r\nSUMMARY:Piket Sabtu\r\nX-LOKET-KIND:working\r\nEND:VEVENT\r\n"
                            "END:VCALENDAR\r\n";
    const CalendarImportFile f = CalendarImportFile::parse(data, CalendarImportFile::Format::ICalendar);
    QCOMPARE(f.entries.size(), 5);
    QCOMPARE(f.entries[0].kind, DayKind::NationalHoliday);
    QCOMPARE(f.entries[1].kind, DayKind::CutiBersama);
    QCOMPARE(f.entries[1].name, QStringLiteral("Cuti Bersama Idulfitri"));
    QCOMPARE(f.entries[1].reason, QStringLiteral("SKB 2027, revisi"));
    QCOMPARE(f.entries[3].date, QDate(2027, 3, 11));
    QCOMPARE(f.entries[4].kind, DayKind::WorkingOverride);
    QCOMPARE(f.entries[4].date, QDate(2027, 2, 13));
}

void TestCalendarImport::badIcs_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not ics") << QByteArray("hello\n") << "Line 1:";
    QTest::newRow("bad date") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:2027013\nSUMMARY:X\n"
                                            "END:VEVENT\nEND:VCALENDAR\n")
                              << "Line 3: \"2027013\"";
    QTest::newRow("no start") << QByteArray("BEGIN:VCALENDAR\n\nBEGIN:VEVENT\nSUMMARY:X\nEND:VEVENT\nEND:VCALENDAR\n")
                              << "Line 3: the event has no DTSTART";
    QTest::newRow("no name") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nEND:VEVENT\n"
                                           "END:VCALENDAR\n")
                             << "Line 2: the holiday on 2027-01-01 has no name";
    QTest::newRow("rrule") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:X\n"
                                         "RRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR\n")
                           << "Line 5: repeating events";
    QTest::newRow("unclosed") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:X\n")
                              << "Line 2: the event is not closed";
    QTest::newRow("no end") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:X\n"
                                          "END:VEVENT\n")
                            << "Line 5: the file ends without END:VCALENDAR";
    QTest::newRow("garbage line") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nthis is not a property\n") << "Line 3:";
    QTest::newRow("end before start") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270105\n"
                                                    "DTEND;VALUE=DATE:20270101\nSUMMARY:X\nEND:VEVENT\nEND:VCALENDAR\n")
                                      << "Line 2: the event's DTEND";
}

void TestCalendarImport::badIcs()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const QString message = errorOf(data, CalendarImportFile::Format::ICalendar);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestCalendarImport::guessFormat()
{
    using F = CalendarImportFile::Format;
    QCOMPARE(CalendarImportFile::guessFormat(QStringLiteral("libur.ics"), {}), F::ICalendar);
    QCOMPARE(CalendarImportFile::guessFormat(QStringLiteral("libur.json"), "BEGIN:VCALENDAR"), F::Json);
    QCOMPARE(CalendarImportFile::guessFormat(QStringLiteral("libur"), "BEGIN:VCALENDAR\n"), F::ICalendar);
    QCOMPARE(CalendarImportFile::guessFormat(QStringLiteral("libur"), "{}"), F::Json);
}

QTEST_GUILESS_MAIN(TestCalendarImport)
#include "test_calendarimport.moc"
