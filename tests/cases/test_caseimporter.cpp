#include "CaseFixture.h"
#include "cases/ApplicantRepository.h"
#include "cases/BusinessRepository.h"
#include "cases/CaseImporter.h"
#include "cases/DemoData.h"
#include "cases/RegistrationNumbers.h"
#include "common/Error.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

namespace {
int count(Database& db, const QString& sql)
{
    return SqlQuery(db.handle(), sql).scalar().toInt();
}

const QByteArray kHeader =
    "kbli,received_date,applicant_name,applicant_nik,applicant_phone,business_name,business_capital,"
    "missing,stage,nib_number,permit_number,signed_date,handed_over_date,reason,registration_number\n";

QByteArray row(const QString& fields)
{
    return fields.toUtf8() + '\n';
}

bool hasProblem(const CaseImportSummary& s, int line, const QString& column)
{
    for (const CaseImportProblem& p : s.problems)
        if (p.line == line && p.column == column)
            return true;
    return false;
}

QString describe(const CaseImportSummary& s)
{
    QStringList out;
    for (const CaseImportProblem& p : s.problems)
        out << QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.message);
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestCaseImporter : public QObject
{
    Q_OBJECT
private slots:
    void goodFileIsWrittenInOneGo();
    void everyBadRowIsReportedAndNothingWritten();
    void headerProblems();
    void spreadsheetDialect();
    void needsPermission();
    void generatedFileImports();
    void badRowAfterTheFirstBatchWritesNothing();
    void bulkLookupsAnswerAsOneByOne();
    void refusedWriteRollsBackTheWholeFile();
    void partiesOfEarlierBatchesAreFoundAgain();
};

void TestCaseImporter::goodFileIsWrittenInOneGo()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QString nik1 = CaseFixture::nik(1);
    QByteArray csv = kHeader;
    csv += row(
        QStringLiteral("71205,2026-02-02,Asep Suryana,%1,081200000001,CV Ukur Jaya,2.500.000.000,,,,,,,,").arg(nik1));
    csv += row(
        QStringLiteral("71205,03/02/2026,Asep Suryana,%1,081200000001,CV Ukur Jaya Dua,750000000,U2,,,,,,,").arg(nik1));
    csv += row(
        QStringLiteral("71205,2026-02-04,Euis Nurhayati,%1,081200000002,PT Metrologi Prima,12000000000,,handed_over,"
                       "9120000000101,503/9/IZIN/2026,2026-02-12,2026-02-13,,DPMPTSP/71205/2025/C09/00001")
            .arg(CaseFixture::nik(2, 20, true)));
    csv += row(QStringLiteral("71205,2026-02-05,Dadang Permana,%1,081200000003,UD Sinar Abadi,300000000,,rejected,,,,,"
                              "\"Lokasi tidak sesuai RTRW\",")
                   .arg(CaseFixture::nik(3)));
    const CaseImportSummary s =
        CaseImporter::importCsv(f.as({Role::FrontDesk}, QStringLiteral("siti")), csv, QStringLiteral("arsip.csv"));
    QVERIFY2(s.written, qPrintable(describe(s)));
    QCOMPARE(s.rows, 4);
    QCOMPARE(s.registered, 3);
    QCOMPARE(s.returned, 1);
    QCOMPARE(s.applicantsCreated, 3); // Asep comes twice
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 4);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")), 3);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.import'")), 1);
    QCOMPARE(s.firstNumber, QStringLiteral("DPMPTSP/71205/2026/C01/00001"));

    const CaseRecord returned = CaseService::get(f.system(), QStringLiteral("DPMPTSP/71205/2026/C01/00002"));
    QCOMPARE(returned.stage, CaseStage::Returned);
    QCOMPARE(returned.clock, QStringLiteral("none"));
    QCOMPARE(returned.receivedAt.date(), QDate(2026, 2, 3));
    const CaseRecord old = CaseService::get(f.system(), QStringLiteral("DPMPTSP/71205/2025/C09/00001"));
    QCOMPARE(old.stage, CaseStage::HandedOver);
    QCOMPARE(old.business.nib, QStringLiteral("9120000000101"));
    QCOMPARE(old.business.scale, BusinessScale::Besar);
    QCOMPARE(old.clock, QStringLiteral("stopped"));
    QCOMPARE(CaseService::view(f.system(), old.registrationNumber).completion.state, ClockState::Met);
    QCOMPARE(old.events.first().action, QStringLiteral("import"));
    QVERIFY(old.events.first().note.contains(QStringLiteral("arsip.csv, line 4")));
    const CaseRecord rejected = CaseService::get(f.system(), QStringLiteral("DPMPTSP/71205/2026/C01/00003"));
    QCOMPARE(rejected.rejectionReason, QStringLiteral("Lokasi tidak sesuai RTRW"));
}

