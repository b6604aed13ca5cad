#include "TestDatabase.h"
#include "cases/CaseValidator.h"
#include "common/Bounds.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace loket;
using test::CliResult;
using test::runCli;

// Issue 14, point 10: garbage that was accepted with exit 0. One test per kind of garbage; each
// is refused with exit 3 naming the field or line, and nothing is written.
class TestHardeningBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registrationNumberInTheOfficesFormat();
    void datesWithTrailingTextRefused();
    void officerMustBeAUser();
    void caseReceivedBefore2000Refused();
    void nulInsideANameRefused();
    void longNoteRefused();
    void complaintReceivedIn1900Refused();
    void complaintNameWithNulRefused();
    void surveyFormsDatedInTheFutureRefused();
    void unknownSurveyColumnRefused();
    void icsHolidayYearsBounded();
    void negativeLimitsRefused();
    void calendarShowSaysTheRange();
    void backupKeepOutOfRangeIsInvalidInput();
    void boundsHelpers();
    void userFullNameBounded();
    void catalogueTextsBounded();
    void settingsBounded();

private:
    CliResult cli(const QStringList& args, const QString& user = {});
    CliResult importCases(const QByteArray& rows);
    int caseCount();
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
    QString m_db;
};

namespace {
const QByteArray kCaseHeader = "registration_number,kbli,received_date,applicant_name,applicant_nik,applicant_phone,"
                               "business_name,business_capital,officer,note\n";
} // namespace

CliResult TestHardeningBounds::cli(const QStringList& args, const QString& user)
{
    QStringList head{QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en")};
    if (!user.isEmpty())
        head << QStringLiteral("--user") << user;
    const QString password =
        user == QLatin1String("siti") ? QStringLiteral("Siti-pass-456") : QStringLiteral("Admin-pass-123");
    return runCli(head + args,
                  {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=") + password,
                   QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"))});
}

QString TestHardeningBounds::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}

CliResult TestHardeningBounds::importCases(const QByteArray& rows)
{
    // The rows' problems are data (stdout); the refusal a message (stderr): look at both.
    CliResult r =
        cli({QStringLiteral("case"), QStringLiteral("import"), write(QStringLiteral("cases.csv"), kCaseHeader + rows)},
            QStringLiteral("siti"));
    r.err = r.out + r.err;
    return r;
}

int TestHardeningBounds::caseCount()
{
    const CliResult r =
        cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("siti"));
    return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
}

void TestHardeningBounds::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    CliResult r = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString log = QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"));
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"),
                QStringLiteral("add"), QStringLiteral("siti"), QStringLiteral("--role"), QStringLiteral("front_desk")},
               {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=Admin-pass-123"),
                QStringLiteral("LOKET_NEW_PASSWORD=First-pass-123"), log});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("--db"), m_db, QStringLiteral("--user"), QStringLiteral("siti"), QStringLiteral("user"),
                QStringLiteral("passwd")},
               {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=First-pass-123"),
                QStringLiteral("LOKET_NEW_PASSWORD=Siti-pass-456"), log});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(caseCount(), 0);
}

void TestHardeningBounds::registrationNumberInTheOfficesFormat()
{
    CliResult r = importCases("\"'); DROP TABLE cases;--\",71205,2026-03-02,Asep Suryana,3214011503900001,"
                              "081234567890,CV A,1000000,,\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 2, column registration_number") && r.err.contains("DPMPTSP/71205/2026/C01/00001"),
             r.err.constData());
    r = importCases(QByteArray(100000, 'X') + ",71205,2026-03-02,Asep Suryana,3214011503900001,081234567890,CV A,"
                                              "1000000,,\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.size() < 4000); // the message does not echo the 100,000 characters
    QCOMPARE(caseCount(), 0);
    // A number of the office's own format (another counter's) comes in.
    r = importCases("DPMPTSP/71205/2025/C02/00417,71205,2026-03-02,Asep Suryana,3214011503900001,081234567890,CV A,"
                    "1000000,,\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(caseCount(), 1);
}

void TestHardeningBounds::datesWithTrailingTextRefused()
{
    const CliResult r = importCases(",71205,2026-02-02xyz,Budi Santoso,3214011503900002,081234567890,CV B,1000000,,\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column received_date") && r.err.contains("2026-02-02xyz"), r.err.constData());
    // The same on the command line.
    const CliResult s =
        cli({QStringLiteral("survey"), QStringLiteral("add"), QStringLiteral("--answers"),
             QStringLiteral("4,4,4,4,4,4,4,4,4"), QStringLiteral("--date"), QStringLiteral("2026-03-02xyz")},
            QStringLiteral("siti"));
    QCOMPARE(s.exitCode, 3);
}

