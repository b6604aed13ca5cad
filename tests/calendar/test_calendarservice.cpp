#include "CalendarFixture.h"
#include "TestDatabase.h"
#include "calendar/CalendarService.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using test::at;

namespace {

// Two open cases and a closed one, as the cases domain would report them.
class FakeCases : public DeadlineSource
{
public:
    QList<OpenDeadline> openDeadlines(const Context&) const override
    {
        ClockRule rule;
        rule.workingDays = 7;
        OpenDeadline closed = OpenDeadline::started(QStringLiteral("case"), QStringLiteral("c3"), QStringLiteral("REG-3"),
                                                    at(2025, 3, 24), rule);
        closed.events.append({ClockEvent::Type::Stop, at(2025, 3, 27), {}});
        return {OpenDeadline::started(QStringLiteral("case"), QStringLiteral("c1"), QStringLiteral("REG-1"),
                                      at(2025, 3, 27), rule),
                OpenDeadline::started(QStringLiteral("case"), QStringLiteral("c2"), QStringLiteral("REG-2"),
                                      at(2025, 5, 20), rule),
                closed};
    }
};

int rowCount(Database& db, const QString& table)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT COUNT(*) FROM ") + table).scalar().toInt();
}

QString errorOf(const std::function<void()>& f, Error::Kind* kind = nullptr)
{
    try {
        f();
    } catch (const Error& e) {
        if (kind)
            *kind = e.kind();
        return e.message();
    }
    return {};
}

} // namespace

class TestCalendarService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bootstrapLoadsBuiltins();
    void bootstrapIsIdempotent();
    void needsPermissionAndReason();
    void setDayKinds();
    void versionsAndHistory();
    void changeMovesDeadlines();
    void confirmYear();
    void importPreviewAndApply();
    void badImportChangesNothing();
    void importRecomputedWhenCalendarChanged();
    void clockSettings();
    void cachePerVersion();
};

void TestCalendarService::bootstrapLoadsBuiltins()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const auto cal = CalendarService::current(t.db());
    QCOMPARE(cal->version(), 1);
    QCOMPARE(cal->nationalEntries().size(), 58);
    QVERIFY(cal->isConfirmedYear(2025));
    QVERIFY(cal->isConfirmedYear(2026));
    QVERIFY(!cal->isConfirmedYear(2027));
    QCOMPARE(cal->addWorkingDays(QDate(2025, 3, 27), 7), QDate(2025, 4, 16));
    const auto h = CalendarService::history(t.db());
    QCOMPARE(h.size(), 1);
    QCOMPARE(h[0].action, QStringLiteral("bootstrap"));
    QCOMPARE(h[0].changes.size(), 58);
    QCOMPARE(h[0].confirmedYears, (QList<int>{2025, 2026}));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'calendar.bootstrap'"))
                 .scalar()
                 .toInt(),
             1);
}

void TestCalendarService::bootstrapIsIdempotent()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService::ensureBuiltins(t.db(), t.clock());
    QCOMPARE(rowCount(t.db(), QStringLiteral("calendar_versions")), 1);
    QCOMPARE(rowCount(t.db(), QStringLiteral("calendar_days")), 58);
}

void TestCalendarService::needsPermissionAndReason()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    Error::Kind kind{};
    const Context desk = t.context(test::actorWith({Role::FrontDesk}));
    QVERIFY(
        !errorOf(
             [&] { CalendarService::setDay(desk, QDate(2026, 2, 10), DayKind::LocalClosure, {}, QStringLiteral("x")); },
             &kind)
             .isEmpty());
    QCOMPARE(kind, Error::Kind::Permission);
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QString msg = errorOf(
        [&] { CalendarService::setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, {}, QStringLiteral(" ")); },
        &kind);
    QCOMPARE(kind, Error::Kind::Invalid);
    QVERIFY(msg.contains(QStringLiteral("reason")));
    QVERIFY(!errorOf([&] {
                 CalendarService::setDay(admin, QDate(2026, 2, 10), DayKind::NationalHoliday, {},
                                         QStringLiteral("SKB"));
             }).isEmpty()); // a holiday needs a name
    QCOMPARE(CalendarService::currentVersion(t.db()), 1);
}

