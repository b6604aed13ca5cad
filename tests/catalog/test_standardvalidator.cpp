#include "TestDatabase.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardValidator.h"
#include "common/Error.h"

#include <QtTest>
#include <functional>

using namespace loket;

// The rules every standard keeps, whatever screen or file it comes from.
class TestStandardValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void builtinStandardIsValid();
    void badFieldIsNamed_data();
    void badFieldIsNamed();
    void pathPrefixesTheField();

private:
    ServiceStandard m_valid;
};

using Change = std::function<void(ServiceStandard&)>;
Q_DECLARE_METATYPE(Change)

void TestStandardValidator::initTestCase()
{
    test::TestDatabase tdb;
    CatalogService::importBuiltinIfEmpty(tdb.db(), tdb.clock());
    m_valid = *CatalogRepository(tdb.db()).currentByKbli(QStringLiteral("71205"));
}

void TestStandardValidator::builtinStandardIsValid()
{
    StandardValidator::validate(m_valid);
}

void TestStandardValidator::badFieldIsNamed_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    auto row = [](const char* name, Change c, const char* field) {
        QTest::newRow(name) << c << QString::fromLatin1(field);
    };
    row("kbli four digits", [](ServiceStandard& s) { s.kbli = QStringLiteral("7120"); }, "standard.kbli");
    row("kbli letters", [](ServiceStandard& s) { s.kbli = QStringLiteral("7120A"); }, "standard.kbli");
    row("kbli spaces", [](ServiceStandard& s) { s.kbli = QStringLiteral(" 71205"); }, "standard.kbli");
    row("empty name", [](ServiceStandard& s) { s.name = QStringLiteral("  "); }, "standard.name");
    row("empty permit type", [](ServiceStandard& s) { s.permitType.clear(); }, "standard.permit_type");
    row("unknown risk", [](ServiceStandard& s) { s.riskLevel = QStringLiteral("Sedang"); }, "standard.risk_level");
    row("zero days", [](ServiceStandard& s) { s.completionWorkingDays = 0; }, "standard.completion_working_days");
    row("too many days", [](ServiceStandard& s) { s.completionWorkingDays = 366; },
        "standard.completion_working_days");
    row("duplicate requirement key",
        [](ServiceStandard& s) { s.requirements.append({s.requirements[0].key, QStringLiteral("special"), QStringLiteral("x"), 9}); },
        "standard.requirements[5].key");
    row("empty requirement key", [](ServiceStandard& s) { s.requirements[2].key.clear(); },
        "standard.requirements[2].key");
    row("empty requirement text", [](ServiceStandard& s) { s.requirements[1].text = QStringLiteral(" "); },
        "standard.requirements[1].text");
    row("no general requirement", [](ServiceStandard& s) {
        for (Requirement& r : s.requirements)
            r.group = QStringLiteral("special");
    }, "standard.requirements");
    row("no product", [](ServiceStandard& s) { s.products.clear(); }, "standard.products");
    row("blank legal basis", [](ServiceStandard& s) { s.legalBases.insert(1, QString()); }, "standard.legal_bases");
    row("blank problem type", [](ServiceStandard& s) { s.complaints.problemTypes.append(QStringLiteral(" ")); },
        "standard.complaints.problem_types");
    row(
        "stages over the time",
        [](ServiceStandard& s) {
            s.stageBudgets = {{QStringLiteral("verification"), 4}, {QStringLiteral("technical"), 4}};
        },
        "standard.stage_budgets");
    // The clock "stops when the permit is issued": no budget after it.
    row(
        "budget for issued",
        [](ServiceStandard& s) {
            s.stageBudgets = {{QStringLiteral("signature"), 1}, {QStringLiteral("issued"), 1}};
        },
        "standard.stage_budgets[1].stage");
    row(
        "budget for handed_over",
        [](ServiceStandard& s) {
            s.stageBudgets = {{QStringLiteral("handed_over"), 0}};
        },
        "standard.stage_budgets[0].stage");
    row(
        "unknown stage",
        [](ServiceStandard& s) {
            s.stageBudgets = {{QStringLiteral("review"), 1}};
        },
        "standard.stage_budgets[0].stage");
    row("duplicate channel key", [](ServiceStandard& s) { s.complaints.channels[1].key = QStringLiteral("a"); },
        "standard.complaints.channels[1].key");
    row("no channel", [](ServiceStandard& s) { s.complaints.channels.clear(); }, "standard.complaints.channels");
    row("negative staff", [](ServiceStandard& s) { s.staffCount = -1; }, "standard.staff_count");
}

void TestStandardValidator::badFieldIsNamed()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    ServiceStandard s = m_valid;
    change(s);
    try {
        StandardValidator::validate(s);
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().contains(field), qPrintable(e.message()));
    }
}

void TestStandardValidator::pathPrefixesTheField()
{
    ServiceStandard s = m_valid;
    s.legalBases[2] = QString();
    try {
        StandardValidator::validate(s, QStringLiteral("services[4]"));
        QFAIL("accepted");
    } catch (const Error& e) {
        QCOMPARE(e.field(), QStringLiteral("services[4].legal_bases"));
        QVERIFY2(e.message().contains(QStringLiteral("3")), qPrintable(e.message()));
    }
}

QTEST_MAIN(TestStandardValidator)
#include "test_standardvalidator.moc"