void TestHardeningBounds::officerMustBeAUser()
{
    const CliResult r =
        importCases(",71205,2026-03-02,Budi Santoso,3214011503900002,081234567890,CV B,1000000,nobody,\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column officer") && r.err.contains("nobody"), r.err.constData());
}

void TestHardeningBounds::caseReceivedBefore2000Refused()
{
    const CliResult r = importCases(",71205,1900-03-02,Budi Santoso,3214011503900002,081234567890,CV B,1000000,,\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column received_date") && r.err.contains("2000-01-01"), r.err.constData());
}

void TestHardeningBounds::nulInsideANameRefused()
{
    const QByteArray row = QByteArray(",71205,2026-03-02,Budi") + '\0' +
                           QByteArray(" Santoso,3214011503900002,081234567890,CV B,1000000,,\n");
    const CliResult r = importCases(row);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column applicant_name"), r.err.constData());
    // In core, for the counter screen as well.
    Applicant a;
    a.name = QStringLiteral("Budi") + QChar(0) + QStringLiteral(" Santoso");
    a.nik = QStringLiteral("3214011503900002");
    a.phone = QStringLiteral("081234567890");
    try {
        CaseValidator::applicant(a, QDate(2026, 3, 20));
        QFAIL("a NUL inside a name was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("applicant.name"));
    }
}

void TestHardeningBounds::longNoteRefused()
{
    const CliResult r = importCases(",71205,2026-03-02,Budi Santoso,3214011503900002,081234567890,CV B,1000000,," +
                                    QByteArray(Bounds::kNote + 1, 'n') + "\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column note") && r.err.contains("too long"), r.err.constData());
    QCOMPARE(caseCount(), 1);
}