void TestCalendarService::setDayKinds()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    // Cuti bersama declared working: an office override, the national entry stays.
    CalendarService::setDay(admin, QDate(2025, 4, 2), DayKind::Workday, {},
                            QStringLiteral("Counter open during cuti bersama"));
    DayInfo d = CalendarService::current(t.db())->info(QDate(2025, 4, 2));
    QCOMPARE(d.kind, DayKind::WorkingOverride);
    QCOMPARE(d.baseKind, DayKind::CutiBersama);
    // A rostered Saturday.
    CalendarService::setDay(admin, QDate(2026, 2, 7), DayKind::WorkingOverride, {},
                            QStringLiteral("Rostered Saturday"));
    QVERIFY(CalendarService::current(t.db())->isWorkingDay(QDate(2026, 2, 7)));
    // A local closure, then undone by declaring the day working again.
    CalendarService::setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Power works"),
                            QStringLiteral("PLN"));
    QVERIFY(!CalendarService::current(t.db())->isWorkingDay(QDate(2026, 2, 10)));
    QCOMPARE(CalendarService::current(t.db())->info(QDate(2026, 2, 10)).name, QStringLiteral("Power works"));
    CalendarService::setDay(admin, QDate(2026, 2, 10), DayKind::Workday, {}, QStringLiteral("Works postponed"));
    QVERIFY(CalendarService::current(t.db())->isWorkingDay(QDate(2026, 2, 10)));
    QCOMPARE(CalendarService::current(t.db())->info(QDate(2026, 2, 10)).kind, DayKind::Workday);
    // A new national holiday by decree, and nothing-changes refusals.
    CalendarService::setDay(admin, QDate(2026, 11, 10), DayKind::NationalHoliday, QStringLiteral("Hari Pahlawan"),
                            QStringLiteral("Keppres"));
    QCOMPARE(CalendarService::current(t.db())->info(QDate(2026, 11, 10)).kind, DayKind::NationalHoliday);
    QVERIFY(!errorOf([&] {
                 CalendarService::setDay(admin, QDate(2026, 11, 11), DayKind::Workday, {}, QStringLiteral("x"));
             }).isEmpty());
    QVERIFY(!errorOf([&] {
                 CalendarService::setDay(admin, QDate(2026, 11, 14), DayKind::LocalClosure, {}, QStringLiteral("x"));
             }).isEmpty());
    // Removing the office entry restores the cuti bersama.
    CalendarService::clearDay(admin, QDate(2025, 4, 2), false, QStringLiteral("Roster cancelled"));
    QCOMPARE(CalendarService::current(t.db())->info(QDate(2025, 4, 2)).kind, DayKind::CutiBersama);
    Error::Kind kind{};
    errorOf([&] { CalendarService::clearDay(admin, QDate(2025, 4, 9), false, QStringLiteral("x")); }, &kind);
    QCOMPARE(kind, Error::Kind::NotFound);
}

void TestCalendarService::versionsAndHistory()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const Context admin = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin1")));
    const auto v1 = CalendarService::current(t.db());
    t.clock().advanceSecs(3600);
    const auto r = CalendarService::setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Banjir"),
                                           QStringLiteral("Office flooded"));
    QCOMPARE(r.version, 2);
    const auto v2 = CalendarService::current(t.db());
    QCOMPARE(v2->version(), 2);
    QVERIFY(v1->isWorkingDay(QDate(2026, 2, 10))); // the old version is untouched
    QVERIFY(!v2->isWorkingDay(QDate(2026, 2, 10)));
    const auto h = CalendarService::history(t.db());
    QCOMPARE(h.size(), 2);
    QCOMPARE(h[0].version, 2);
    QCOMPARE(h[0].actorName, QStringLiteral("admin1"));
    QCOMPARE(h[0].reason, QStringLiteral("Office flooded"));
    QCOMPARE(h[0].action, QStringLiteral("set_day"));
    QCOMPARE(h[0].at, t.clock().now());
    QCOMPARE(h[0].changes.size(), 1);
    QCOMPARE(h[0].changes[0].action, CalendarDayChange::Action::Add);
    QVERIFY(!h[0].changes[0].national);
    QCOMPARE(h[0].changes[0].after->name, QStringLiteral("Banjir"));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT note FROM audit_log WHERE action = 'calendar.set_day'"))
                 .scalar()
                 .toString(),
             QStringLiteral("Office flooded"));
}

