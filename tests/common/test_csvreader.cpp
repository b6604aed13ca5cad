#include "common/CsvReader.h"
#include "common/Error.h"

#include <QtTest>

using namespace loket;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotesLineBreaksAndBlankLines();
    void semicolonFromTheHeader();
    void crlfInsideQuotesBecomesLf();
    void lastFieldWithoutLineEnd();
    void unclosedQuoteNamesItsLine();
    void streamReadsOneRecordAtATime();
    void streamAcrossDecodedPieces();
};

void TestCsvReader::quotesLineBreaksAndBlankLines()
{
    const QByteArray data = "\xEF\xBB\xBF" "a,b,c\r\n1,\"two, \"\"quoted\"\"\",3\r\n\"multi\nline\",x,y\n\n4,5,6\n";
    const QList<CsvRecord> r = CsvReader::parse(data);
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(0).fields, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(r.at(1).fields.at(1), QStringLiteral("two, \"quoted\""));
    QCOMPARE(r.at(2).line, 3);
    QCOMPARE(r.at(2).fields.at(0), QStringLiteral("multi\nline"));
    QCOMPARE(r.at(3).line, 6);
}

void TestCsvReader::semicolonFromTheHeader()
{
    const QList<CsvRecord> r = CsvReader::parse("nama;alamat\nRina;\"Jl. Merdeka, 5\"\n");
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(1).fields, QStringList({QStringLiteral("Rina"), QStringLiteral("Jl. Merdeka, 5")}));
}

void TestCsvReader::crlfInsideQuotesBecomesLf()
{
    // Spreadsheets on Windows write CRLF inside quoted cells too; the text keeps one line break.
    const QList<CsvRecord> r = CsvReader::parse("a,b\r\n\"one\r\ntwo\",x\r\n");
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(1).fields.at(0), QStringLiteral("one\ntwo"));
    QCOMPARE(r.at(1).line, 2);
}

void TestCsvReader::lastFieldWithoutLineEnd()
{
    const QList<CsvRecord> r = CsvReader::parse("a,b\n1,\"\"");
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(1).fields, QStringList({QStringLiteral("1"), QString()}));
}

void TestCsvReader::unclosedQuoteNamesItsLine()
{
    const QByteArray data = "a,b\n1,2\n3,\"open\n4,5\n";
    QList<CsvRecord> records;
    int line = 0;
    QVERIFY(!CsvReader::tryParse(data, &records, &line));
    QCOMPARE(line, 3);
    QVERIFY(records.isEmpty());
    try {
        CsvReader::parse(data);
        QFAIL("no error");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QLatin1String("3")), qPrintable(e.message()));
        QCOMPARE(e.kind(), Error::Kind::Invalid);
    }
}

void TestCsvReader::streamReadsOneRecordAtATime()
{
    const QByteArray data = "a;b\r\n\r\n1;\"x\r\ny\"\n2;3";
    CsvStream stream(data);
    CsvRecord r;
    QVERIFY(stream.next(&r));
    QCOMPARE(r.fields, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(stream.next(&r));
    QCOMPARE(r.line, 3);
    QCOMPARE(r.fields.at(1), QStringLiteral("x\ny"));
    QVERIFY(stream.next(&r));
    QCOMPARE(r.line, 5);
    QCOMPARE(r.fields, QStringList({QStringLiteral("2"), QStringLiteral("3")}));
    QVERIFY(!stream.next(&r));
    QCOMPARE(stream.unclosedQuoteLine(), 0);

    CsvStream open("a,b\n1,2\n3,\"4\n5,6\n");
    QVERIFY(open.next(&r));
    QVERIFY(open.next(&r));
    QVERIFY(!open.next(&r));
    QCOMPARE(open.unclosedQuoteLine(), 3);
}

// The stream decodes about a megabyte at a time, cut after a line feed: a quoted field with line
// breaks and doubled quotes is read whole wherever the cut falls.
void TestCsvReader::streamAcrossDecodedPieces()
{
    QByteArray data = "\xEF\xBB\xBFn,text,z\r\n";
    const int rows = 60000; // about 2.3 MB
    for (int i = 0; i < rows; ++i)
        data += QByteArray::number(i) + ",\"Siti \"\"St.\"\"\nNur\xC3\xA9\r\nx\",z\r\n";
    CsvStream stream(data);
    CsvRecord r;
    QVERIFY(stream.next(&r));
    QCOMPARE(r.fields.first(), QStringLiteral("n"));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(stream.next(&r));
        QCOMPARE(r.line, 2 + 3 * i);
        QCOMPARE(r.fields.size(), 3);
        QCOMPARE(r.fields.at(0), QString::number(i));
        QCOMPARE(r.fields.at(1), QStringLiteral("Siti \"St.\"\nNur\u00e9\nx"));
    }
    QVERIFY(!stream.next(&r));
    QCOMPARE(stream.unclosedQuoteLine(), 0);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
