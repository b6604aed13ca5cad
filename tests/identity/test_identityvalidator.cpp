#include "identity/IdentityValidator.h"

#include <QtTest>

using namespace loket;

namespace {
const QDate kToday(2025, 6, 1);
}

class TestIdentityValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nikValid_data();
    void nikValid();
    void nikInvalid_data();
    void nikInvalid();
    void nikCentury();
    void npwpValid_data();
    void npwpValid();
    void npwpInvalid_data();
    void npwpInvalid();
    void nib_data();
    void nib();
    void kbli_data();
    void kbli();
    void kbliDetails();
    void helpers();
};

void TestIdentityValidator::nikValid_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("sex");
    QTest::addColumn<QString>("regency");
    QTest::newRow("man purwakarta") << "3214011503900001" << "1990-03-15" << "male" << "32.14";
    QTest::newRow("woman +40") << "3214015503900002" << "1990-03-15" << "female" << "32.14";
    QTest::newRow("woman day 1") << "3214014101850003" << "1985-01-01" << "female" << "32.14";
    QTest::newRow("woman day 31") << "3214017112990004" << "1999-12-31" << "female" << "32.14";
    QTest::newRow("punctuation") << "3214 01 150390 0001" << "1990-03-15" << "male" << "32.14";
    QTest::newRow("dots") << "32.14.01.150390.0001" << "1990-03-15" << "male" << "32.14";
    QTest::newRow("leap day 1992") << "3173052902920123" << "1992-02-29" << "male" << "31.73";
    QTest::newRow("born 2003") << "3578104407030001" << "2003-07-04" << "female" << "35.78";
    QTest::newRow("aceh") << "1101010101800001" << "1980-01-01" << "male" << "11.01";
    QTest::newRow("papua old code 94") << "9471010101800001" << "1980-01-01" << "male" << "94.71";
    QTest::newRow("serial 9999") << "3214011503909999" << "1990-03-15" << "male" << "32.14";
}

void TestIdentityValidator::nikValid()
{
    QFETCH(QString, nik);
    const ValidationResult r = IdentityValidator::validateNik(nik, kToday);
    QVERIFY2(r.ok, qPrintable(r.reason));
    QVERIFY(r.reason.isEmpty());
    QCOMPARE(IdentityValidator::nikProblem(nik, kToday), QString()); // the import's check, without details
    QFETCH(QString, birth);
    QFETCH(QString, sex);
    QFETCH(QString, regency);
    QCOMPARE(r.details.value(QStringLiteral("birth_date")).toString(), birth);
    QCOMPARE(r.details.value(QStringLiteral("sex")).toString(), sex);
    QCOMPARE(r.details.value(QStringLiteral("regency_code")).toString(), regency);
}

void TestIdentityValidator::nikInvalid_data()
{
    QTest::addColumn<QString>("nik");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("15 digits") << "321401150390001" << "16";
    QTest::newRow("17 digits") << "32140115039000011" << "16";
    QTest::newRow("letter") << "32140115039O0001" << "digit";
    QTest::newRow("province 99") << "9914011503900001" << "99";
    QTest::newRow("province 20") << "2014011503900001" << "20";
    QTest::newRow("province 00") << "0014011503900001" << "00";
    QTest::newRow("regency 00") << "3200011503900001" << "00";
    QTest::newRow("district 00") << "3214001503900001" << "00";
    QTest::newRow("month 13") << "3214011513900001" << "13";
    QTest::newRow("month 00") << "3214011500900001" << "00";
    QTest::newRow("day 00") << "3214010003900001" << "000390";
    QTest::newRow("day 32") << "3214013203900001" << "320390";
    QTest::newRow("day 40") << "3214014003900001" << "400390";
    QTest::newRow("woman day 72") << "3214017203900001" << "720390";
    QTest::newRow("woman 30 feb") << "3214017002900001" << "700290";
    QTest::newRow("31 april") << "3214013104900001" << "310490";
    QTest::newRow("29 feb 1991") << "3214012902910001" << "290291";
    QTest::newRow("serial 0000") << "3214011503900000" << "0001";
}

void TestIdentityValidator::nikInvalid()
{
    QFETCH(QString, nik);
    QFETCH(QString, mentions);
    const ValidationResult r = IdentityValidator::validateNik(nik, kToday);
    QVERIFY(!r.ok);
    QVERIFY2(r.reason.contains(mentions), qPrintable(r.reason));
    QVERIFY(r.reason.contains(QStringLiteral("NIK")));
    QCOMPARE(IdentityValidator::nikProblem(nik, kToday), r.reason);
}