void TestCaseImporter::everyBadRowIsReportedAndNothingWritten()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    CaseService::registerCase(f.system(), f.request(5)); // NIK 5 belongs to Budi Santoso 5
    const int before = count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases"));
    QByteArray csv = kHeader;
    csv += row(QStringLiteral("71205,2026-02-02,Asep Suryana,%1,081200000001,CV Ukur Jaya,2500000000,,,,,,,,")
                   .arg(CaseFixture::nik(1))); // 2 ok
    csv += row(QStringLiteral("71205,2026-02-31,Asep Suryana,%1,081200000001,CV Ukur Jaya,2500000000,,,,,,,,")
                   .arg(CaseFixture::nik(1)));                                                                 // 3 date
    csv += row(QStringLiteral("71205,2026-02-02,Euis,3214019999900001,081200000001,CV B,2500000000,,,,,,,,")); // 4 nik
    csv += row(QStringLiteral("99999,2026-02-02,Euis Sukmawati,%1,0812,CV B,lima juta,,,,,,,,")
                   .arg(CaseFixture::nik(4))); // 5 kbli, phone, capital
    csv += row(QStringLiteral("71205,2026-02-02,Ujang,%1,081200000001,CV C,2500000000,U2,issued,,,,,,")
                   .arg(CaseFixture::nik(6))); // 6 stage vs missing
    csv += row(QStringLiteral("71205,2026-02-02,Ujang Hidayat,%1,081200000001,CV D,2500000000,,issued,123,,,,,")
                   .arg(CaseFixture::nik(7))); // 7 nib, permit, signed
    csv += row(QStringLiteral("71205,2026-02-02,Siti Aminah,%1,081200000001,CV E,2500000000,,,,,,,,")
                   .arg(CaseFixture::nik(5))); // 8 NIK of another
    csv += row(QStringLiteral("71205,2026-02-02,Dewi,%1,081200000001,CV F,2500000000,,rejected,,,,,,")
                   .arg(CaseFixture::nik(8))); // 9 reason
    csv += row(QStringLiteral("71205,2026-02-02,Rina Wati,%1,081200000001,CV G,2500000000,U9,,,,,,,")
                   .arg(CaseFixture::nik(9))); // 10 unknown key
    csv += row(QStringLiteral("71205,2026-02-02,Rina Wati,%1,081200000001,CV G, Jaya,2500000000,,,,,,,,")
                   .arg(CaseFixture::nik(10))); // 11 unquoted comma
    const CaseImportSummary s = CaseImporter::importCsv(f.system(), csv, QStringLiteral("bad.csv"));
    QVERIFY(!s.written);
    QCOMPARE(s.rows, 10);
    QVERIFY2(!hasProblem(s, 2, QStringLiteral("kbli")), qPrintable(describe(s)));
    QVERIFY(hasProblem(s, 3, QStringLiteral("received_date")));
    QVERIFY(hasProblem(s, 4, QStringLiteral("applicant_nik")));
    QVERIFY(hasProblem(s, 5, QStringLiteral("kbli")));
    QVERIFY(hasProblem(s, 5, QStringLiteral("business_capital")));
    QVERIFY(hasProblem(s, 5, QStringLiteral("applicant_phone")));
    QVERIFY(hasProblem(s, 6, QStringLiteral("stage")));
    QVERIFY(hasProblem(s, 7, QStringLiteral("nib_number")));
    QVERIFY(hasProblem(s, 7, QStringLiteral("permit_number")));
    QVERIFY(hasProblem(s, 7, QStringLiteral("signed_date")));
    QVERIFY(hasProblem(s, 8, QStringLiteral("applicant_nik")));
    QVERIFY(hasProblem(s, 9, QStringLiteral("reason")));
    QVERIFY(hasProblem(s, 10, QStringLiteral("missing")));
    QVERIFY(hasProblem(s, 11, QString()));
    for (const CaseImportProblem& p : s.problems)
        QVERIFY(!p.message.isEmpty());
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), before);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.import'")), 0);
}

