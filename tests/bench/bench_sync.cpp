// Speed of the office-wide sync against a throw-away PostgreSQL on this machine.
// Not a ctest: run by scripts/bench-sync, which writes the figures into docs/PERFORMANCE.md.
//   bench_sync [--cases N] [--counters N] [--changes N]
#include "PgServer.h"
#include "cases/CaseService.h"
#include "cases/DemoData.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "setup/Bootstrap.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "sync/OfficePull.h"
#include "sync/SyncRound.h"
#include "sync/SyncService.h"

#include "BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <memory>
#include <vector>

using namespace loket;

namespace {
using bench::result;
using bench::timeMs;
QTextStream& out = bench::out();



void info(const QString& text)
{
    out << QStringLiteral("INFO ") << text << '\n';
    out.flush();
}

// One workstation: its own database file, clock and (system) actor.
struct Workstation
{
    Workstation(const QString& dir, const QString& code, const QDateTime& now) : clock(now)
    {
        Database::OpenOptions options;
        options.workstationCode = code;
        db.open(dir + QLatin1Char('/') + code + QStringLiteral(".sqlite"), options);
        Bootstrap::ensureBuiltins(db, clock);
    }
    Context ctx() { return Context(db, clock, Actor::systemActor()); }
    FixedClock clock;
    Database db;
};

IntakeRequest request(const ServiceStandard& standard, int serial)
{
    IntakeRequest r;
    r.standardId = standard.id;
    r.applicant.name = QStringLiteral("Pemohon Bench %1").arg(serial);
    // Kabupaten Purwakarta, born 15-03-1990, a running number per request.
    r.applicant.nik = QStringLiteral("321401150390%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
    r.applicant.phone = QStringLiteral("0812-0000-%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
    r.business.name = QStringLiteral("CV Bench %1").arg(serial);
    r.business.npwp = QStringLiteral("01.234.567.4-901.000");
    r.business.capital = 2'500'000'000LL;
    for (const Requirement& q : standard.requirements)
        r.checklist.append(ChecklistItem{q.key, {}, ChecklistStatus::Valid, {}});
    return r;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int cases = 100000;
    int counters = 30;
    int changes = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--cases"))
            cases = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--counters"))
            counters = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--changes"))
            changes = args[i + 1].toInt();
    }
    try {
        test::PgServer pg;
        QString why;
        if (!pg.start(&why)) {
            out << "cannot start PostgreSQL: " << why << '\n';
            return 1;
        }
        const SyncTarget target = pg.target();
        QTemporaryDir tmp;
        const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), Clock::zone());

        // 1. A counter with `cases` demo applications sends them all; a new PC receives them.
        Workstation c01(tmp.path(), QStringLiteral("C01"), now);
        DemoData::Options demo;
        demo.cases = cases;
        demo.seed = 20260302;
        DemoData::generate(c01.ctx(), demo);
        const double pushMs = timeMs([&] { SyncService::push(c01.ctx(), target, 2000); });
        info(QStringLiteral("push_all_s %1").arg(pushMs / 1000, 0, 'f', 1));
        Workstation s01(tmp.path(), QStringLiteral("S01"), now);
        DemoData::ensureDemoServices(s01.ctx()); // the catalogue the reference workstation would publish
        OfficePullReport first;
        const double cpuBefore = bench::cpuSeconds();
        const double firstMs = timeMs([&] {
            first = OfficePull::pull(
                s01.ctx(), target,
                qEnvironmentVariableIntValue("BENCH_BATCH") > 0 ? qEnvironmentVariableIntValue("BENCH_BATCH") : 10000);
        });
        result("first_pull_s", firstMs / 1000, "s", 60);
        info(QStringLiteral("first_pull_cpu_s %1 (this process; the rest of the wall time is PostgreSQL and waiting)")
                 .arg(bench::cpuSeconds() - cpuBefore, 0, 'f', 1));
        info(QStringLiteral("first_pull_rows %1 received, %2 applied, %3 waiting")
                 .arg(first.received)
                 .arg(first.applied)
                 .arg(first.waiting));
        const int there = SqlQuery(s01.db.handle(), QStringLiteral("SELECT count(*) FROM cases")).scalar().toInt();
        info(QStringLiteral("first_pull_cases %1 of %2").arg(there).arg(cases));

        // 2. Nothing new: a whole round (push and pull) at the supervisor's PC.
        QList<double> idle;
        for (int i = 0; i < 7; ++i)
            idle << timeMs([&] { SyncRound::run(s01.ctx(), target); });
        std::sort(idle.begin(), idle.end());
        result("idle_round_ms", idle[idle.size() / 2], "ms", 200);

        // 3. A busy day: `counters` counters register `changes` applications each and send them;
        // then the supervisor's PC runs one round.
        const auto standard = CatalogRepository(s01.db).currentByKbli(QStringLiteral("71205"));
        std::vector<std::unique_ptr<Workstation>> desks;
        for (int k = 0; k < counters; ++k) {
            desks.push_back(std::make_unique<Workstation>(
                tmp.path(), QStringLiteral("K%1").arg(k + 10, 2, 10, QLatin1Char('0')), now));
            SyncService::push(desks.back()->ctx(), target); // its set-up rows
        }
        SyncRound::run(s01.ctx(), target); // the counters' set-up, received before the day starts
        int serial = 0;
        for (auto& desk : desks) {
            for (int c = 0; c < changes; ++c) {
                desk->clock.advanceSecs(60);
                CaseService::registerCase(desk->ctx(), request(*standard, ++serial));
            }
            SyncService::push(desk->ctx(), target);
        }
        OfficePullReport day;
        const double dayCpu = bench::cpuSeconds();
        const double dayMs = timeMs([&] { day = OfficePull::pull(s01.ctx(), target); });
        info(QStringLiteral("busy_day_cpu_s %1 (this process)").arg(bench::cpuSeconds() - dayCpu, 0, 'f', 2));
        info(QStringLiteral("busy_day_rows %1 received, %2 applied").arg(day.received).arg(day.applied));
        result("busy_day_round_s", dayMs / 1000, "s", 5);
    } catch (const Error& e) {
        out << "error: " << e.message() << " " << e.detail() << '\n';
        return 1;
    }
    return 0;
}
