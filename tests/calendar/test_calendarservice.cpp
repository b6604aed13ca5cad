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
    CalendarService s(t.db());
    const auto cal = s.current();
    QCOMPARE(cal->version(), 1);
    QCOMPARE(cal->nationalEntries().size(), 58);
    QVERIFY(cal->isConfirmedYear(2025));
    QVERIFY(cal->isConfirmedYear(2026));
    QVERIFY(!cal->isConfirmedYear(2027));
    QCOMPARE(cal->addWorkingDays(QDate(2025, 3, 27), 7), QDate(2025, 4, 16));
    const auto h = s.history();
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
    CalendarService s(t.db());
    Error::Kind kind{};
    const Context desk = t.context(test::actorWith({Role::FrontDesk}));
    QVERIFY(!errorOf([&] { s.setDay(desk, QDate(2026, 2, 10), DayKind::LocalClosure, {}, QStringLiteral("x")); }, &kind)
                 .isEmpty());
    QCOMPARE(kind, Error::Kind::Permission);
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QString msg = errorOf([&] { s.setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, {}, QStringLiteral(" ")); }, &kind);
    QCOMPARE(kind, Error::Kind::Invalid);
    QVERIFY(msg.contains(QStringLiteral("reason")));
    QVERIFY(!errorOf([&] { s.setDay(admin, QDate(2026, 2, 10), DayKind::NationalHoliday, {}, QStringLiteral("SKB")); })
                 .isEmpty()); // a holiday needs a name
    QCOMPARE(s.currentVersion(), 1);
}

void TestCalendarService::setDayKinds()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    // Cuti bersama declared working: an office override, the national entry stays.
    s.setDay(admin, QDate(2025, 4, 2), DayKind::Workday, {}, QStringLiteral("Counter open during cuti bersama"));
    DayInfo d = s.current()->info(QDate(2025, 4, 2));
    QCOMPARE(d.kind, DayKind::WorkingOverride);
    QCOMPARE(d.baseKind, DayKind::CutiBersama);
    // A rostered Saturday.
    s.setDay(admin, QDate(2026, 2, 7), DayKind::WorkingOverride, {}, QStringLiteral("Rostered Saturday"));
    QVERIFY(s.current()->isWorkingDay(QDate(2026, 2, 7)));
    // A local closure, then undone by declaring the day working again.
    s.setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Power works"), QStringLiteral("PLN"));
    QVERIFY(!s.current()->isWorkingDay(QDate(2026, 2, 10)));
    QCOMPARE(s.current()->info(QDate(2026, 2, 10)).name, QStringLiteral("Power works"));
    s.setDay(admin, QDate(2026, 2, 10), DayKind::Workday, {}, QStringLiteral("Works postponed"));
    QVERIFY(s.current()->isWorkingDay(QDate(2026, 2, 10)));
    QCOMPARE(s.current()->info(QDate(2026, 2, 10)).kind, DayKind::Workday);
    // A new national holiday by decree, and nothing-changes refusals.
    s.setDay(admin, QDate(2026, 11, 10), DayKind::NationalHoliday, QStringLiteral("Hari Pahlawan"), QStringLiteral("Keppres"));
    QCOMPARE(s.current()->info(QDate(2026, 11, 10)).kind, DayKind::NationalHoliday);
    QVERIFY(!errorOf([&] { s.setDay(admin, QDate(2026, 11, 11), DayKind::Workday, {}, QStringLiteral("x")); }).isEmpty());
    QVERIFY(!errorOf([&] { s.setDay(admin, QDate(2026, 11, 14), DayKind::LocalClosure, {}, QStringLiteral("x")); }).isEmpty());
    // Removing the office entry restores the cuti bersama.
    s.clearDay(admin, QDate(2025, 4, 2), false, QStringLiteral("Roster cancelled"));
    QCOMPARE(s.current()->info(QDate(2025, 4, 2)).kind, DayKind::CutiBersama);
    Error::Kind kind{};
    errorOf([&] { s.clearDay(admin, QDate(2025, 4, 9), false, QStringLiteral("x")); }, &kind);
    QCOMPARE(kind, Error::Kind::NotFound);
}