void TestCaseImporter::headerProblems()
{
    CaseFixture f;
    const CaseImportSummary s = CaseImporter::importCsv(
        f.system(), "kbli,received_date,applicant_name,colour\n71205,2026-01-02,Asep\n", QStringLiteral("h.csv"));
    QVERIFY(!s.written);
    QVERIFY(hasProblem(s, 1, QStringLiteral("colour")));
    QVERIFY(hasProblem(s, 1, QStringLiteral("applicant_nik")));
    QVERIFY(hasProblem(s, 1, QStringLiteral("business_capital")));
    QVERIFY(!CaseImporter::importCsv(f.system(), "", QStringLiteral("e.csv")).problems.isEmpty());
    QVERIFY(hasProblem(CaseImporter::importCsv(f.system(), "kbli,\"received_date\n", QStringLiteral("q.csv")), 1, {}));
    // A quote left open further down is reported on the line it starts on, and nothing is written.
    const CaseImportSummary open = CaseImporter::importCsv(
        f.system(), "kbli,received_date\n71205,2026-01-02\n71205,\"2026-01-02\n71205,2026-01-05\n",
        QStringLiteral("o.csv"));
    QVERIFY2(hasProblem(open, 3, {}), qPrintable(describe(open)));
    QVERIFY(!open.written);
}

void TestCaseImporter::spreadsheetDialect()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    // Semicolons, a byte-order mark, CRLF, quotes with a line break and a doubled quote, and
    // Indonesian column names.
    QByteArray csv = "\xEF\xBB\xBFkbli;Tanggal Diterima;nama_pemohon;applicant_nik;telepon;applicant_address;"
                     "nama_usaha;modal;kawasan_industri\r\n";
    csv += QStringLiteral("71205;02/02/2026;Asep Suryana;%1;+62 812 0000 0001;\"Jl. Veteran 1;\r\nPurwakarta\";"
                          "\"CV \"\"Ukur\"\" Jaya\";Rp 2.500.000.000;ya\r\n")
               .arg(CaseFixture::nik(1))
               .toUtf8();
    const CaseImportSummary s = CaseImporter::importCsv(f.system(), csv, QStringLiteral("excel.csv"));
    QVERIFY2(s.written, qPrintable(describe(s)));
    const CaseRecord c = CaseService::get(f.system(), s.firstNumber);
    QCOMPARE(c.business.name, QStringLiteral("CV \"Ukur\" Jaya"));
    QCOMPARE(c.applicant.address, QStringLiteral("Jl. Veteran 1; Purwakarta"));
    QCOMPARE(c.applicant.phone, QStringLiteral("081200000001"));
    QCOMPARE(c.business.capital, 2'500'000'000LL);
    QVERIFY(c.business.inIndustrialEstate);
}

void TestCaseImporter::needsPermission()
{
    CaseFixture f;
    QVERIFY_THROWS_EXCEPTION(Error,
                             CaseImporter::importCsv(f.as({Role::TechnicalTeam}), kHeader, QStringLiteral("x.csv")));
}

void TestCaseImporter::generatedFileImports()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QByteArray csv = DemoData::importCsv(300, 11, QStringLiteral("71205"), f.data().clock().today());
    const CaseImportSummary s = CaseImporter::importCsv(f.system(), csv, QStringLiteral("demo.csv"));
    QVERIFY2(s.written, qPrintable(describe(s)));
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 300);
    // Importing the same file again: same people, so no NIK conflicts, but new applications.
    const CaseImportSummary again = CaseImporter::importCsv(f.system(), csv, QStringLiteral("demo.csv"));
    QVERIFY2(again.written, qPrintable(describe(again)));
    QCOMPARE(again.applicantsCreated, 0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 600);
}

