#include "CaseFixture.h"
#include "audit/AuditReading.h"
#include "audit/AuditTrail.h"
#include "cases/CaseStage.h"
#include "i18n/Translations.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QTranslator>
#include <QtTest>

using namespace loket;

// The audit trail in words (issue 13, point 10): action titles, the record's number or name instead
// of its id, and the changes as "field: before → after".
class TestAuditReading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actionsAndFieldsHaveTitles();
    void caseEntriesNameTheRegistrationNumber();
    void recordsAreLookedUpByTheirId();
    void changesReadFieldBeforeAfter();
    void recordFilterTakesTheRegistrationNumber();
    void calendarLoadReadsAsWords();
    void calendarDayChangesReadOneByOne();
    void namedValuesReadAsPairs();
    void demoDatabaseFieldsHaveTitles();
    void cleanup();
};

namespace {
AuditEntry latest(test::CaseFixture& f, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    const QList<AuditEntry> list = AuditTrail(f.as({Role::Supervisor}, QStringLiteral("rina"))).query(filter, 0, 1);
    return list.isEmpty() ? AuditEntry{} : list.first();
}
} // namespace

void TestAuditReading::actionsAndFieldsHaveTitles()
{
    QCOMPARE(AuditReading::actionTitle(QStringLiteral("case.hand_over")), QStringLiteral("Handed over"));
    QCOMPARE(AuditReading::actionTitle(QStringLiteral("user.sign_in")), QStringLiteral("Signed in"));
    QCOMPARE(AuditReading::recordTypeTitle(QStringLiteral("case")), QStringLiteral("Application"));
    QCOMPARE(AuditReading::fieldTitle(QStringLiteral("due_date")), QStringLiteral("Due date"));
    // Actions added by later work have their names too: the migration stamp, competence ticks.
    QCOMPARE(AuditReading::actionTitle(QStringLiteral("database.migrate")),
             QStringLiteral("Database brought to a new version"));
    QCOMPARE(AuditReading::actionTitle(QStringLiteral("user.competence_tick")), QStringLiteral("Competence confirmed"));
    // Unknown keys are shown as stored rather than hidden.
    QCOMPARE(AuditReading::actionTitle(QStringLiteral("x.unknown")), QStringLiteral("x.unknown"));
}

void TestAuditReading::caseEntriesNameTheRegistrationNumber()
{
    test::CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::HandedOver);
    const AuditEntry e = latest(f, QStringLiteral("case.hand_over"));
    QCOMPARE(e.recordId, c.id);
    const AuditReading reading(f.system());
    QCOMPARE(reading.recordName(e), c.registrationNumber);
    QCOMPARE(reading.recordText(e), QStringLiteral("Application ") + c.registrationNumber);
    QVERIFY(!reading.recordText(e).contains(c.id));
}

void TestAuditReading::recordsAreLookedUpByTheirId()
{
    test::CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Registered);
    const Context ctx = f.system();
    {
        // An entry whose values do not carry the number: read from the record.
        Transaction tx(ctx.db());
        AuditLog::append(ctx, QStringLiteral("case.documents"), QStringLiteral("case"), c.id, {},
                         {{QStringLiteral("files"), 2}});
        AuditLog::append(ctx, QStringLiteral("case.documents"), QStringLiteral("case"), QStringLiteral("gone"), {},
                         {{QStringLiteral("files"), 1}});
        tx.commit();
    }
    AuditFilter filter;
    filter.action = QStringLiteral("case.documents");
    const QList<AuditEntry> list = AuditTrail(f.as({Role::Supervisor})).query(filter, 0, 2);
    QCOMPARE(list.size(), 2);
    const AuditReading reading(ctx);
    QCOMPARE(reading.recordName(list[1]), c.registrationNumber);
    // A record not here (deleted, or not yet synced) keeps its id.
    QCOMPARE(reading.recordName(list[0]), QStringLiteral("gone"));
    const AuditEntry applicant = latest(f, QStringLiteral("applicant.create"));
    QCOMPARE(reading.recordName(applicant), c.applicant.name);
}