void TestCalendarService::versionsAndHistory()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const Context admin = t.context(test::actorWith({Role::Admin}, QStringLiteral("admin1")));
    const auto v1 = s.current();
    t.clock().advanceSecs(3600);
    const auto r = s.setDay(admin, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Banjir"),
                            QStringLiteral("Office flooded"));
    QCOMPARE(r.version, 2);
    const auto v2 = s.current();
    QCOMPARE(v2->version(), 2);
    QVERIFY(v1->isWorkingDay(QDate(2026, 2, 10))); // the old version is untouched
    QVERIFY(!v2->isWorkingDay(QDate(2026, 2, 10)));
    const auto h = s.history();
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
    CalendarService s(t.db());
    s.addDeadlineSource(std::make_shared<FakeCases>());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    // REG-1 (received 27 March) is due 16 April; opening the counter on 2 April moves it to 15 April.
    const auto r = s.setDay(admin, QDate(2025, 4, 2), DayKind::Workday, {}, QStringLiteral("Counter open"));
    QCOMPARE(r.moved.size(), 1);
    QCOMPARE(r.moved[0].recordId, QStringLiteral("c1"));
    QCOMPARE(r.moved[0].label, QStringLiteral("REG-1"));
    QCOMPARE(r.moved[0].before, QDate(2025, 4, 16));
    QCOMPARE(r.moved[0].after, QDate(2025, 4, 15));
    // Registered defaults reach every new service.
    CalendarService::registerDefaultDeadlineSource(std::make_shared<FakeCases>());
    CalendarService s2(t.db());
    const auto r2 = s2.setDay(admin, QDate(2025, 5, 22), DayKind::LocalClosure, QStringLiteral("Closed"),
                              QStringLiteral("Local event"));
    QCOMPARE(r2.moved.size(), 1);
    QCOMPARE(r2.moved[0].recordId, QStringLiteral("c2"));
}

void TestCalendarService::confirmYear()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    QVERIFY(!s.current()->isConfirmedYear(2027));
    s.confirmYear(admin, 2027, QStringLiteral("SKB 2027 published"));
    QVERIFY(s.current()->isConfirmedYear(2027));
    QVERIFY(!errorOf([&] { s.confirmYear(admin, 2027); }).isEmpty());
    QCOMPARE(s.history().first().confirmedYears, QList<int>{2027});
}

void TestCalendarService::importPreviewAndApply()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QByteArray data = R"({"replace_years": [2027], "confirm_years": [2027], "days": [
  {"date": "2027-01-01", "kind": "holiday", "name": "Tahun Baru 2027 Masehi", "reason": "Fixed-date holiday; the 2027 SKB is not yet published"},
  {"date": "2027-02-06", "kind": "holiday", "name": "Tahun Baru Imlek 2578 Kongzili"},
  {"date": "2027-05-01", "kind": "holiday", "name": "Hari Buruh", "reason": "SKB 2027"},
  {"date": "2027-02-13", "kind": "working", "reason": "Rostered Saturday"}
]})";
    const CalendarImportPreview p = s.previewImport(data, CalendarImportFile::Format::Json);
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
    QCOMPARE(s.currentVersion(), 1); // a preview changes nothing
    const auto r = s.applyImport(admin, p, QStringLiteral("SKB 2027"));
    QCOMPARE(r.version, 2);
    const auto cal = s.current();
    QVERIFY(cal->isConfirmedYear(2027));
    QVERIFY(cal->isWorkingDay(QDate(2027, 8, 17))); // a Tuesday the file no longer lists
    QCOMPARE(cal->info(QDate(2027, 2, 6)).kind, DayKind::NationalHoliday);
    QVERIFY(cal->isWorkingDay(QDate(2027, 2, 13)));
    QCOMPARE(cal->info(QDate(2027, 5, 1)).name, QStringLiteral("Hari Buruh"));
    // Applying the same file again changes nothing and is refused.
    QVERIFY(!errorOf([&] { s.applyImport(admin, s.previewImport(data, CalendarImportFile::Format::Json), QStringLiteral("again")); })
                 .isEmpty());
}

