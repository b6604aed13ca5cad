#include "TestDatabase.h"
#include "catalog/StandardImporter.h"
#include "common/Error.h"
#include "common/TextDecoding.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;
using test::CliResult;
using test::runCli;

namespace {
QByteArray builtinAnnex()
{
    QFile f(StandardImporter::builtinResource());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

// Issue 14, points 4 and 7: a cut annex became the current standard, and files in another encoding
// were imported as garbage.
class TestHardeningImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cutAnnexIsRefusedAtEveryLength();
    void cutAnnexMakesNoNewVersion();
    void caseImportNeedsUtf8OrANamedEncoding();
    void complaintImportNeedsUtf8OrANamedEncoding();
    void kbliImportNeedsUtf8OrANamedEncoding();
    void surveyImportNeedsUtf8OrANamedEncoding();
    void calendarImportNeedsUtf8OrANamedEncoding();
    void unknownEncodingIsRefused();
    void decodingNamesTheLine();

private:
    CliResult cli(const QStringList& args, const QString& user = {}, const QByteArray& input = {});
    QString write(const QString& name, const QByteArray& bytes);
    int versionsOfBuiltin();
    QTemporaryDir m_dir;
    QString m_db;
};

CliResult TestHardeningImport::cli(const QStringList& args, const QString& user, const QByteArray& input)
{
    QStringList head{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        head << QStringLiteral("--user") << user;
    const QString password =
        user == QLatin1String("siti") ? QStringLiteral("Siti-pass-456") : QStringLiteral("Admin-pass-123");
    return runCli(head + args,
                  {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=") + password,
                   QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))},
                  input);
}

int TestHardeningImport::versionsOfBuiltin()
{
    const CliResult r =
        cli({QStringLiteral("catalog"), QStringLiteral("versions"), QStringLiteral("71205"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return -1;
    return int(QJsonDocument::fromJson(r.out).array().size());
}

QString TestHardeningImport::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

void TestHardeningImport::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    CliResult r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList env{QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=Admin-pass-123"),
                          QStringLiteral("LOKET_NEW_PASSWORD=First-pass-123"),
                          QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))};
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                QStringLiteral("add"), QStringLiteral("siti"), QStringLiteral("--role"), QStringLiteral("front_desk")},
               env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("siti"), QStringLiteral("user"),
                QStringLiteral("passwd")},
               {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=First-pass-123"),
                QStringLiteral("LOKET_NEW_PASSWORD=Siti-pass-456"),
                QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestHardeningImport::cutAnnexIsRefusedAtEveryLength()
{
    const QString whole = QString::fromUtf8(builtinAnnex());
    QVERIFY(whole.size() > 10000);
    QCOMPARE(StandardImporter::parse(whole).size(), 1);
    // Cut anywhere from the middle to just before the end: never a standard.
    for (int permille = 500; permille < 1000; permille += 5) {
        const QString cut = whole.left(qsizetype(whole.size()) * permille / 1000);
        try {
            StandardImporter::parse(cut);
            QFAIL(qPrintable(QStringLiteral("an annex cut at %1 per mille was accepted").arg(permille)));
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Invalid);
        }
    }
    // Also when the cut happens to fall at the end of a line: component 14 is there, but not whole.
    const QString noSurvey = whole.left(whole.indexOf(QStringLiteral("2. Evaluasi"))) + QLatin1Char('\n');
    try {
        StandardImporter::parse(noSurvey);
        QFAIL("an annex without the survey frequency was accepted");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QStringLiteral("component 14")) &&
                     e.message().contains(QStringLiteral("satisfaction survey")),
                 qPrintable(e.message()));
    }
}