// The import writes batch by batch inside one transaction: a bad row far down the file, after
// batches were written, still leaves nothing behind (no case, person, number or audit entry).
void TestCaseImporter::badRowAfterTheFirstBatchWritesNothing()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QByteArray good = DemoData::importCsv(2500, 12, QStringLiteral("71205"), f.data().clock().today());
    const QByteArray bad = good + ",71205,2026-13-45,Asep Suryana," + CaseFixture::nik(9).toUtf8() +
                           ",081200000009,,,CV Ukur Jaya,,,500000000,,,,,,,,,,,\n";
    const CaseImportSummary s = CaseImporter::importCsv(f.system(), bad, QStringLiteral("late.csv"));
    QVERIFY(!s.written);
    QCOMPARE(s.rows, 2501);
    QVERIFY2(hasProblem(s, 2502, QStringLiteral("received_date")), qPrintable(describe(s)));
    QCOMPARE(s.problems.size(), 1);
    QCOMPARE(s.registered, 0);
    for (const char* table : {"cases", "applicants", "businesses", "case_events"})
        QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT COALESCE(sum(last_value), 0) FROM registration_sequences")),
             0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'case.import'")), 0);

    // The good rows and the first person once more at the end: written whole, numbered without
    // gaps across the batches, and the person of row 1 is found again three batches later.
    const QList<QByteArray> lines = good.split('\n');
    const QByteArray again = good + lines.at(1) + '\n';
    const QString nik = QString::fromUtf8(lines.at(1).split(',').at(4));
    const CaseImportSummary ok = CaseImporter::importCsv(f.system(), again, QStringLiteral("good.csv"));
    QVERIFY2(ok.written, qPrintable(describe(ok)));
    QCOMPARE(ok.rows, 2501);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 2501);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(DISTINCT registration_number) FROM cases")), 2501);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT sum(last_value) FROM registration_sequences")), 2501);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants WHERE nik = '%1'").arg(nik)), 1);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases c JOIN applicants a ON a.id = "
                                                 "c.applicant_id WHERE a.nik = '%1'")
                                      .arg(nik)),
             2);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) - count(DISTINCT nik) FROM applicants")), 0);
    QCOMPARE(ok.applicantsCreated, count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")));
}

// The import looks up the NIKs and NIBs of a batch in one query each (issue 16): the same
// people and businesses byNik and byNib find, the first registered one of a repeated NIB.
void TestCaseImporter::bulkLookupsAnswerAsOneByOne()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QByteArray csv = DemoData::importCsv(400, 13, QStringLiteral("71205"), f.data().clock().today());
    QVERIFY(CaseImporter::importCsv(f.system(), csv, QStringLiteral("demo.csv")).written);
    QStringList niks{QStringLiteral("3273019999990001")}; // nobody's
    QStringList nibs{QStringLiteral("9999999999999")};
    SqlQuery q(f.data().db().handle(), QStringLiteral("SELECT a.nik, b.nib FROM cases c JOIN applicants a ON a.id = "
                                                      "c.applicant_id JOIN businesses b ON b.id = c.business_id"));
    q.exec();
    while (q.next()) {
        niks << q.value(0).toString();
        if (!q.value(1).toString().isEmpty())
            nibs << q.value(1).toString();
    }
    QVERIFY(nibs.size() > 10);
    const ApplicantRepository applicants(f.data().db().handle());
    const BusinessRepository businesses(f.data().db().handle());
    const QHash<QString, Applicant> byNik = applicants.byNiks(niks);
    const QHash<QString, Business> byNib = businesses.byNibs(nibs);
    QVERIFY(!byNik.contains(niks.first()));
    QVERIFY(!byNib.contains(nibs.first()));
    for (const QString& nik : niks)
        QCOMPARE(byNik.value(nik).id, applicants.byNik(nik).value_or(Applicant{}).id);
    for (const QString& nib : nibs)
        QCOMPARE(byNib.value(nib).id, businesses.byNib(nib).value_or(Business{}).id);
}

