#include "CaseFixture.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "cases/CaseClocks.h"
#include "cases/CaseRepository.h"
#include "cases/CaseStage.h"
#include "cases/DemoData.h"
#include "catalog/CatalogRepository.h"
#include "reports/SlaDashboard.h"
#include "storage/SqlQuery.h"

#include <QtTest>

using namespace loket;
using namespace loket::test;

// The stored SLA figures (schema 14) against a fresh SlaClock::evaluate of every case: the C++
// clock stays the one source of truth, the stored columns only let SQL count it.
class TestSlaFigures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storedFiguresEqualFreshClocks();
    void dashboardTotalsAreTheSumOfTheirParts();

private:
    struct Fresh
    {
        SlaCounts all;
        QHash<QString, SlaCounts> byStage;   // stage key
        QHash<QString, SlaCounts> byOfficer; // holder
        int checked = 0;
    };
    static void freshCounts(CaseFixture& f, QDate today, Fresh* fresh);
    static void compareDashboard(CaseFixture& f, const Context& supervisor, SlaSnapshot* out = nullptr);
};

namespace {
QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

// Checks every case's stored figures on `today` and adds a fresh evaluation of the open ones to
// `fresh`, in all and by stage and officer.
void TestSlaFigures::freshCounts(CaseFixture& f, QDate today, Fresh* out)
{
    const Context ctx = f.system();
    const auto calendar = CalendarService::current(f.data().db());
    const QDate weekEnd = calendar->addWorkingDays(today, 5);
    const CatalogRepository catalog(f.data().db());
    CaseRepository repo(ctx.db());
    SqlQuery q(ctx.db(), QStringLiteral("SELECT id, clock, due_date, risk_from, stopped_on, clock_met, stage_due_date, "
                                        "clock_started, paused_on, clock_used, due_unconfirmed FROM cases"));
    q.exec();
    while (q.next()) {
        const auto c = repo.byId(q.value(0).toString());
        const auto standard = catalog.byId(c->standardId);
        const ClockRule rule = CaseClocks::rule(f.data().db(), *standard);
        const ClockResult fresh = CaseClocks::completion(*calendar, rule, c->clockMarks, today);
        const QString clock = q.value(1).toString();
        const QString what = c->registrationNumber;
        if (clock == QLatin1String("running")) {
            QCOMPARE(dateOf(q.value(2)), fresh.dueDate);
            QCOMPARE(q.value(10).toBool(), fresh.dueInUnconfirmedYear);
            // The stored deadline and risk day give the state of any day, not only today's.
            for (int ahead : {0, 1, 3, 7, 20}) {
                const QDate day = today.addDays(ahead);
                const ClockState state = CaseClocks::completion(*calendar, rule, c->clockMarks, day).state;
                const ClockState stored = day > dateOf(q.value(2))    ? ClockState::Overdue
                                          : day >= dateOf(q.value(3)) ? ClockState::AtRisk
                                                                      : ClockState::OnTrack;
                QVERIFY2(state == stored, qPrintable(what));
            }
        } else if (clock == QLatin1String("paused")) {
            QVERIFY2(fresh.paused, qPrintable(what));
            const QDate due = SlaClock::pausedDue(*calendar, rule, dateOf(q.value(8)), q.value(9).toInt(), today);
            QCOMPARE(due, fresh.dueDate);
            QCOMPARE(dateOf(q.value(7)), fresh.started);
        } else if (clock == QLatin1String("stopped")) {
            QCOMPARE(dateOf(q.value(4)), fresh.stoppedOn);
            QCOMPARE(q.value(5).toInt(), fresh.state == ClockState::Met ? 1 : 0);
            QCOMPARE(dateOf(q.value(2)), fresh.dueDate);
        } else {
            QVERIFY2(fresh.state == ClockState::NotStarted, qPrintable(what));
        }
        if (caseStageIsOpen(c->stage)) {
            const QList<StageResult> stages = CaseClocks::stages(*calendar, *standard, *c, today, rule.atRiskDays);
            const QDate stageDue = !stages.isEmpty() && stages.last().hasBudget ? stages.last().dueDate : QDate();
            QVERIFY2(dateOf(q.value(6)) == stageDue, qPrintable(what));
            out->all.add(fresh, today, weekEnd);
            out->byStage[caseStageKey(c->stage)].add(fresh, today, weekEnd);
            out->byOfficer[c->holder].add(fresh, today, weekEnd);
        }
        ++out->checked;
    }
}

// QCOMPARE returns from a void function only: the snapshot compared goes to `out`.
void TestSlaFigures::compareDashboard(CaseFixture& f, const Context& supervisor, SlaSnapshot* out)
{
    const SlaSnapshot s = SlaDashboard::compute(supervisor);
    Fresh fresh;
    freshCounts(f, s.today, &fresh);
    QVERIFY(fresh.checked > 1000);
    QCOMPARE(s.cases.toJson(), fresh.all.toJson());
    // Each group as well: the dashboard counts the clock states, the deadlines and the paused
    // files' years in separate queries and adds them up per standard, stage and officer.
    QCOMPARE(s.byStage.size(), fresh.byStage.size());
    for (const SlaGroup& g : s.byStage)
        QCOMPARE(g.counts.toJson(), fresh.byStage.value(g.key).toJson());
    QCOMPARE(s.byOfficer.size(), fresh.byOfficer.size());
    for (const SlaGroup& g : s.byOfficer)
        QCOMPARE(g.counts.toJson(), fresh.byOfficer.value(g.key).toJson());
    if (out)
        *out = s;
}

void TestSlaFigures::storedFiguresEqualFreshClocks()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Clock::zone()));
    DemoData::Options options;
    options.cases = 3000;
    options.seed = 16;
    DemoData::generate(f.system(), options);
    const Context supervisor = f.as({Role::Supervisor}, QStringLiteral("kasi"));
    SlaSnapshot march;
    compareDashboard(f, supervisor, &march);
    QVERIFY(march.cases.open > 50);
    QVERIFY(march.cases.overdue > 0 && march.cases.atRisk > 0 && march.cases.onTrack > 0 && march.cases.paused > 0);

    // The office closes two working days: open deadlines move, the stored figures follow.
    const CalendarChangeResult change =
        CalendarService::setDay(f.system(), QDate(2026, 3, 11), DayKind::LocalClosure, QStringLiteral("Banjir"),
                                QStringLiteral("Kantor tutup"));
    QVERIFY(!change.moved.isEmpty());
    CalendarService::setDay(f.system(), QDate(2026, 2, 24), DayKind::LocalClosure, QStringLiteral("Listrik padam"),
                            QStringLiteral("Kantor tutup"));
    compareDashboard(f, supervisor);

    // Days later, from the same stored figures.
    f.data().clock().set(QDateTime(QDate(2026, 3, 19), QTime(9, 0), Clock::zone()));
    compareDashboard(f, supervisor);

    // In late December a paused file would be due in the next year, whose holidays are not
    // confirmed yet: worked out on the day, for every paused file.
    f.data().clock().set(QDateTime(QDate(2026, 12, 10), QTime(9, 0), Clock::zone()));
    SlaSnapshot december;
    compareDashboard(f, supervisor, &december);
    QVERIFY(december.cases.unconfirmedYear > 0 && december.cases.unconfirmedYear < december.cases.open);
}