void TestHardeningImport::cutAnnexMakesNoNewVersion()
{
    const int before = versionsOfBuiltin();
    QVERIFY(before >= 1);
    const QByteArray whole = builtinAnnex();
    const QString file = m_dir.filePath(QStringLiteral("annex-97.txt"));
    writeFile(file, whole.left(whole.size() * 97 / 100));
    CliResult r = cli({QStringLiteral("catalog"), QStringLiteral("import-standard"), file}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 3);
    // Names the service and the component that is not whole.
    QVERIFY2(r.err.contains("71205") && r.err.contains("component 14"), r.err.constData());
    QCOMPARE(versionsOfBuiltin(), before);

    // Cut at the end of a line, before the last component: that component is named as missing.
    const QByteArray beforeLast = whole.left(whole.indexOf("14\tEvaluasi Kinerja Pelaksana"));
    r = cli({QStringLiteral("catalog"), QStringLiteral("import-standard"), QStringLiteral("-")},
            QStringLiteral("admin"), beforeLast);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("component 14") && r.err.contains("missing"), r.err.constData());
    QCOMPARE(versionsOfBuiltin(), before);

    // Cut in the middle of the last sentence.
    r = cli({QStringLiteral("catalog"), QStringLiteral("import-standard"), QStringLiteral("-")},
            QStringLiteral("admin"), whole.left(whole.size() - 20));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("cut short"), r.err.constData());
    QCOMPARE(versionsOfBuiltin(), before);
}