// Rows are written on a thread of their own while the next ones are checked (WriteBehind): a row
// the database refuses there still fails the import as a whole, as a storage error, and leaves
// nothing behind. Here row 2 names the number the import gives row 1 (both in the first batch).
void TestCaseImporter::refusedWriteRollsBackTheWholeFile()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QString taken = RegistrationNumbers(f.system()).formatWith(QStringLiteral("71205"), QDate(2026, 2, 2), 1);
    const auto file = [&](int takenAt) {
        QByteArray csv = kHeader;
        for (int i = 1; i <= 1500; ++i)
            csv +=
                row(QStringLiteral("71205,2026-02-02,Asep Suryana %1,%2,081200000001,CV Ukur %1,2500000000,,,,,,,,%3")
                        .arg(i)
                        .arg(CaseFixture::nik(1000 + i), i == takenAt ? taken : QString()));
        return csv;
    };
    try {
        const CaseImportSummary s = CaseImporter::importCsv(f.system(), file(2), QStringLiteral("taken.csv"));
        QFAIL(qPrintable(QStringLiteral("the number given twice was not refused: %1").arg(describe(s))));
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }
    for (const char* table : {"cases", "applicants", "businesses", "case_events", "case_checklist"})
        QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT COALESCE(sum(last_value), 0) FROM registration_sequences")),
             0);
    // A bad row further down does not hide the refused write behind the rows' problems.
    try {
        CaseImporter::importCsv(f.system(), file(2) + "71205,2026-13-45,Euis,3214019999900001,0812,CV B,1,,,,,,,,\n",
                                QStringLiteral("taken-and-bad.csv"));
        QFAIL("the refused write was not reported");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Storage);
    }

    // In a later batch the same number is "already registered" at its line, however far the
    // writing has got.
    const CaseImportSummary late = CaseImporter::importCsv(f.system(), file(1400), QStringLiteral("late.csv"));
    QVERIFY(!late.written);
    QCOMPARE(late.problems.size(), 1);
    QVERIFY2(hasProblem(late, 1401, QStringLiteral("registration_number")), qPrintable(describe(late)));
    QVERIFY2(late.problems.first().message.contains(QLatin1String("already registered")), qPrintable(describe(late)));

    // The connection is the caller's again: the file without the clash imports.
    const CaseImportSummary ok = CaseImporter::importCsv(f.system(), file(0), QStringLiteral("fixed.csv"));
    QVERIFY2(ok.written, qPrintable(describe(ok)));
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 1500);
}

// People and businesses an earlier batch wrote, named again batches later (read back once per
// batch while the writer thread catches up): found, not registered twice.
void TestCaseImporter::partiesOfEarlierBatchesAreFoundAgain()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::zone()));
    const QByteArray good = DemoData::importCsv(2200, 14, QStringLiteral("71205"), f.data().clock().today());
    const QList<QByteArray> lines = good.split('\n');
    QByteArray csv = good;
    for (int i = 1; i <= 300; ++i) // the first 300 rows again, in the third batch
        csv += lines.at(i) + '\n';
    const CaseImportSummary s = CaseImporter::importCsv(f.system(), csv, QStringLiteral("again.csv"));
    QVERIFY2(s.written, qPrintable(describe(s)));
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) FROM cases")), 2500);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) - count(DISTINCT nik) FROM applicants")), 0);
    QCOMPARE(count(f.data().db(), QStringLiteral("SELECT count(*) - count(DISTINCT nib) FROM businesses WHERE nib IS "
                                                 "NOT NULL")),
             0);
    QVERIFY(count(f.data().db(), QStringLiteral("SELECT count(*) FROM businesses WHERE nib IS NOT NULL")) > 10);
    QCOMPARE(s.applicantsCreated, count(f.data().db(), QStringLiteral("SELECT count(*) FROM applicants")));
    QVERIFY(s.applicantsCreated <= 2200);
}

QTEST_GUILESS_MAIN(TestCaseImporter)
#include "test_caseimporter.moc"
