#include "CaseFixture.h"
#include "PgServer.h"
#include "TestDatabase.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Error.h"
#include "identity/KbliRegister.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "sync/ReferencePull.h"
#include "sync/SyncService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loket;

namespace {
const QDateTime kMonday(QDate(2026, 1, 5), QTime(9, 0), Clock::zone());
const QDate kClosure(2026, 1, 7); // a Wednesday inside the SLA window of a case filed on kMonday

int count(test::TestDatabase& t, const QString& sql)
{
    return SqlQuery(t.db().handle(), sql).scalar().toInt();
}

QDate dueDate(test::TestDatabase& t, const QString& registration)
{
    SqlQuery q(t.db().handle(), QStringLiteral("SELECT due_date FROM cases WHERE registration_number = :r"));
    return QDate::fromString(q.bind(QStringLiteral(":r"), registration).scalar().toString(), Qt::ISODate);
}
} // namespace

class TestReferencePull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pullsCalendarAndCatalogueThroughTheServices();
    void removalsAtTheSourceAreRemovedHere();
    void refusals();
    void cliPull();

private:
    SyncTarget target() const { return m_pg.target(); }
    Context admin(test::TestDatabase& t) { return t.context(test::actorWith({Role::Admin}, QStringLiteral("it"))); }
    test::PgServer m_pg;
    bool m_ready = false;
    QString m_why;
};

void TestReferencePull::initTestCase()
{
    m_ready = m_pg.start(&m_why);
}


