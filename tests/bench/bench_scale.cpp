// Office scale (issue 16): the supervisor's dashboard, name search, the overdue filter, a deep
// page of the case list and an import into a database of a million cases, each next to the same
// figure from bare SQL in the same run; supervisor sign-in to a painted dashboard (offscreen).
// Not a ctest: run by scripts/bench-scale, which writes the figures into docs/PERFORMANCE.md.
//   bench_scale --db FILE [--import-rows N] [--only dashboard|lists|search|signin|import]
//   (FILE: a copy of the database bench_cases made; --only runs one part, after the migration)
#include "TestDatabase.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "cases/CaseImporter.h"
#include "cases/CaseQueries.h"
#include "cases/DemoData.h"
#include "cases/NameSearch.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Role.h"
#include "common/UiContext.h"
#include "main/MainWindow.h"
#include "reports/DashboardPage.h"
#include "reports/DashboardPrinter.h"
#include "reports/SlaDashboard.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include "BenchReport.h"

#include <QApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace loket;
using loket::test::actorWith;

namespace {
using bench::result;
using bench::timeMs;
QTextStream& out = bench::out();

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

template <typename F> double median(int runs, F&& f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << timeMs(f);
    return medianMs(times);
}

void info(const QString& key, double value)
{
    out << QStringLiteral("INFO %1 %2\n").arg(key).arg(value, 0, 'f', 2);
    out.flush();
}

// User plus system CPU time of the process so far, in seconds: on a shared machine the wall time
// of a long run says more about the other processes than about Loket.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// Runs a statement to its end, as the sqlite3 shell would: the bare-SQL side of a figure.
int bare(const QSqlDatabase& db, const QString& sql, const QList<std::pair<QString, QVariant>>& binds = {})
{
    SqlQuery q(db, sql);
    for (const auto& [name, value] : binds)
        q.bind(name, value);
    q.exec();
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

void dashboard(const Context& ctx, const QSqlDatabase& db, QDate today)
{
    const Context supervisor(ctx.database(), ctx.clock(), actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    info(QStringLiteral("dashboard_first_ms"), timeMs([&] { SlaDashboard::compute(supervisor); }));
    SlaSnapshot s;
    result("dashboard_ms", median(5, [&] { s = SlaDashboard::compute(supervisor); }), "ms", 200);
    out << QStringLiteral("INFO dashboard_open %1 overdue %2 at_risk %3 paused %4 not_started %5\n")
               .arg(s.cases.open)
               .arg(s.cases.overdue)
               .arg(s.cases.atRisk)
               .arg(s.cases.paused)
               .arg(s.cases.notStarted);
    const QString t = today.toString(Qt::ISODate);
    const QString week = CalendarService::current(ctx.database())->addWorkingDays(today, 5).toString(Qt::ISODate);
    const QString month = QDate(today.year(), today.month(), 1).toString(Qt::ISODate);
    // The bare SQL: the very statements the dashboard runs for its figures (CaseSlaFigures, the
    // complaints), each stepped to its last row and nothing done with the rows. What Loket adds
    // on top: the check for figures of another calendar, a paused file's deadline per standard,
    // days used and day back, the working days late of each listed case, names and sorting.
#define OPEN "stage IN ('registered', 'verification', 'technical', 'signature', 'returned')"
    const std::pair<QString, QVariant> onToday{QStringLiteral(":today"), t};
    const auto bareDashboard = [&] {
        bare(db, QStringLiteral("SELECT standard_id, stage, holder, clock, count(*) FROM cases INDEXED BY "
                                "cases_open_clocks WHERE " OPEN " GROUP BY stage, clock, standard_id, holder"));
        bare(db,
             QStringLiteral("SELECT standard_id, stage, holder, sum(clock = 'running' AND due_date >= :today AND "
                            "risk_from > :today), sum(clock = 'running' AND due_date >= :today AND risk_from <= "
                            ":today), sum(clock = 'running' AND due_date < :today), sum(due_date = :today), "
                            "sum(due_date >= :today AND due_date <= :week), sum(due_unconfirmed = 1) FROM cases "
                            "INDEXED BY cases_open_clocks WHERE " OPEN
                            " AND clock IN ('running', 'stopped') GROUP BY stage, clock, "
                            "standard_id, holder"),
             {onToday, {QStringLiteral(":week"), week}});
        bare(db,
             QStringLiteral("SELECT standard_id, stage, holder, clock_used, max(coalesce(paused_on, ''), :today), "
                            "substr(clock_started, 1, 4), count(*) FROM cases INDEXED BY cases_open_clocks WHERE " OPEN
                            " AND clock = 'paused' "
                            "GROUP BY standard_id, stage, holder, clock_used, max(coalesce(paused_on, ''), "
                            ":today), substr(clock_started, 1, 4)"),
             {onToday});
        bare(db,
             QStringLiteral("SELECT c.registration_number, a.name, c.kbli, c.standard_id, c.stage, c.holder, "
                            "c.due_date FROM cases c CROSS JOIN applicants a ON a.id = c.applicant_id WHERE c.clock "
                            "= 'running' AND c.due_date IS NOT NULL AND c." OPEN " AND c.risk_from <= :today ORDER "
                            "BY c.due_date, c.registration_number LIMIT 1000"),
             {onToday});
        bare(db,
             QStringLiteral("SELECT clock_met, count(*) FROM cases INDEXED BY cases_stopped_on WHERE stopped_on >= :m "
                            "AND stopped_on <= :today AND stage IN ('issued', 'handed_over') GROUP BY clock_met"),
             {onToday, {QStringLiteral(":m"), month}});
        bare(db, QStringLiteral("SELECT * FROM complaints WHERE kind = 'complaint' AND answer_on IS NULL"));
    };
#undef OPEN
    const double bareMs = median(5, bareDashboard);
    info(QStringLiteral("dashboard_bare_sql_ms"), bareMs);
    // `loket-cli report sla --json`: the same figures, written as the JSON it prints (the bare
    // SQL is the same statements as the dashboard's).
    result("report_sla_json_ms",
           median(5,
                  [&] {
                      const QByteArray json = QJsonDocument(SlaDashboard::compute(supervisor).toJson()).toJson();
                      Q_UNUSED(json);
                  }),
           "ms", 200);
    info(QStringLiteral("report_sla_bare_sql_ms"), bareMs);
}

void lists(const Context& ctx, const QSqlDatabase& db, QDate today)
{
    CaseFilter overdue;
    overdue.clock = CaseClockFilter::Overdue;
    result("overdue_first_page_ms", median(7, [&] { CaseQueries(ctx).page(overdue, 0, 50); }), "ms", 20);
    info(QStringLiteral("overdue_first_page_bare_sql_ms"), median(7, [&] {
             bare(db,
                  QStringLiteral("SELECT c.registration_number, a.name, b.name FROM cases c JOIN applicants a ON "
                                 "a.id = c.applicant_id JOIN businesses b ON b.id = c.business_id WHERE c.clock <> "
                                 "'stopped' AND c.clock = 'running' AND c.due_date < :t ORDER BY c.received_at DESC, "
                                 "c.id DESC LIMIT 50"),
                  {{QStringLiteral(":t"), today.toString(Qt::ISODate)}});
         }));
    CaseQueries q(ctx);
    q.page(CaseFilter{}, 0, 1);
    const int total = SqlQuery(db, QStringLiteral("SELECT count(*) FROM cases")).scalar().toInt();
    const int deep = std::max(0, std::min(900000, total - 100));
    info(QStringLiteral("deep_page_offset_ms"), timeMs([&] { q.page(CaseFilter{}, deep, 50); }));
    const QString after = q.page(CaseFilter{}, deep - 1, 1).value(0).registrationNumber;
    result("deep_page_keyset_ms", median(7, [&] { q.pageAfter(CaseFilter{}, after, 50); }), "ms", 20);
    out << QStringLiteral("INFO deep_page_at %1\n").arg(deep);
    // Each order the list's column headers offer, first page and a page after it (keyset); by applicant
    // also under two filters that leave more than 10,000 cases, so both walk applicants by name.
    CaseFilter paused;
    paused.clock = CaseClockFilter::Paused;
    CaseFilter returned;
    returned.stage = CaseStage::Returned;
    const QList<std::tuple<const char*, CaseSort, CaseFilter>> sorts{
        {"registration", CaseSort::RegistrationNumber, {}},
        {"oldest", CaseSort::ReceivedOldest, {}},
        {"due", CaseSort::DueDate, {}},
        {"stage", CaseSort::Stage, {}},
        {"applicant", CaseSort::ApplicantName, {}},
        {"applicant_paused", CaseSort::ApplicantName, paused},
        {"applicant_returned", CaseSort::ApplicantName, returned}};
    for (auto [name, sort, f] : sorts) {
        f.sort = sort;
        QString last;
        info(QStringLiteral("sort_%1_first_page_ms").arg(QLatin1String(name)),
             timeMs([&] { last = q.page(f, 0, 50).value(49).registrationNumber; }));
        info(QStringLiteral("sort_%1_next_page_ms").arg(QLatin1String(name)),
             timeMs([&] { q.pageAfter(f, last, 50); }));
    }
}

void search(const Context& ctx, const QSqlDatabase& db)
{
    CaseQueries q(ctx);
    const QStringList names{QStringLiteral("asep suryana"), QStringLiteral("siti"), QStringLiteral("nur hayati"),
                            QStringLiteral("nurhayati"), QStringLiteral("dewi")};
    QList<double> search;
    QList<double> bareSearch;
    for (const QString& n : names) {
        CaseFilter f;
        f.search = n;
        q.page(f, 0, 50);
        search << std::min(
            {timeMs([&] { q.page(f, 0, 50); }), timeMs([&] { q.page(f, 0, 50); }), timeMs([&] { q.page(f, 0, 50); })});
        const QString match = QStringLiteral("name : (%1)").arg(NameSearch::ftsQuery(n));
        bareSearch << timeMs([&] {
            bare(db, QStringLiteral("SELECT ref_id FROM applicant_names WHERE applicant_names MATCH :m LIMIT 50"),
                 {{QStringLiteral(":m"), match}});
        });
        out << QStringLiteral("INFO search_name_%1_ms %2\n")
                   .arg(QString(n).replace(QLatin1Char(' '), QLatin1Char('_')))
                   .arg(search.last(), 0, 'f', 2);
    }
    result("search_name_ms", medianMs(search), "ms", 20);
    info(QStringLiteral("search_name_bare_fts_ms"), medianMs(bareSearch));
}

// CPU time of the calling thread: what a refresh costs the UI thread while the worker counts.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// What the dashboard page does on the UI thread at a million cases: a refresh (starting the
// worker, then the tables, tiles and chart from its figures) and painting the PDF.
void uiThread(Database& db, const Clock& clock)
{
    ui::UiContext ui(db, clock, actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    ui::DashboardPage page(ui);
    page.show();
    page.waitForIdle();
    QList<double> cpu;
    for (int i = 0; i < 3; ++i) {
        const double before = threadCpuMs();
        page.refresh();
        page.waitForIdle(); // blocked in wait(): no CPU of this thread
        QCoreApplication::processEvents();
        cpu << threadCpuMs() - before;
    }
    info(QStringLiteral("dashboard_refresh_ui_thread_cpu_ms"), medianMs(cpu));
    // The PDF: the chart on the UI thread, the pages on a worker thread (here timed on this one).
    ui::DashboardPrinter::Chart chart;
    info(QStringLiteral("dashboard_pdf_ui_thread_ms"),
         median(3, [&] { chart = ui::DashboardPrinter::chart(ui, page.snapshot()); }));
    info(QStringLiteral("dashboard_pdf_worker_ms"),
         median(3, [&] { ui::DashboardPrinter::pdf(chart, page.snapshot()); }));
}

void signIn(Database& db, const Clock& clock)
{
    // From a signed-in supervisor to the main window with the dashboard painted (the count
    // finishes on its worker thread; the window is shown before it).
    QList<double> shown;
    QList<double> painted;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        ui::UiContext ui(db, clock, actorWith({Role::Supervisor}, QStringLiteral("kasi")));
        ui::MainWindow window(ui);
        window.show();
        QCoreApplication::processEvents();
        shown << double(t.nsecsElapsed()) / 1e6;
        auto* page = window.findChild<ui::DashboardPage*>();
        if (page && page->isBusy())
            page->waitForIdle();
        window.repaint();
        QCoreApplication::processEvents();
        painted << double(t.nsecsElapsed()) / 1e6;
    }
    result("signin_to_window_ms", medianMs(shown), "ms", 500);
    uiThread(db, clock);
    result("signin_to_painted_dashboard_ms", medianMs(painted), "ms", 500);
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path;
    int importRows = 100000;
    QString only;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--import-rows"))
            importRows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    const auto part = [&](const char* name) { return only.isEmpty() || only == QLatin1String(name); };
    try {
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone()));
        Database db;
        info(QStringLiteral("open_and_migrate_ms"), timeMs([&] { db.open(path); }));
        const Context ctx(db, clock, Actor::systemActor());
        out << QStringLiteral("INFO database holds %1 cases\n")
                   .arg(SqlQuery(db.handle(), QStringLiteral("SELECT count(*) FROM cases")).scalar().toInt());
        if (part("dashboard"))
            dashboard(ctx, db.handle(), clock.today());
        if (part("lists"))
            lists(ctx, db.handle(), clock.today());
        if (part("search"))
            search(ctx, db.handle());
        if (part("signin"))
            signIn(db, clock);
        if (importRows > 0 && part("import")) {
            const QByteArray csv = DemoData::importCsv(importRows, 7, QStringLiteral("71205"), clock.today());
            const double before = peakMb();
            CaseImportSummary summary;
            const double cpuBefore = cpuSeconds();
            const double ms = timeMs([&] { summary = CaseImporter::importCsv(ctx, csv, QStringLiteral("bench.csv")); });
            info(QStringLiteral("import_cpu_s"), cpuSeconds() - cpuBefore);
            if (!summary.written) {
                std::fprintf(stderr, "import refused\n");
                return 1;
            }
            result("import_rows_s", ms / 1000, "s", 15);
            info(QStringLiteral("peak_memory_before_import_mb"), before);
            result("import_peak_memory_mb", peakMb(), "MB", 300);
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