void TestSlaFigures::dashboardTotalsAreTheSumOfTheirParts()
{
    CaseFixture f(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Clock::zone()));
    DemoData::Options options;
    options.cases = 1500;
    options.seed = 13;
    DemoData::generate(f.system(), options);
    // A file returned at intake: its clock never started.
    QVERIFY(
        !CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("budi")), f.request(1, false)).registered);
    const SlaSnapshot s = SlaDashboard::compute(f.as({Role::Supervisor}, QStringLiteral("kasi")));
    auto parts = [](const SlaCounts& c) { return c.onTrack + c.atRisk + c.overdue + c.paused + c.notStarted; };
    QVERIFY(s.cases.notStarted >= 1);
    QCOMPARE(s.cases.open, parts(s.cases));
    for (const QList<SlaGroup>* groups : {&s.byService, &s.byStage, &s.byOfficer}) {
        int open = 0;
        for (const SlaGroup& g : *groups) {
            QCOMPARE(g.counts.open, parts(g.counts));
            open += g.counts.open;
        }
        QCOMPARE(open, s.cases.open);
    }
    // The same in the tables `report sla` and the Excel file are made of.
    const QList<ReportTable> tables = s.tables();
    const ReportTable& summary = tables.first();
    QCOMPARE(summary.rows.at(0).at(1).toInt(), s.cases.open);
    int sum = 0;
    for (int row = 1; row <= 5; ++row)
        sum += summary.rows.at(row).at(1).toInt();
    QCOMPARE(sum, s.cases.open);
    for (const ReportTable& t : tables.mid(1, 3)) {
        QCOMPARE(t.headers.at(6), SlaSnapshot::tr("Not started"));
        for (const QVariantList& r : t.rows)
            QCOMPARE(r.at(1).toInt(),
                     r.at(2).toInt() + r.at(3).toInt() + r.at(4).toInt() + r.at(5).toInt() + r.at(6).toInt());
    }
}

QTEST_GUILESS_MAIN(TestSlaFigures)
#include "test_slafigures.moc"