void TestReferencePull::pullsCalendarAndCatalogueThroughTheServices()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    // The reference workstation: an office closure and a shorter completion time.
    test::CaseFixture c01(kMonday, QStringLiteral("C01"));
    const Context a01 = admin(c01.data());
    CalendarService::setDay(a01, kClosure, DayKind::LocalClosure, QStringLiteral("Rapat kerja"),
                            QStringLiteral("Surat Kepala"));
    ServiceStandard changed = c01.standard();
    QVERIFY(changed.completionWorkingDays > 5);
    changed.completionWorkingDays = 5;
    changed.stageBudgets.clear();
    QCOMPARE(CatalogService::saveNewVersion(a01, changed).version, 2);
    ServiceStandard created = c01.standard();
    created.id.clear();
    created.serviceId.clear();
    created.kbli = QStringLiteral("71201");
    created.name = QStringLiteral("Jasa Pengujian Laboratorium");
    QCOMPARE(CatalogService::saveNewVersion(a01, created).version, 1);
    QVERIFY(KbliRegister::importCsv(a01, "code,title\n62011,Aktivitas Pengembangan Video Game\n", QStringLiteral("kbli.csv"))
                .written);
    SyncService::push(a01, target());

    // A counter with a running case filed before the change.
    test::CaseFixture c02(kMonday, QStringLiteral("C02"));
    const Context a02 = admin(c02.data());
    const QString reg = c02.caseAt(CaseStage::Registered).registrationNumber;
    const QDate dueBefore = dueDate(c02.data(), reg);
    QVERIFY(dueBefore.isValid());
    SyncService::push(a02, target());
    SettingsRepository(c02.data().db()).set(a02, ReferencePull::settingKey(), QStringLiteral("C01"));
    const int versionBefore = CalendarService::currentVersion(c02.data().db());
    const int auditBefore = count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log"));

    // A dry run tells and writes nothing.
    const ReferencePullResult preview = ReferencePull::pull(a02, target(), {}, true);
    QVERIFY(preview.dryRun);
    QCOMPARE(preview.source, QStringLiteral("C01"));
    QCOMPARE(preview.daysAdded(), 1);
    QCOMPARE(preview.daysRemoved(), 0);
    QCOMPARE(preview.servicesNewVersions, 1);
    QCOMPARE(preview.servicesCreated, 1);
    QCOMPARE(preview.kbliAdded, 1);
    QVERIFY(!preview.upToDate());
    QVERIFY(!KbliRegister(c02.data().db()).validate(QStringLiteral("62011")).ok);
    QCOMPARE(CalendarService::currentVersion(c02.data().db()), versionBefore);
    QCOMPARE(count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(CatalogRepository(c02.data().db()).currentByKbli(QStringLiteral("71205"))->version, 1);

    const ReferencePullResult r = ReferencePull::pull(a02, target());
    QCOMPARE(r.daysAdded(), 1);
    QCOMPARE(r.dayChanges.first().date, kClosure);
    QVERIFY(!r.dayChanges.first().national);
    QCOMPARE(r.servicesNewVersions, 1);
    QCOMPARE(r.servicesCreated, 1);
    QCOMPARE(r.servicesUnchanged, 0);
    QVERIFY(r.servicesChanged.contains(QStringLiteral("71201 Jasa Pengujian Laboratorium")));
    QVERIFY2(r.summary().contains(QStringLiteral("C01")), qPrintable(r.summary()));
    // The office's KBLI code came along: the counter accepts it now.
    QCOMPARE(r.kbliAdded, 1);
    QVERIFY(KbliRegister(c02.data().db()).validate(QStringLiteral("62011")).ok);

    // The calendar: the closure, one new version with its reason and audit entry.
    QVERIFY(!CalendarService::current(c02.data().db())->info(kClosure).working());
    QCOMPARE(CalendarService::currentVersion(c02.data().db()), versionBefore + 1);
    QCOMPARE(r.calendarVersion, versionBefore + 1);
    const CalendarVersionInfo v = CalendarService::history(c02.data().db(), 1).first();
    QCOMPARE(v.action, QStringLiteral("import"));
    QCOMPARE(v.reason, QStringLiteral("sync pull from C01"));
    QCOMPARE(v.actorName, QStringLiteral("it"));
    QCOMPARE(count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'calendar.import'")), 1);
    // The running case's deadline moved one working day.
    QCOMPARE(r.movedDeadlines.size(), 1);
    QCOMPARE(r.movedDeadlines.first().label, reg);
    QVERIFY(dueDate(c02.data(), reg) > dueBefore);
    QCOMPARE(dueDate(c02.data(), reg), r.movedDeadlines.first().after);
    // The catalogue: the source's standard as a new local version, audited.
    const auto standard = CatalogRepository(c02.data().db()).currentByKbli(QStringLiteral("71205"));
    QCOMPARE(standard->version, 2);
    QCOMPARE(standard->completionWorkingDays, 5);
    QCOMPARE(CatalogRepository(c02.data().db()).currentByKbli(QStringLiteral("71201"))->name,
             QStringLiteral("Jasa Pengujian Laboratorium"));
    QCOMPARE(count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'catalog.standard.version' AND actor_name = 'it'")),
             2);

    // Again, also after this counter pushed its copies (same standard ids): nothing changes.
    SyncService::push(a02, target());
    const int auditAfter = count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const ReferencePullResult again = ReferencePull::pull(a02, target());
    QVERIFY2(again.upToDate(), qPrintable(again.summary()));
    QVERIFY(again.summary().contains(QStringLiteral("up to date")));
    QCOMPARE(again.calendarVersion, 0);
    QCOMPARE(CalendarService::currentVersion(c02.data().db()), versionBefore + 1);
    QCOMPARE(CatalogRepository(c02.data().db()).currentByKbli(QStringLiteral("71205"))->version, 2);
    QCOMPARE(again.servicesUnchanged, 2);
    QCOMPARE(again.kbliAdded + again.kbliChanged, 0);
    QCOMPARE(count(c02.data(), QStringLiteral("SELECT count(*) FROM audit_log")), auditAfter);
}

void TestReferencePull::removalsAtTheSourceAreRemovedHere()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::CaseFixture src(kMonday, QStringLiteral("R01"));
    test::CaseFixture dst(kMonday, QStringLiteral("R02"));
    const Context as = admin(src.data());
    const Context ad = admin(dst.data());
    CalendarService::setDay(as, kClosure, DayKind::LocalClosure, QStringLiteral("Rapat"), QStringLiteral("r"));
    // A local closure of the counter in a year the source covers, and a national holiday the
    // source does not have: both go, since the source is the truth for its years.
    CalendarService::setDay(ad, QDate(2026, 2, 10), DayKind::LocalClosure, QStringLiteral("Listrik padam"),
                            QStringLiteral("r"));
    CalendarService::setDay(ad, QDate(2026, 2, 11), DayKind::NationalHoliday, QStringLiteral("Libur salah"),
                            QStringLiteral("r"));
    SyncService::push(as, target());
    ReferencePullResult r = ReferencePull::pull(ad, target(), QStringLiteral("r01"));
    QCOMPARE(r.source, QStringLiteral("R01"));
    QCOMPARE(r.daysAdded(), 1);
    QCOMPARE(r.daysRemoved(), 2);
    QVERIFY(r.yearsCovered.contains(2026));
    QVERIFY(CalendarService::current(dst.data().db())->info(QDate(2026, 2, 10)).working());
    QVERIFY(CalendarService::current(dst.data().db())->info(QDate(2026, 2, 11)).working());

    // The source opens the closure again: the central copy still holds the old row.
    CalendarService::clearDay(as, kClosure, false, QStringLiteral("Rapat batal"));
    CalendarService::confirmYear(as, 2027);
    SyncService::push(as, target());
    r = ReferencePull::pull(ad, target(), QStringLiteral("R01"));
    QCOMPARE(r.daysRemoved(), 1);
    QCOMPARE(r.daysAdded(), 0);
    QCOMPARE(r.yearsConfirmed, QList<int>{2027});
    QVERIFY(CalendarService::current(dst.data().db())->info(kClosure).working());
    QVERIFY(CalendarService::current(dst.data().db())->isConfirmedYear(2027));
    QVERIFY(ReferencePull::pull(ad, target(), QStringLiteral("R01")).upToDate());
    QCOMPARE(CalendarService::current(dst.data().db())->officeEntries(),
             CalendarService::current(src.data().db())->officeEntries());
    QCOMPARE(CalendarService::current(dst.data().db())->nationalEntries(),
             CalendarService::current(src.data().db())->nationalEntries());
}