void TestCalendarService::changeMovesDeadlines()
{
    test::TestDatabase t(at(2025, 3, 28));
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const DeadlineSources sources{std::make_shared<FakeCases>()};
    const Context admin = t.context(test::actorWith({Role::Admin}));
    // REG-1 (received 27 March) is due 16 April; opening the counter on 2 April moves it to 15 April.
    const auto r = CalendarService::setDay(admin, QDate(2025, 4, 2), DayKind::Workday, {},
                                           QStringLiteral("Counter open"), sources);
    QCOMPARE(r.moved.size(), 1);
    QCOMPARE(r.moved[0].recordId, QStringLiteral("c1"));
    QCOMPARE(r.moved[0].label, QStringLiteral("REG-1"));
    QCOMPARE(r.moved[0].before, QDate(2025, 4, 16));
    QCOMPARE(r.moved[0].after, QDate(2025, 4, 15));
    // Registered defaults are what an edit consults when given none.
    CalendarService::registerDefaultDeadlineSource(std::make_shared<FakeCases>());
    const auto r2 = CalendarService::setDay(admin, QDate(2025, 5, 22), DayKind::LocalClosure, QStringLiteral("Closed"),
                                            QStringLiteral("Local event"));
    QCOMPARE(r2.moved.size(), 1);
    QCOMPARE(r2.moved[0].recordId, QStringLiteral("c2"));
}

void TestCalendarService::confirmYear()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    QVERIFY(!CalendarService::current(t.db())->isConfirmedYear(2027));
    CalendarService::confirmYear(admin, 2027, QStringLiteral("SKB 2027 published"));
    QVERIFY(CalendarService::current(t.db())->isConfirmedYear(2027));
    QVERIFY(!errorOf([&] { CalendarService::confirmYear(admin, 2027); }).isEmpty());
    QCOMPARE(CalendarService::history(t.db()).first().confirmedYears, QList<int>{2027});
}

void TestCalendarService::importPreviewAndApply()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QByteArray data = R"({"replace_years": [2027], "confirm_years": [2027], "days": [
  {"date": "2027-01-01", "kind": "holiday", "name": "Tahun Baru 2027 Masehi", "reason": "Fixed-date holiday; the 2027 SKB is not yet published"},
  {"date": "2027-02-06", "kind": "holiday", "name": "Tahun Baru Imlek 2578 Kongzili"},
  {"date": "2027-05-01", "kind": "holiday", "name": "Hari Buruh", "reason": "SKB 2027"},
  {"date": "2027-02-13", "kind": "working", "reason": "Rostered Saturday"}
]})";
    const CalendarImportPreview p = CalendarService::previewImport(t.db(), data, CalendarImportFile::Format::Json);
    QCOMPARE(p.basedOnVersion, 1);
    // 1 Jan unchanged; Imlek added; 1 May renamed; a working Saturday added; 1 Jun, 17 Aug, 25 Dec removed.
    QCOMPARE(p.changes.size(), 6);
    int adds = 0, changes = 0, removes = 0;
    for (const CalendarDayChange& c : p.changes)
        (c.action == CalendarDayChange::Action::Add ? adds : c.action == CalendarDayChange::Action::Change ? changes : removes)++;
    QCOMPARE(adds, 2);
    QCOMPARE(changes, 1);
    QCOMPARE(removes, 3);
    QCOMPARE(p.confirmsYears, QList<int>{2027});
    QCOMPARE(CalendarService::currentVersion(t.db()), 1); // a preview changes nothing
    const auto r = CalendarService::applyImport(admin, p, QStringLiteral("SKB 2027"));
    QCOMPARE(r.version, 2);
    const auto cal = CalendarService::current(t.db());
    QVERIFY(cal->isConfirmedYear(2027));
    QVERIFY(cal->isWorkingDay(QDate(2027, 8, 17))); // a Tuesday the file no longer lists
    QCOMPARE(cal->info(QDate(2027, 2, 6)).kind, DayKind::NationalHoliday);
    QVERIFY(cal->isWorkingDay(QDate(2027, 2, 13)));
    QCOMPARE(cal->info(QDate(2027, 5, 1)).name, QStringLiteral("Hari Buruh"));
    // Applying the same file again changes nothing and is refused.
    QVERIFY(!errorOf([&] {
                 CalendarService::applyImport(
                     admin, CalendarService::previewImport(t.db(), data, CalendarImportFile::Format::Json),
                     QStringLiteral("again"));
             }).isEmpty());
}