void TestAuditReading::changesReadFieldBeforeAfter()
{
    test::CaseFixture f;
    f.caseAt(CaseStage::HandedOver);
    const AuditEntry e = latest(f, QStringLiteral("case.hand_over"));
    const AuditReading reading(
        f.system(), [](const QDate& d) { return d.toString(QStringLiteral("dd-MM-yyyy")); }, &caseAuditValueText);
    const QString text = reading.changeText(e);
    QVERIFY2(text.contains(QStringLiteral("Stage: ") + caseStageTitle(CaseStage::Issued) + QStringLiteral(" → ") +
                           caseStageTitle(CaseStage::HandedOver)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Handed over on: — → \\d\\d-\\d\\d-\\d{4}"))),
             qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QStringLiteral("handed_over")), qPrintable(text));
    // Unchanged fields are left out.
    QVERIFY2(!text.contains(QStringLiteral("Registration number")), qPrintable(text));

    AuditEntry created;
    created.after = {{QStringLiteral("disabled"), false}, {QStringLiteral("roles"), QJsonArray{"admin", "head"}}};
    QCOMPARE(reading.changeText(created), QStringLiteral("Disabled: no; Roles: admin, head"));
}

// The audit page's "Record" filter takes what the page shows: a registration number, a complaint
// number or a user name; an id still works.
void TestAuditReading::recordFilterTakesTheRegistrationNumber()
{
    test::CaseFixture f;
    const CaseRecord c = f.caseAt(CaseStage::Verification);
    const CaseRecord other = f.caseAt(CaseStage::Registered, 2);
    const Context rina = f.as({Role::Supervisor}, QStringLiteral("rina"));
    QCOMPARE(AuditReading::recordIdFor(rina, c.registrationNumber), c.id);
    QCOMPARE(AuditReading::recordIdFor(rina, QStringLiteral("  ") + c.registrationNumber.toLower()), c.id);
    QCOMPARE(AuditReading::recordIdFor(rina, c.id), c.id);
    QCOMPARE(AuditReading::recordIdFor(rina, QStringLiteral("nothing-like-it")), QStringLiteral("nothing-like-it"));
    AuditFilter filter;
    filter.recordId = AuditReading::recordIdFor(rina, c.registrationNumber);
    const QList<AuditEntry> entries = AuditTrail(rina).query(filter);
    QVERIFY(entries.size() >= 2); // registered, verification started
    for (const AuditEntry& e : entries)
        QVERIFY(e.recordId == c.id && e.recordId != other.id);
}

QTEST_GUILESS_MAIN(TestAuditReading)
#include "test_auditreading.moc"

void TestAuditReading::cleanup()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

namespace {
// The days of the entry's changes with this action and kind, counted from the entry itself.
int countDays(const AuditEntry& e, const char* action, const char* kind)
{
    int n = 0;
    for (const QJsonValue& v : e.after.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        n +=
            c.value(QStringLiteral("action")).toString() == QLatin1String(action) &&
            c.value(QStringLiteral("after")).toObject().value(QStringLiteral("kind")).toString() == QLatin1String(kind);
    }
    return n;
}
} // namespace