void TestReferencePull::refusals()
{
    test::CaseFixture t(kMonday, QStringLiteral("S02"));
    const Context a = admin(t.data());
    // No reference workstation: the message names the setting.
    try {
        ReferencePull::pull(a, target());
        QFAIL("a pull without a reference workstation ran");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("sync.reference_workstation")), qPrintable(e.message()));
    }
    // The front desk may not pull, not even a dry run.
    const Context clerk = t.as({Role::FrontDesk});
    for (bool dry : {false, true}) {
        try {
            ReferencePull::pull(clerk, target(), QStringLiteral("S01"), dry);
            QFAIL("the front desk pulled");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Permission);
        }
    }
    QVERIFY_THROWS_EXCEPTION(Error, ReferencePull::pull(a, target(), QStringLiteral("not a code!")));
    // Never from itself.
    const ReferencePullResult self = ReferencePull::pull(a, target(), QStringLiteral("S02"));
    QVERIFY(self.fromItself);
    QVERIFY(self.upToDate());
    QVERIFY(self.summary().contains(QStringLiteral("nothing to pull")));
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    // A workstation that never sent anything.
    try {
        ReferencePull::pull(a, target(), QStringLiteral("S09"));
        QFAIL("a pull from an unknown workstation ran");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("S09")), qPrintable(e.message()));
    }
}

void TestReferencePull::cliPull()
{
    if (!m_ready)
        QSKIP(qPrintable(m_why));
    test::CaseFixture src(kMonday, QStringLiteral("K01"));
    CalendarService::setDay(admin(src.data()), kClosure, DayKind::LocalClosure, QStringLiteral("Rapat"),
                            QStringLiteral("r"));
    SyncService::push(admin(src.data()), target());

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k02.sqlite"));
    const QStringList env{QStringLiteral("LOKET_NOW=2026-01-05T10:00"),
                          QStringLiteral("LOKET_PASSWORD=Admin-pass-123")};
    auto cli = [&](const QStringList& args) {
        return test::runCli(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + args, env);
    };
    test::CliResult r = cli({QStringLiteral("init"), QStringLiteral("--workstation"), QStringLiteral("K02"),
                             QStringLiteral("--admin"), QStringLiteral("admin")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("configure"),
             QStringLiteral("--host"), m_pg.socketDir(), QStringLiteral("--port"), QString::number(m_pg.port()),
             QStringLiteral("--database"), m_pg.database(), QStringLiteral("--user-name"), m_pg.user()});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("pull")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("sync.reference_workstation"), r.err.constData());
    r = cli({QStringLiteral("sync"), QStringLiteral("pull"), QStringLiteral("--from"), QStringLiteral("K01")});
    QCOMPARE(r.exitCode, 5);
    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("pull"),
             QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 2);

    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json"), QStringLiteral("sync"),
             QStringLiteral("configure"), QStringLiteral("--reference"), QStringLiteral("k01")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("reference_workstation")).toString(),
             QStringLiteral("K01"));

    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json"), QStringLiteral("sync"),
             QStringLiteral("pull"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("source")).toString(), QStringLiteral("K01"));
    QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("calendar")).toObject().value(QStringLiteral("days_added")).toInt(), 1);

    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json"), QStringLiteral("sync"),
             QStringLiteral("pull")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("up_to_date")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("calendar")).toObject().value(QStringLiteral("version")).toInt() > 1);

    // The nightly run pushes, then pulls: now up to date.
    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("ok")).toBool());
    QCOMPARE(o.value(QStringLiteral("pull")).toObject().value(QStringLiteral("up_to_date")).toBool(), true);

    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("pull"),
             QStringLiteral("--from"), QStringLiteral("K02")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("nothing to pull"), r.out.constData());

    // A pull that fails after a good push: the push is still reported, the pull's error decides
    // the exit code.
    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("sync"), QStringLiteral("configure"),
             QStringLiteral("--reference"), QStringLiteral("K09")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 3);
    o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(o.value(QStringLiteral("ok")).toBool());
    QCOMPARE(o.value(QStringLiteral("pull")).toObject().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(r.err.contains("K09"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestReferencePull)
#include "test_referencepull.moc"