void TestHardeningImport::caseImportNeedsUtf8OrANamedEncoding()
{
    const QByteArray header = "kbli,received_date,applicant_name,applicant_nik,applicant_phone,business_name,"
                              "business_capital\n";
    // "Yos\u00E9 Suryan\u00E1" as a spreadsheet on Windows saves it (cp1252) on line 3.
    const QByteArray cp1252 = header +
                              "71205,2026-03-02,Asep Suryana,3214011503900001,081234567890,CV A,1000000\n"
                              "71205,2026-03-02,Yos\xE9 Suryan\xE1,3214011503900002,081234567890,CV B,1000000\n";
    const QString file = write(QStringLiteral("cases-cp1252.csv"), cp1252);
    CliResult r = cli({QStringLiteral("case"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 3 is not UTF-8") && r.err.contains("--encoding cp1252"), r.err.constData());
    r = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("siti"));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    r = cli({QStringLiteral("case"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("cp1252")},
            QStringLiteral("siti"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // UTF-8 with a BOM (as Excel writes "CSV UTF-8") needs nothing.
    const QByteArray utf8 =
        "\xEF\xBB\xBF" + header +
        QStringLiteral("71205,2026-03-03,Ren\u00E9 Wijaya,3214011503900003,081234567890,CV C,1000000\n").toUtf8();
    r = cli({QStringLiteral("case"), QStringLiteral("import"), write(QStringLiteral("cases-bom.csv"), utf8)},
            QStringLiteral("siti"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("siti"));
    const QString list = QString::fromUtf8(r.out);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    QVERIFY2(list.contains(QStringLiteral("Yos\u00E9 Suryan\u00E1")) &&
                 list.contains(QStringLiteral("Ren\u00E9 Wijaya")),
             r.out.constData());
    QVERIFY(!list.contains(QChar(0xFFFD)));
}

void TestHardeningImport::complaintImportNeedsUtf8OrANamedEncoding()
{
    const QByteArray cp1252 = "channel,received,name,object\n"
                              "g,2026-03-16 09:00,Budi,Antrian lama\n"
                              "f,2026-03-16 10:00,Jos\xE9,Biaya \x93tambahan\x94\n";
    const QString file = write(QStringLiteral("complaints-cp1252.csv"), cp1252);
    CliResult r = cli({QStringLiteral("complaint"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 3 is not UTF-8"), r.err.constData());
    r = cli({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("siti"));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    r = cli({QStringLiteral("complaint"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("windows-1252"), QStringLiteral("--json")},
            QStringLiteral("siti"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 2);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Biaya \u201Ctambahan\u201D")), r.out.constData());

    const QByteArray bom = "\xEF\xBB\xBF" + QStringLiteral("channel,received,name,object\n"
                                                           "g,2026-03-17 09:00,Ren\u00E9,Antrian\n")
                                                .toUtf8();
    r = cli({QStringLiteral("complaint"), QStringLiteral("import"), write(QStringLiteral("complaints-bom.csv"), bom)},
            QStringLiteral("siti"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestHardeningImport::kbliImportNeedsUtf8OrANamedEncoding()
{
    const QByteArray cp1252 = "kode;judul;kategori\n"
                              "62011;Aktivitas Pengembangan Video Game;J\n"
                              "85111;Pendidikan Anak Usia Dini \x96 Taman Kanak-Kanak;P\n";
    const QString file = write(QStringLiteral("kbli-cp1252.csv"), cp1252);
    CliResult r = cli({QStringLiteral("kbli"), QStringLiteral("import"), file}, QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 3 is not UTF-8"), r.err.constData());
    r = cli({QStringLiteral("kbli"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("cp1252"), QStringLiteral("--json")},
            QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(), 2);
}

void TestHardeningImport::calendarImportNeedsUtf8OrANamedEncoding()
{
    // A holiday list saved by a Windows program: the dash is cp1252's 0x96 on line 5.
    const QByteArray cp1252 = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270308\r\n"
                              "SUMMARY:Hari Raya Nyepi \x96 Saka 1949\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QString file = write(QStringLiteral("nyepi-cp1252.ics"), cp1252);
    CliResult r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 5 is not UTF-8"), r.err.constData());
    r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("cp1252"), QStringLiteral("--reason"), QStringLiteral("SKB 2027"),
             QStringLiteral("--json")},
            QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Hari Raya Nyepi \u2013 Saka 1949")), r.out.constData());
    r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("no-such-encoding"), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 3);
}

void TestHardeningImport::surveyImportNeedsUtf8OrANamedEncoding()
{
    const QByteArray cp1252 = "received_on,service_kbli,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,comment\n"
                              "2026-03-02,71205,L,4,4,3,4,3,4,4,3,4,Baik\n"
                              "2026-03-03,71205,P,3,3,3,3,3,3,3,3,3,Pelayanan \x93"
                              "cepat\x94\n";
    const QString file = write(QStringLiteral("survey-cp1252.csv"), cp1252);
    CliResult r = cli({QStringLiteral("survey"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 3 is not UTF-8"), r.err.constData());
    r = cli({QStringLiteral("survey"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
             QStringLiteral("cp1252"), QStringLiteral("--json")},
            QStringLiteral("siti"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imported")).toInt(), 2);
}

void TestHardeningImport::decodingNamesTheLine()
{
    QCOMPARE(TextDecoding::firstInvalidUtf8Line("a\nb\n"), 0);
    QCOMPARE(TextDecoding::firstInvalidUtf8Line("\xE9t\u00E9\nb\n"), 1);
    QCOMPARE(TextDecoding::firstInvalidUtf8Line("a\r\nb\r\nc\xFF\r\n"), 3);
    // A character cut in two at the very end of the file.
    QCOMPARE(TextDecoding::firstInvalidUtf8Line("a\nb\xC3"), 2);
    QCOMPARE(TextDecoding::decode("\xEF\xBB\xBFJos\xC3\xA9"), QStringLiteral("Jos\u00E9"));
    QCOMPARE(TextDecoding::decode("Jos\xE9 \x80", QStringLiteral("cp1252")), QStringLiteral("Jos\u00E9 \u20AC"));
    QCOMPARE(TextDecoding::decode("Jos\xE9", QStringLiteral("latin1")), QStringLiteral("Jos\u00E9"));
    try {
        TextDecoding::decode("ok\nok\nJos\xE9\n");
        QFAIL("cp1252 bytes were read as UTF-8");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("line 3"));
    }
}

void TestHardeningImport::unknownEncodingIsRefused()
{
    const QString file = write(QStringLiteral("any.csv"), "kode;judul\n62012;Judul\n");
    const CliResult r = cli({QStringLiteral("kbli"), QStringLiteral("import"), file, QStringLiteral("--encoding"),
                             QStringLiteral("klingon-8")},
                            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("klingon-8"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestHardeningImport)
#include "test_hardeningimport.moc"