void TestIdentityValidator::nikCentury()
{
    // 010725: 2025-07-01 has not happened on 2025-06-01, so it is 1925.
    auto r = IdentityValidator::validateNik(QStringLiteral("3214010107250001"), kToday);
    QVERIFY(r.ok);
    QCOMPARE(r.details.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1925-07-01"));
    r = IdentityValidator::validateNik(QStringLiteral("3214010105250001"), kToday);
    QCOMPARE(r.details.value(QStringLiteral("birth_date")).toString(), QStringLiteral("2025-05-01"));
    // Details of a woman from Purwakarta.
    r = IdentityValidator::validateNik(QStringLiteral("3214015503900002"), kToday);
    QCOMPARE(r.details.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QCOMPARE(r.details.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-03-15"));
    QCOMPARE(r.details.value(QStringLiteral("province")).toString(), QStringLiteral("Jawa Barat"));
    QCOMPARE(r.details.value(QStringLiteral("regency_code")).toString(), QStringLiteral("32.14"));
    QCOMPARE(r.details.value(QStringLiteral("regency")).toString(), QStringLiteral("Kabupaten Purwakarta"));
    QCOMPARE(r.details.value(QStringLiteral("district_code")).toString(), QStringLiteral("32.14.01"));
    QCOMPARE(r.details.value(QStringLiteral("serial")).toString(), QStringLiteral("0002"));
    QCOMPARE(r.details.value(QStringLiteral("normalized")).toString(), QStringLiteral("3214015503900002"));
}

void TestIdentityValidator::npwpValid_data()
{
    QTest::addColumn<QString>("npwp");
    QTest::addColumn<QString>("format");
    QTest::newRow("15 punctuated") << "09.254.294.3-407.000" << "15";
    QTest::newRow("15 plain") << "092542943407000" << "15";
    QTest::newRow("15 other") << "01.000.013.1-093.000" << "15";
    QTest::newRow("15 computed") << "01.234.567.4-901.000" << "15";
    QTest::newRow("16 from nik") << "3214011503900001" << "16-nik";
    QTest::newRow("16 from woman nik") << "3214 0155 0390 0002" << "16-nik";
    QTest::newRow("16 legacy") << "0092542943407000" << "16-legacy";
}

void TestIdentityValidator::npwpValid()
{
    QFETCH(QString, npwp);
    QFETCH(QString, format);
    const ValidationResult r = IdentityValidator::validateNpwp(npwp);
    QVERIFY2(r.ok, qPrintable(r.reason));
    QCOMPARE(r.details.value(QStringLiteral("format")).toString(), format);
}

void TestIdentityValidator::npwpInvalid_data()
{
    QTest::addColumn<QString>("npwp");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("bad luhn") << "09.254.294.4-407.000" << "check digit";
    QTest::newRow("bad luhn 2") << "01.234.567.8-901.000" << "check digit";
    QTest::newRow("one digit changed") << "09.254.295.3-407.000" << "check digit";
    QTest::newRow("adjacent swap") << "09.245.294.3-407.000" << "check digit";
    QTest::newRow("14 digits") << "09.254.294.3-407.00" << "15 or 16";
    QTest::newRow("17 digits") << "00925429434070001" << "15 or 16";
    QTest::newRow("zeros") << "000000000000000" << "zeros";
    QTest::newRow("16 legacy bad luhn") << "0092542944407000" << "check digit";
    QTest::newRow("16 bad nik province") << "9914011503900001" << "NIK";
    QTest::newRow("16 bad nik month") << "3214011513900001" << "NIK";
    QTest::newRow("letters") << "09.254.294.3-407.OOO" << "digit";
}

void TestIdentityValidator::npwpInvalid()
{
    QFETCH(QString, npwp);
    QFETCH(QString, mentions);
    const ValidationResult r = IdentityValidator::validateNpwp(npwp);
    QVERIFY(!r.ok);
    QVERIFY2(r.reason.contains(mentions), qPrintable(r.reason));
}

void TestIdentityValidator::nib_data()
{
    QTest::addColumn<QString>("nib");
    QTest::addColumn<bool>("ok");
    QTest::newRow("13 digits") << "9120001234567" << true;
    QTest::newRow("spaced") << "912 0001 234 567" << true;
    QTest::newRow("12 digits") << "912000123456" << false;
    QTest::newRow("14 digits") << "91200012345678" << false;
    QTest::newRow("zeros") << "0000000000000" << false;
    QTest::newRow("letter") << "912000123456A" << false;
    QTest::newRow("empty") << "" << false;
}

void TestIdentityValidator::nib()
{
    QFETCH(QString, nib);
    QFETCH(bool, ok);
    const ValidationResult r = IdentityValidator::validateNib(nib);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.reason.isEmpty(), ok);
    if (!ok)
        QVERIFY(r.reason.contains(QStringLiteral("NIB")));
}

void TestIdentityValidator::kbli_data()
{
    QTest::addColumn<QString>("kbli");
    QTest::addColumn<bool>("ok");
    QTest::newRow("71205") << "71205" << true;
    QTest::newRow("71101") << "71101" << true;
    QTest::newRow("71102") << "71102" << true;
    QTest::newRow("71201") << "71201" << true;
    QTest::newRow("56101 restoran") << "56101" << true;
    QTest::newRow("punctuated") << "71.205" << true;
    QTest::newRow("unknown 99999") << "99999" << false;
    QTest::newRow("unknown 71299") << "71299" << false;
    QTest::newRow("no division 04") << "04111" << false;
    QTest::newRow("no division 40") << "40000" << false;
    QTest::newRow("4 digits") << "7120" << false;
    QTest::newRow("6 digits") << "712050" << false;
    QTest::newRow("letters") << "7120A" << false;
    QTest::newRow("empty") << "" << false;
}

void TestIdentityValidator::kbli()
{
    QFETCH(QString, kbli);
    QFETCH(bool, ok);
    const ValidationResult r = IdentityValidator::validateKbli(kbli);
    QVERIFY2(r.ok == ok, qPrintable(r.reason));
    if (!ok)
        QVERIFY(r.reason.contains(QStringLiteral("KBLI")));
}

void TestIdentityValidator::kbliDetails()
{
    const ValidationResult r = IdentityValidator::validateKbli(QStringLiteral("71205"));
    QVERIFY(r.ok);
    QCOMPARE(r.details.value(QStringLiteral("title")).toString(), QStringLiteral("Jasa Kalibrasi/Metrologi"));
    QCOMPARE(r.details.value(QStringLiteral("category")).toString(), QStringLiteral("M"));
    QCOMPARE(r.details.value(QStringLiteral("division")).toString(), QStringLiteral("71"));
    QCOMPARE(r.details.value(QStringLiteral("group")).toString(), QStringLiteral("712"));
    QVERIFY(!r.details.value(QStringLiteral("category_title")).toString().isEmpty());
    const ValidationResult unknown = IdentityValidator::validateKbli(QStringLiteral("99999"));
    QVERIFY(unknown.reason.contains(QStringLiteral("99999")));
    // Well formed, in division 99 (category U), but not in the built-in list: KbliRegister may know it.
    QVERIFY(unknown.details.value(QStringLiteral("well_formed")).toBool());
    QCOMPARE(unknown.details.value(QStringLiteral("category")).toString(), QStringLiteral("U"));
    const ValidationResult noDivision = IdentityValidator::validateKbli(QStringLiteral("04111"));
    QVERIFY(!noDivision.details.value(QStringLiteral("well_formed")).toBool());
    QVERIFY(noDivision.reason.contains(QStringLiteral("04")));
    // Every category A..U has a title, and every division maps to one.
    for (char c = 'A'; c <= 'U'; ++c)
        QVERIFY2(!IdentityValidator::kbliCategoryTitle(QString(QLatin1Char(c))).isEmpty(), qPrintable(QString(QLatin1Char(c))));
    QCOMPARE(IdentityValidator::kbliCategoryOfDivision(QStringLiteral("47")), QStringLiteral("G"));
    QCOMPARE(IdentityValidator::kbliCategoryOfDivision(QStringLiteral("33")), QStringLiteral("C"));
    QVERIFY(IdentityValidator::kbliCategoryOfDivision(QStringLiteral("34")).isEmpty());
    for (const QString& code : IdentityValidator::kbliCodes())
        QVERIFY2(!IdentityValidator::kbliCategoryOfDivision(code.left(2)).isEmpty(), qPrintable(code));
    QCOMPARE(IdentityValidator::kbliTitle(QStringLiteral("71101")), QStringLiteral("Aktivitas Arsitektur"));
}

void TestIdentityValidator::helpers()
{
    QCOMPARE(IdentityValidator::normalizeNpwp(QStringLiteral("09.254.294.3-407.000")), QStringLiteral("092542943407000"));
    QCOMPARE(IdentityValidator::formatNpwp(QStringLiteral("092542943407000")), QStringLiteral("09.254.294.3-407.000"));
    QCOMPARE(IdentityValidator::provinceName(QStringLiteral("32")), QStringLiteral("Jawa Barat"));
    QVERIFY(IdentityValidator::provinceName(QStringLiteral("99")).isEmpty());
    QVERIFY(IdentityValidator::npwpLuhnOk(QStringLiteral("092542943407000")));
    QVERIFY(!IdentityValidator::npwpLuhnOk(QStringLiteral("092542944407000")));
    // The one-argument form uses the program's clock and still reads old birth dates.
    QVERIFY(IdentityValidator::validateNik(QStringLiteral("3214011503900001")).ok);
}

QTEST_GUILESS_MAIN(TestIdentityValidator)
#include "test_identityvalidator.moc"