void TestCalendarService::badImportChangesNothing()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const int days = rowCount(t.db(), QStringLiteral("calendar_days"));
    const int audit = rowCount(t.db(), QStringLiteral("audit_log"));
    const QByteArray bad = "{\"days\": [\n{\"date\": \"2027-01-04\", \"kind\": \"holiday\", \"name\": \"A\"},\n"
                           "{\"date\": \"2027-13-01\", \"kind\": \"holiday\", \"name\": \"B\"}\n]}";
    const QString msg = errorOf([&] { s.previewImport(bad, CalendarImportFile::Format::Json); });
    QVERIFY2(msg.contains(QStringLiteral("Line 3")), qPrintable(msg));
    const QByteArray badIcs = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270104\nSUMMARY:A\nEND:VEVENT\n"
                              "BEGIN:VEVENT\nDTSTART;VALUE=DATE:2027XX05\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n";
    QVERIFY(errorOf([&] { s.previewImport(badIcs, CalendarImportFile::Format::ICalendar); }).contains(QStringLiteral("Line 7")));
    QCOMPARE(s.currentVersion(), 1);
    QCOMPARE(rowCount(t.db(), QStringLiteral("calendar_days")), days);
    QCOMPARE(rowCount(t.db(), QStringLiteral("audit_log")), audit);
    QVERIFY(s.current()->isWorkingDay(QDate(2027, 1, 4)));
}

void TestCalendarService::importRecomputedWhenCalendarChanged()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const Context admin = t.context(test::actorWith({Role::Admin}));
    const QByteArray data = R"({"days": [{"date": "2027-03-10", "kind": "holiday", "name": "Nyepi"},
        {"date": "2027-03-26", "kind": "holiday", "name": "Wafat Yesus Kristus"}]})";
    const CalendarImportPreview p = s.previewImport(data, CalendarImportFile::Format::Json);
    QCOMPARE(p.changes.size(), 2);
    // Somebody enters Nyepi by hand between the preview and the apply.
    s.setDay(admin, QDate(2027, 3, 10), DayKind::NationalHoliday, QStringLiteral("Nyepi"), QStringLiteral("Keppres"));
    const auto r = s.applyImport(admin, p, QStringLiteral("SKB 2027"));
    QCOMPARE(r.changes.size(), 2); // Nyepi's reason differs, so it is still a change
    QCOMPARE(r.version, 3);
    QCOMPARE(s.current()->info(QDate(2027, 3, 10)).reason, QString());
    const auto again = s.previewImport(data, CalendarImportFile::Format::Json);
    QVERIFY(again.isEmpty());
    QVERIFY(!errorOf([&] { s.applyImport(admin, p, QStringLiteral("stale preview")); }).isEmpty());
}

void TestCalendarService::clockSettings()
{
    test::TestDatabase t;
    CalendarService s(t.db());
    QCOMPARE(s.atRiskDays(), 2);
    QVERIFY(!s.cutoff());
    SettingsRepository settings(t.db());
    const Context ctx = t.context();
    settings.set(ctx, QStringLiteral("calendar.at_risk_days"), QStringLiteral("3"));
    settings.set(ctx, QStringLiteral("calendar.cutoff_time"), QStringLiteral("15:00"));
    const ClockRule rule = s.ruleFor(7, ResubmissionRule::Pause);
    QCOMPARE(rule.workingDays, 7);
    QCOMPARE(rule.atRiskDays, 3);
    QCOMPARE(rule.cutoff, std::optional<QTime>(QTime(15, 0)));
    QCOMPARE(rule.resubmission, ResubmissionRule::Pause);
}

void TestCalendarService::cachePerVersion()
{
    test::TestDatabase t;
    CalendarService::ensureBuiltins(t.db(), t.clock());
    CalendarService s(t.db());
    const auto a = s.current();
    QCOMPARE(s.current().get(), a.get());
    s.confirmYear(t.context(test::actorWith({Role::Admin})), 2027);
    QVERIFY(s.current().get() != a.get());
    // Another database never gets this one's calendar.
    test::TestDatabase other;
    CalendarService o(other.db());
    QCOMPARE(o.current()->version(), 0);
}

QTEST_GUILESS_MAIN(TestCalendarService)
#include "test_calendarservice.moc"