// The built-in calendar's load (issue 17): counted in words on the audit page, not its raw JSON.
void TestAuditReading::calendarLoadReadsAsWords()
{
    test::CaseFixture f;
    const AuditEntry e = latest(f, QStringLiteral("calendar.bootstrap"));
    QCOMPARE(e.recordType, QStringLiteral("calendar"));
    const int holidays = countDays(e, "add", "holiday");
    const int cuti = countDays(e, "add", "cuti");
    QVERIFY(holidays > 1 && cuti > 1);
    QCOMPARE(holidays + cuti, int(e.after.value(QStringLiteral("changes")).toArray().size()));
    const AuditReading reading(f.system());

    QCOMPARE(loket::installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(reading.changeLines(e),
             QStringList({QStringLiteral("Calendar 2025–2027 loaded: %1 collective leave days and %2 national holidays")
                              .arg(cuti)
                              .arg(holidays),
                          QStringLiteral("Years confirmed: 2025, 2026")}));
    cleanup();
    QCOMPARE(loket::installTranslations(*qApp, QStringLiteral("id")), QStringLiteral("id"));
    QCOMPARE(reading.changeText(e),
             QStringLiteral("Kalender 2025–2027 dimuat: %1 hari cuti bersama dan %2 hari libur nasional; "
                            "Tahun yang dikonfirmasi: 2025, 2026")
                 .arg(cuti)
                 .arg(holidays));
}

// A day set, changed or cleared by hand reads as that day.
void TestAuditReading::calendarDayChangesReadOneByOne()
{
    const QJsonObject labourDay{{QStringLiteral("date"), QStringLiteral("2026-05-01")},
                                {QStringLiteral("kind"), QStringLiteral("holiday")},
                                {QStringLiteral("name"), QStringLiteral("Hari Buruh Internasional")}};
    const QJsonObject closure{{QStringLiteral("date"), QStringLiteral("2026-05-01")},
                              {QStringLiteral("kind"), QStringLiteral("closure")},
                              {QStringLiteral("name"), QStringLiteral("Pindah kantor")}};
    auto change = [](const char* action, const QJsonObject& before, const QJsonObject& after) {
        QJsonObject c{{QStringLiteral("action"), QLatin1String(action)},
                      {QStringLiteral("date"), QStringLiteral("2026-05-01")},
                      {QStringLiteral("layer"), QStringLiteral("office")}};
        if (!before.isEmpty())
            c.insert(QStringLiteral("before"), before);
        if (!after.isEmpty())
            c.insert(QStringLiteral("after"), after);
        return c;
    };
    AuditEntry e;
    e.action = QStringLiteral("calendar.set_day");
    e.recordType = QStringLiteral("calendar");
    e.before = {{QStringLiteral("version"), 3}};
    e.after = {
        {QStringLiteral("changes"),
         QJsonArray{change("add", {}, labourDay), change("change", labourDay, closure), change("remove", closure, {})}},
        {QStringLiteral("confirmed_years"), QJsonArray{}}};
    test::CaseFixture f;
    const AuditReading reading(f.system(), [](const QDate& d) { return d.toString(QStringLiteral("dd-MM-yyyy")); });
    QCOMPARE(reading.changeLines(e),
             QStringList({QStringLiteral("01-05-2026 added: Hari Buruh Internasional (national holiday)"),
                          QStringLiteral("01-05-2026 changed: Hari Buruh Internasional (national holiday) → Pindah "
                                         "kantor (office closure)"),
                          QStringLiteral("01-05-2026 removed: Pindah kantor (office closure)")}));
}

// A value that holds named values (a survey form's answers) reads as "name: value" pairs.
void TestAuditReading::namedValuesReadAsPairs()
{
    test::CaseFixture f;
    const AuditReading reading(f.system());
    const QJsonObject answers{{QStringLiteral("U1"), 4}, {QStringLiteral("U2"), 3}, {QStringLiteral("U3"), 4}};
    QCOMPARE(reading.valueText(QStringLiteral("answers"), answers), QStringLiteral("U1: 4, U2: 3, U3: 4"));
    AuditEntry e;
    e.after = {{QStringLiteral("answers"), answers}};
    QVERIFY2(!reading.changeText(e).contains(QLatin1Char('{')), qPrintable(reading.changeText(e)));
}

// The other entries of a demo database name their fields in words, not by their stored keys.
void TestAuditReading::demoDatabaseFieldsHaveTitles()
{
    AuditEntry e;
    e.action = QStringLiteral("demo.generate");
    e.after = {{QStringLiteral("cases"), 400}, {QStringLiteral("batch_from"), 1}, {QStringLiteral("batch_to"), 400},
               {QStringLiteral("seed"), 7},    {QStringLiteral("first"), "A-1"},  {QStringLiteral("last"), "A-400"}};
    test::CaseFixture f;
    const AuditReading reading(f.system());
    QCOMPARE(reading.changeText(e), QStringLiteral("From application: 1; To application: 400; Applications: 400; "
                                                   "First number: A-1; Last number: A-400; Seed: 7"));
    for (const char* key : {"completion_working_days", "risk_level", "schema_version", "gov_experience_years",
                            "certificate_no", "complainant_contact", "triage_kind", "superior_report_on"})
        QVERIFY2(AuditReading::fieldTitle(QLatin1String(key)) != QLatin1String(key), key);
}