void TestHardeningBounds::complaintReceivedIn1900Refused()
{
    const QString file = write(QStringLiteral("complaint-1900.csv"), "channel,received,name,object\n"
                                                                     "g,1900-01-01 09:00,Budi,Antrian lama\n");
    const CliResult r = cli({QStringLiteral("complaint"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column received") && r.err.contains("2000-01-01"), r.err.constData());
}

void TestHardeningBounds::complaintNameWithNulRefused()
{
    const QString file =
        write(QStringLiteral("complaint-nul.csv"), QByteArray("channel,received,name,object\ng,2026-03-16 09:00,Bu") +
                                                       '\0' + QByteArray("di,Antrian lama\n"));
    CliResult r = cli({QStringLiteral("complaint"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("column name"), r.err.constData());
    r = cli({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("siti"));
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestHardeningBounds::surveyFormsDatedInTheFutureRefused()
{
    const QString file =
        write(QStringLiteral("survey-2099.csv"), "received_on,service_kbli,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,comment\n"
                                                 "2026-03-02,71205,L,4,4,3,4,3,4,4,3,4,Baik\n"
                                                 "2099-03-02,71205,L,4,4,3,4,3,4,4,3,4,Baik\n");
    CliResult r = cli({QStringLiteral("survey"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("line 3, column received_on"), r.err.constData());
    r = cli({QStringLiteral("survey"), QStringLiteral("add"), QStringLiteral("--answers"),
             QStringLiteral("4,4,4,4,4,4,4,4,4"), QStringLiteral("--date"), QStringLiteral("2099-01-01")},
            QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("2099-01-01"), r.err.constData());
}

void TestHardeningBounds::unknownSurveyColumnRefused()
{
    const QString file = write(QStringLiteral("survey-evil.csv"),
                               "received_on,service_kbli,gender,U1,U2,U3,U4,U5,U6,U7,U8,U9,comment,evil\n"
                               "2026-03-02,71205,L,4,4,3,4,3,4,4,3,4,Baik,x\n");
    const CliResult r = cli({QStringLiteral("survey"), QStringLiteral("import"), file}, QStringLiteral("siti"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Line 1") && r.err.contains("\"evil\""), r.err.constData());
}

void TestHardeningBounds::icsHolidayYearsBounded()
{
    for (const QByteArray year : {QByteArray("00010101"), QByteArray("99991231"), QByteArray("19990101")}) {
        const QString file = write(QStringLiteral("holiday.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
                                                                  "DTSTART;VALUE=DATE:" +
                                                                      year +
                                                                      "\r\nSUMMARY:Tahun Baru\r\nEND:VEVENT\r\n"
                                                                      "END:VCALENDAR\r\n");
        const CliResult r = cli({QStringLiteral("calendar"), QStringLiteral("import"), file, QStringLiteral("--reason"),
                                 QStringLiteral("decree")},
                                QStringLiteral("admin"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Line 3") && r.err.contains("2000 to 2100"), r.err.constData());
    }
}

void TestHardeningBounds::negativeLimitsRefused()
{
    const QList<std::pair<QStringList, QString>> commands{
        {{QStringLiteral("calendar"), QStringLiteral("history")}, {}},
        {{QStringLiteral("complaint"), QStringLiteral("list")}, QStringLiteral("siti")},
        {{QStringLiteral("audit"), QStringLiteral("log")}, QStringLiteral("admin")},
        {{QStringLiteral("case"), QStringLiteral("list")}, QStringLiteral("siti")},
    };
    for (const auto& [words, user] : commands) {
        const CliResult r = cli(words + QStringList{QStringLiteral("--limit"), QStringLiteral("-1")}, user);
        QVERIFY2(r.exitCode == 3,
                 qPrintable(words.join(QLatin1Char(' ')) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains("--limit"), r.err.constData());
    }
}

void TestHardeningBounds::calendarShowSaysTheRange()
{
    const CliResult r = cli({QStringLiteral("calendar"), QStringLiteral("show"), QStringLiteral("99999999")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(!r.err.contains("number of days") && r.err.contains("2000") && r.err.contains("2100"), r.err.constData());
}

void TestHardeningBounds::backupKeepOutOfRangeIsInvalidInput()
{
    const CliResult r = cli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("99999999999")},
                            QStringLiteral("admin"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("--keep"), r.err.constData());
}

void TestHardeningBounds::boundsHelpers()
{
    QCOMPARE(Bounds::strictIsoDate(QStringLiteral("2026-02-02")), QDate(2026, 2, 2));
    QVERIFY(!Bounds::strictIsoDate(QStringLiteral("2026-02-02xyz")).isValid());
    QVERIFY(!Bounds::strictIsoDate(QStringLiteral("2026-02-02T10:00")).isValid());
    QVERIFY(!Bounds::strictIsoDate(QStringLiteral("2026-02-30")).isValid());
    QVERIFY(Bounds::hasForbiddenCharacter(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), true));
    QVERIFY(!Bounds::hasForbiddenCharacter(QStringLiteral("a\nb"), true));
    QVERIFY(Bounds::hasForbiddenCharacter(QStringLiteral("a\nb"), false));
    try {
        Bounds::wholeNumber(QStringLiteral("-1"), 1, 10, QStringLiteral("--limit"));
        QFAIL("-1 was taken as a limit");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), QStringLiteral("--limit"));
    }
}

void TestHardeningBounds::userFullNameBounded()
{
    const QString log = QStringLiteral("LOKET_LOG_DIR=") + m_dir.filePath(QStringLiteral("log"));
    auto add = [&](const QString& user, const QString& fullName) {
        return runCli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("user"), QStringLiteral("add"),
                       user, QStringLiteral("--role"), QStringLiteral("front_desk"), QStringLiteral("--name"),
                       fullName},
                      {QStringLiteral("LOKET_NOW=2026-03-20T10:00"), QStringLiteral("LOKET_PASSWORD=Admin-pass-123"),
                       QStringLiteral("LOKET_NEW_PASSWORD=First-pass-123"), log});
    };
    CliResult r = add(QStringLiteral("tono"), QString(Bounds::kName + 1, QLatin1Char('T')));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Full name is too long") && r.err.size() < 2000, r.err.constData());
    r = add(QStringLiteral("tono"), QStringLiteral("Tono\x01Wibowo"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("Full name holds a control character"), r.err.constData());
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("admin"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.out.contains("tono"));
    r = add(QStringLiteral("tono"), QString(Bounds::kName, QLatin1Char('T')));
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestHardeningBounds::catalogueTextsBounded()
{
    CliResult r = cli({QStringLiteral("catalog"), QStringLiteral("export")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QByteArray before = r.out;
    const QJsonObject root = QJsonDocument::fromJson(before).object();
    QVERIFY(!root.value(QStringLiteral("services")).toArray().isEmpty());
    // One service changed by `change`, imported as a file: refused naming the field, nothing stored.
    auto importChanged = [&](const std::function<void(QJsonObject&)>& change) {
        QJsonObject changed = root;
        QJsonArray services = changed.value(QStringLiteral("services")).toArray();
        QJsonObject service = services.first().toObject();
        change(service);
        services.replace(0, service);
        changed.insert(QStringLiteral("services"), services);
        return cli({QStringLiteral("catalog"), QStringLiteral("import"),
                    write(QStringLiteral("catalog.json"), QJsonDocument(changed).toJson())},
                   QStringLiteral("admin"));
    };
    r = importChanged([](QJsonObject& s) {
        s.insert(QStringLiteral("name"), QStringLiteral("Izin Usaha") + QChar(0) + QStringLiteral("Mikro"));
    });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("name holds a control character"), r.err.constData());
    r = importChanged([](QJsonObject& s) {
        QJsonArray reqs = s.value(QStringLiteral("requirements")).toArray();
        QJsonObject first = reqs.first().toObject();
        first.insert(QStringLiteral("text"), QString(Bounds::kNote + 1, QLatin1Char('x')));
        reqs.replace(0, first);
        s.insert(QStringLiteral("requirements"), reqs);
    });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("requirements[0].text is too long") && r.err.size() < 2000, r.err.constData());
    r = importChanged(
        [](QJsonObject& s) { s.insert(QStringLiteral("name"), QString(Bounds::kName + 1, QLatin1Char('N'))); });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("name is too long"), r.err.constData());
    r = cli({QStringLiteral("catalog"), QStringLiteral("export")});
    QCOMPARE(r.out, before);
}

void TestHardeningBounds::settingsBounded()
{
    test::TestDatabase t;
    SettingsRepository settings(t.db());
    auto refused = [&](const QString& key, const QString& value, const char* says) {
        try {
            settings.set(t.context(), key, value);
        } catch (const Error& e) {
            QCOMPARE(e.field(), key);
            QVERIFY2(e.message().contains(QLatin1String(says)), qPrintable(e.message()));
            return;
        }
        QFAIL(qPrintable(key + QStringLiteral(" was stored")));
    };
    refused(QStringLiteral("office.name"), QString(Bounds::kName + 1, QLatin1Char('D')), "too long");
    refused(QStringLiteral("office.name"), QStringLiteral("DPMPTSP\tPurwakarta"), "control character");
    refused(QStringLiteral("office.address"), QStringLiteral("Jl. Veteran") + QChar(0) + QStringLiteral("139"),
            "control character");
    refused(QStringLiteral("office.phone"), QString(Bounds::kShortText + 1, QLatin1Char('0')), "too long");
    QCOMPARE(settings.value(QStringLiteral("office.phone")), QString());
    settings.set(t.context(), QStringLiteral("office.address"), QStringLiteral("Jl. Veteran No. 139\nPurwakarta"));
    QCOMPARE(settings.value(QStringLiteral("office.address")), QStringLiteral("Jl. Veteran No. 139\nPurwakarta"));
}

QTEST_GUILESS_MAIN(TestHardeningBounds)
#include "test_hardeningbounds.moc"
