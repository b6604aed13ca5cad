#include "TestDatabase.h"
#include "calendar/CalendarService.h"
#include "cases/DemoData.h"
#include "cases/ScaleRequirement.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "complaints/ComplaintDemo.h"
#include "storage/SqlQuery.h"
#include "survey/SurveyDemo.h"
#include "survey/SurveyService.h"
#include "users/DemoUsers.h"

#include <QSet>
#include <QtTest>

using namespace loket;

// The demo database a reviewer looks at keeps the standard's rules (issue 12, point 8).
class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void businessKbliMatchesTheCasesService();
    void scalesMatchTheU1Marks();
    void standardAppliesBeforeTheOldestCase();
    void complaintsCoverChannelsKindsAndPaths();
    void surveyFormsInFourPeriods();

private:
    int count(const QString& sql) { return SqlQuery(m_db->db().handle(), sql).scalar().toInt(); }
    std::unique_ptr<test::TestDatabase> m_db;
    DemoData::Options m_options;
    int m_forms = 0;
    ComplaintDemo::Summary m_complaints;
};

void TestDemoData::initTestCase()
{
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Clock::zone());
    m_db = std::make_unique<test::TestDatabase>(now);
    m_options.cases = 400;
    m_options.seed = 7;
    // As demo-setup does on a new file: the built-in standard applies from before the first case.
    const FixedClock since(DemoData::catalogueSince(m_options, now.date()));
    CatalogService::importBuiltinIfEmpty(m_db->db(), since);
    CalendarService::ensureBuiltins(m_db->db(), m_db->clock());
    const Context system = m_db->context();
    DemoUsers::create(system);
    DemoData::generate(system, m_options);
    m_forms = SurveyDemo::generate(system, 10, m_options.seed);
    m_complaints = ComplaintDemo::generate(system, m_options.seed);
}

void TestDemoData::businessKbliMatchesTheCasesService()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases")), 400);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases c JOIN businesses b ON b.id = c.business_id WHERE "
                                  "instr(',' || b.kbli_codes || ',', ',' || c.kbli || ',') = 0")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT kbli) FROM cases")) >= 2);
}

// "Skala industri kecil atau industri menengah": a micro or large firm's U1 line carries the
// warning, a small or medium one's does not.
void TestDemoData::scalesMatchTheU1Marks()
{
    // The demo services are copies of the built-in one: the same requirement list.
    const ServiceStandard s = *CatalogRepository(m_db->db()).currentByKbli(QStringLiteral("71205"));
    QString key, text;
    for (const Requirement& r : s.requirements)
        if (ScaleRequirement::applies(r.text)) {
            key = r.key;
            text = r.text;
        }
    QVERIFY(!key.isEmpty());
    SqlQuery q(m_db->db().handle(), QStringLiteral("SELECT b.scale, k.note FROM cases c JOIN businesses b ON b.id = "
                                                   "c.business_id JOIN case_checklist k ON k.case_id = c.id WHERE "
                                                   "k.requirement_key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    int u1 = 0;
    QSet<QString> scales;
    while (q.next()) {
        ++u1;
        BusinessScale scale;
        QVERIFY(BusinessScaleRules::fromKey(q.value(0).toString(), &scale));
        scales << q.value(0).toString();
        const QString warning = ScaleRequirement::warning(text, scale);
        const QString note = q.value(1).toString();
        QVERIFY2(warning.isEmpty() ? note.isEmpty() : note.contains(warning),
                 qPrintable(q.value(0).toString() + QStringLiteral(": ") + note));
    }
    QCOMPARE(u1, 400);
    QVERIFY2(scales.size() >= 2, qPrintable(QStringList(scales.values()).join(QLatin1Char(','))));
}

void TestDemoData::standardAppliesBeforeTheOldestCase()
{
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases c JOIN service_standards s ON s.id = c.standard_id "
                                  "WHERE s.valid_from > c.received_at")),
             0);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT standard_id) FROM cases")) >= 2);
}

// Component 6: every channel (a to m), complaints and suggestions, one per resolution path
// carried to the end, some past their 14 working days, answers by the channel they came in by.
void TestDemoData::complaintsCoverChannelsKindsAndPaths()
{
    const ServiceStandard s = *CatalogRepository(m_db->db()).currentByKbli(QStringLiteral("71205"));
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT channel_key) FROM complaints")),
             int(s.complaints.channels.size()));
    QVERIFY(m_complaints.complaints > 0 && m_complaints.suggestions > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints WHERE kind = 'suggestion'")),
             m_complaints.suggestions);
    for (const char* path : {"internal", "technical", "apip"})
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM complaints WHERE state = 'closed' AND resolution_path = "
                                      "'%1'")
                           .arg(QLatin1String(path))) == 1,
                 path);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM complaints WHERE kind = 'complaint' AND answer_on IS NULL "
                                 "AND due_on < '2026-03-02'")) >= 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM complaints WHERE answer_channel <> '' AND answer_channel <> "
                                  "channel_label")),
             0);
}

void TestDemoData::surveyFormsInFourPeriods()
{
    QCOMPARE(m_forms, 40);
    const int months = SurveyService::monthsPerPeriod(SurveyService::surveysPerYear(m_db->db()));
    QCOMPARE(months, 3); // "4 (empat) kali dalam 1 (satu) tahun"
    SqlQuery q(m_db->db().handle(), QStringLiteral("SELECT received_on, service_kbli FROM survey_responses"));
    q.exec();
    QSet<QString> periods;
    QSet<QString> services;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(day <= QDate(2026, 3, 2));
        periods << SurveyService::periodOf(day, months);
        services << q.value(1).toString();
    }
    QCOMPARE(periods, (QSet<QString>{QStringLiteral("2025-Q2"), QStringLiteral("2025-Q3"), QStringLiteral("2025-Q4"),
                                     QStringLiteral("2026-Q1")}));
    QVERIFY(services.size() >= 2);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demodata.moc"