void TestCalendarService::badImportChangesNothing()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const int days = rowCount(t.db(), QStringLiteral("calendar_days"));
    const int audit = rowCount(t.db(), QStringLiteral("audit_log"));
    const QByteArray bad = "{\"days\": [\n{\"date\": \"2027-01-04\", \"kind\": \"holiday\", \"name\": \"A\"},\n"
                           "{\"date\": \"2027-13-01\", \"kind\": \"holiday\", \"name\": \"B\"}\n]}";
    const QString msg = errorOf([&] { CalendarService::previewImport(t.db(), bad, CalendarImportFile::Format::Json); });
    QVERIFY2(msg.contains(QStringLiteral("Line 3")), qPrintable(msg));
    const QByteArray badIcs = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270104\nSUMMARY:A\nEND:VEVENT\n"
                              "BEGIN:VEVENT\nDTSTART;VALUE=DATE:2027XX05\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n";
    QVERIFY(errorOf([&] {
                CalendarService::previewImport(t.db(), badIcs, CalendarImportFile::Format::ICalendar);
            }).contains(QStringLiteral("Line 7")));
    QCOMPARE(CalendarService::currentVersion(t.db()), 1);
    QCOMPARE(rowCount(t.db(), QStringLiteral("calendar_days")), days);
    QCOMPARE(rowCount(t.db(), QStringLiteral("audit_log")), audit);
    QVERIFY(CalendarService::current(t.db())->isWorkingDay(QDate(2027, 1, 4)));
}

void TestCalendarService::importRecomputedWhenCalendarChanged()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QByteArray data = R"({"days": [{"date": "2027-03-10", "kind": "holiday", "name": "Nyepi"},
        {"date": "2027-03-26", "kind": "holiday", "name": "Wafat Yesus Kristus"}]})";
    const CalendarImportPreview p = CalendarService::previewImport(t.db(), data, CalendarImportFile::Format::Json);
    QCOMPARE(p.changes.size(), 2);
    // Somebody enters Nyepi by hand between the preview and the apply.
    CalendarService::setDay(admin, QDate(2027, 3, 10), DayKind::NationalHoliday, QStringLiteral("Nyepi"),
                            QStringLiteral("Keppres"));
    const auto r = CalendarService::applyImport(admin, p, QStringLiteral("SKB 2027"));
    QCOMPARE(r.changes.size(), 2); // Nyepi's reason differs, so it is still a change
    QCOMPARE(r.version, 3);
    QCOMPARE(CalendarService::current(t.db())->info(QDate(2027, 3, 10)).reason, QString());
    const auto again = CalendarService::previewImport(t.db(), data, CalendarImportFile::Format::Json);
    QVERIFY(again.isEmpty());
    QVERIFY(!errorOf([&] { CalendarService::applyImport(admin, p, QStringLiteral("stale preview")); }).isEmpty());
}

void TestCalendarService::clockSettings()
{
    test::TestDatabase t;
    QCOMPARE(CalendarService::atRiskDays(t.db()), 2);
    QVERIFY(!CalendarService::cutoff(t.db()));
    SettingsRepository settings(t.db());
    const Context ctx = t.context();
    settings.set(ctx, QStringLiteral("calendar.at_risk_days"), QStringLiteral("3"));
    settings.set(ctx, QStringLiteral("calendar.cutoff_time"), QStringLiteral("15:00"));
    const ClockRule rule = CalendarService::ruleFor(t.db(), 7, ResubmissionRule::Pause);
    QCOMPARE(rule.workingDays, 7);
    QCOMPARE(rule.atRiskDays, 3);
    QCOMPARE(rule.cutoff, std::optional<QTime>(QTime(15, 0)));
    QCOMPARE(rule.resubmission, ResubmissionRule::Pause);
}

void TestCalendarService::cachePerVersion()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    const auto a = CalendarService::current(t.db());
    QCOMPARE(CalendarService::current(t.db()).get(), a.get());
    CalendarService::confirmYear(t.context(test::actorWith({Role::Admin})), 2027);
    QVERIFY(CalendarService::current(t.db()).get() != a.get());
    // Another database never gets this one's calendar.
    test::TestDatabase other;
    QCOMPARE(CalendarService::current(other.db())->version(), 0);
}

QTEST_GUILESS_MAIN(TestCalendarService)
#include "test_calendarservice.moc"
