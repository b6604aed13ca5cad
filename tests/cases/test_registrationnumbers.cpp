#include "CaseFixture.h"
#include "cases/OrderedId.h"
#include "cases/RegistrationNumbers.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtTest>

using namespace loket;
using namespace loket::test;

class TestRegistrationNumbers : public QObject
{
    Q_OBJECT
private slots:
    void formatsEveryField();
    void badPatternsAreRefused_data();
    void badPatternsAreRefused();
    void sequenceRunsPerYear();
    void twoWorkstationsNeverCollide();
    void officeCodeAndPatternComeFromSettings();
    void rolledBackRegistrationGivesItsNumberBack();
    void rowKeysAreTimeOrderedUuids();
};

void TestRegistrationNumbers::formatsEveryField()
{
    const RegistrationNumbers::Fields f{QStringLiteral("DPMPTSP"), QStringLiteral("71205"), QDate(2026, 3, 9),
                                        QStringLiteral("C02"), 42};
    QCOMPARE(RegistrationNumbers::format(RegistrationNumbers::defaultPattern(), f),
             QStringLiteral("DPMPTSP/71205/2026/C02/00042"));
    QCOMPARE(RegistrationNumbers::format(QStringLiteral("503-{yy}{month}-{ws}-{seq}"), f), QStringLiteral("503-2603-C02-42"));
    QCOMPARE(RegistrationNumbers::format(QStringLiteral("{ws}.{year}.{seq:7}"), f), QStringLiteral("C02.2026.0000042"));
}

void TestRegistrationNumbers::badPatternsAreRefused_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("no workstation") << "{office}/{year}/{seq:05}";
    QTest::newRow("no sequence") << "{office}/{year}/{ws}";
    QTest::newRow("no year") << "{office}/{ws}/{seq:05}";
    QTest::newRow("unknown field") << "{office}/{year}/{ws}/{seq}/{day}";
    QTest::newRow("unclosed") << "{office/{year}/{ws}/{seq}";
}

void TestRegistrationNumbers::badPatternsAreRefused()
{
    QFETCH(QString, pattern);
    try {
        RegistrationNumbers::validatePattern(pattern);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("numbering.pattern"));
    }
}

void TestRegistrationNumbers::sequenceRunsPerYear()
{
    CaseFixture f(QDateTime(QDate(2026, 12, 30), QTime(9, 0), Clock::zone()));
    QCOMPARE(CaseService::registerCase(f.system(), f.request(1)).record.registrationNumber,
             QStringLiteral("DPMPTSP/71205/2026/C01/00001"));
    QCOMPARE(CaseService::registerCase(f.system(), f.request(2)).record.registrationNumber,
             QStringLiteral("DPMPTSP/71205/2026/C01/00002"));
    f.data().clock().set(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Clock::zone()));
    QCOMPARE(CaseService::registerCase(f.system(), f.request(3)).record.registrationNumber,
             QStringLiteral("DPMPTSP/71205/2027/C01/00001"));
}

void TestRegistrationNumbers::twoWorkstationsNeverCollide()
{
    // Two counters working offline on their own databases, as on two workstations.
    CaseFixture one(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()), QStringLiteral("C01"));
    CaseFixture two(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()), QStringLiteral("C02"));
    QSet<QString> all;
    for (int i = 1; i <= 25; ++i) {
        const QString a = CaseService::registerCase(one.system(), one.request(i)).record.registrationNumber;
        const QString b = CaseService::registerCase(two.system(), two.request(i, i % 3 != 0)).record.registrationNumber;
        QVERIFY(a.contains(QStringLiteral("/C01/")));
        QVERIFY(b.contains(QStringLiteral("/C02/")));
        all << a << b;
    }
    QCOMPARE(all.size(), 50);
}

void TestRegistrationNumbers::officeCodeAndPatternComeFromSettings()
{
    CaseFixture f;
    SettingsRepository settings(f.data().db());
    settings.set(f.system(), QStringLiteral("office.code"), QStringLiteral("PWK"));
    settings.set(f.system(), QStringLiteral("numbering.pattern"), QStringLiteral("{office}-{ws}-{yy}-{seq:4}"));
    QCOMPARE(CaseService::registerCase(f.system(), f.request(1)).record.registrationNumber, QStringLiteral("PWK-C01-26-0001"));
    settings.set(f.system(), QStringLiteral("numbering.pattern"), QStringLiteral("{office}-{seq:4}"));
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::registerCase(f.system(), f.request(2)));
}

void TestRegistrationNumbers::rolledBackRegistrationGivesItsNumberBack()
{
    CaseFixture f;
    IntakeRequest clash = f.request(2);
    clash.applicant.nik = CaseFixture::nik(1);
    CaseService::registerCase(f.system(), f.request(1));
    QVERIFY_THROWS_EXCEPTION(Error, CaseService::registerCase(f.system(), clash));
    QCOMPARE(CaseService::registerCase(f.system(), f.request(3)).record.registrationNumber,
             QStringLiteral("DPMPTSP/71205/2026/C01/00002"));
}

void TestRegistrationNumbers::rowKeysAreTimeOrderedUuids()
{
    static const QRegularExpression v7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        const QString id = OrderedId::next();
        QVERIFY2(v7.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id > previous);
        QVERIFY(!QUuid::fromString(id).isNull());
        previous = id;
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 20000);
}

QTEST_GUILESS_MAIN(TestRegistrationNumbers)
#include "test_registrationnumbers.moc"
