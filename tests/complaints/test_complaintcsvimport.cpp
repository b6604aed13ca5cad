#include "ComplaintFixture.h"
#include "common/Error.h"
#include "complaints/ComplaintCsvImport.h"
#include "common/CsvReader.h"

#include <QtTest>

using namespace loket;
using test::ComplaintFixture;

// CSV import of complaints: all rows or none, bad rows named by line and column.
class TestComplaintCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allGoodRowsAreImportedAndTriaged();
    void oneBadRowImportsNothing();
    void headerProblems();
    void semicolonsAndIndonesianHeaders();
    void needsPermission();
};

void TestComplaintCsvImport::allGoodRowsAreImportedAndTriaged()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const QByteArray csv = "channel,received,name,id_number,contact,address,case,service,object\n"
                           "g,2026-03-02 09:15,Siti Rahma,,siti@example.id,,,71205,Izin belum terbit\n"
                           "m,2026-03-03,,,,,,,Toilet kotor\n"
                           "d,2026-03-04T10:00,Budi,,0812,,,,\n";
    const ComplaintImportResult r = ComplaintCsvImport(front).importData(csv);
    QVERIFY(r.ok());
    QCOMPARE(r.imported.size(), 3);
    QCOMPARE(r.imported.at(0).kind, ComplaintKind::Complaint);
    QCOMPARE(r.imported.at(0).serviceKbli, QStringLiteral("71205"));
    QCOMPARE(r.imported.at(0).receivedAt.time(), QTime(9, 15));
    QCOMPARE(r.imported.at(1).triageRule, ComplaintTriage::RuleNoIdentity);
    QCOMPARE(r.imported.at(2).triageRule, ComplaintTriage::RuleNoObject);
    QCOMPARE(f.complaintRows(), 3);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.intake")), 3);
}

void TestComplaintCsvImport::oneBadRowImportsNothing()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const QByteArray csv = "channel,received,name,object,service\n"
                           "g,2026-03-02 09:15,Siti,Izin belum terbit,\n"
                           "z,2026-03-02 09:15,Siti,Izin belum terbit,\n"
                           "g,kemarin,Siti,Izin belum terbit,\n"
                           "g,2026-03-02 09:15,Siti,Izin belum terbit,99999\n"
                           "g,2026-03-02 09:15,Siti,\"Izin\nbelum terbit\",,extra\n";
    const ComplaintImportResult r = ComplaintCsvImport(front).importData(csv);
    QVERIFY(!r.ok());
    QVERIFY(r.imported.isEmpty());
    QCOMPARE(r.problems.size(), 4);
    QCOMPARE(r.problems.at(0).line, 3);
    QCOMPARE(r.problems.at(0).field, QStringLiteral("channel"));
    QCOMPARE(r.problems.at(1).line, 4);
    QCOMPARE(r.problems.at(1).field, QStringLiteral("received"));
    QCOMPARE(r.problems.at(2).line, 5);
    QCOMPARE(r.problems.at(2).field, QStringLiteral("service"));
    QCOMPARE(r.problems.at(3).line, 6);
    QVERIFY(r.problems.at(0).message.contains(QStringLiteral("Line 3")));
    QCOMPARE(f.complaintRows(), 0);
    QCOMPARE(f.auditCount(QStringLiteral("complaint.intake")), 0);
}

void TestComplaintCsvImport::headerProblems()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    ComplaintImportResult r = ComplaintCsvImport(front).importData("channel,name,colour\ng,Siti,red\n");
    QCOMPARE(r.problems.size(), 2); // unknown "colour", missing "received"
    QCOMPARE(r.problems.at(0).line, 1);
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintCsvImport(front).importData(""));
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintCsvImport(front).importData("channel,received\n"));
    QCOMPARE(f.complaintRows(), 0);
}

void TestComplaintCsvImport::semicolonsAndIndonesianHeaders()
{
    ComplaintFixture f;
    Context front = f.as({Role::FrontDesk});
    const QByteArray csv = "Kanal;Diterima;Nama;Objek\n"
                           "f;02/03/2026 14:00;Siti;Izin, belum terbit\n";
    const ComplaintImportResult r = ComplaintCsvImport(front).importData(csv);
    QVERIFY(r.ok());
    QCOMPARE(r.imported.size(), 1);
    QCOMPARE(r.imported.first().objectText, QStringLiteral("Izin, belum terbit"));
    QCOMPARE(r.imported.first().receivedAt.date(), QDate(2026, 3, 2));
}

void TestComplaintCsvImport::needsPermission()
{
    ComplaintFixture f;
    Context tech = f.as({Role::TechnicalTeam});
    QVERIFY_THROWS_EXCEPTION(Error, ComplaintCsvImport(tech).importData("channel,received\ng,2026-03-02\n"));
}

QTEST_GUILESS_MAIN(TestComplaintCsvImport)
#include "test_complaintcsvimport.moc"
