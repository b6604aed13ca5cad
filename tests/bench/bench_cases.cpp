// Speed of the case list, search, registration and CSV import on a large database.
// Not a ctest: run by scripts/bench-cases, which writes the figures into docs/PERFORMANCE.md.
//   bench_cases [--cases N] [--import-rows N] [--keep DIR]
#include "cases/CaseImporter.h"
#include "cases/CaseQueries.h"
#include "cases/CaseService.h"
#include "cases/DemoData.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include "BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace loket;

namespace {
using bench::result;
QTextStream& out = bench::out();

double medianMs(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double lastCpuMs = 0; // processor time of the last timeMs(), apart from waiting for the disk or other programs

template <typename F> double timeMs(F&& f)
{
    QElapsedTimer t;
    const std::clock_t cpu = std::clock();
    t.start();
    f();
    lastCpuMs = double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int cases = 1000000;
    int importRows = 100000;
    QString keep;
    bool onlyImport = false;
    const QStringList args = app.arguments();
    onlyImport = args.contains(QStringLiteral("--only-import"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--cases"))
            cases = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--import-rows"))
            importRows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    try {
        QTemporaryDir tmp;
        const QString dir = keep.isEmpty() ? tmp.path() : keep;
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Clock::zone()));
        Database db;
        db.open(dir + QStringLiteral("/bench-cases.sqlite"));
        Bootstrap::ensureBuiltins(db, clock);
        const Context ctx(db, clock, Actor::systemActor());

        const int existing = SqlQuery(db.handle(), QStringLiteral("SELECT count(*) FROM cases")).scalar().toInt();
        if (existing < cases) {
            DemoData::Options o;
            o.cases = cases - existing;
            o.seed = 20260302;
            const double ms = timeMs([&] {
                DemoData::generate(ctx, o, [](int done, int total) {
                    if (done % 100000 == 0 || done == total)
                        std::fprintf(stderr, "generated %d of %d\n", done, total);
                });
            });
            out << QStringLiteral("INFO generated %1 cases in %2 s\n").arg(o.cases).arg(ms / 1000, 0, 'f', 1);
        }
        const int total = SqlQuery(db.handle(), QStringLiteral("SELECT count(*) FROM cases")).scalar().toInt();
        out << QStringLiteral("INFO database holds %1 cases\n").arg(total);

        if (!onlyImport) {
            // First page of the list, as the case list opens: a fresh query object each time.
            QList<double> first;
            for (int i = 0; i < 7; ++i)
                first << timeMs([&] { CaseQueries(ctx).page(CaseFilter{}, 0, 50); });
            // The very first call also reads the pages from disk when the OS cache is cold
            // (scripts/bench-cases drops it first when it may): the morning's first opening.
            out << QStringLiteral("INFO list_first_page_first_call_ms %1\n").arg(first.first(), 0, 'f', 2);
            result("list_first_page_ms", medianMs(first), "ms", 300);
            QList<double> counted;
            for (int i = 0; i < 5; ++i)
                counted << timeMs([&] { CaseQueries(ctx).count(CaseFilter{}); });
            out << QStringLiteral("INFO list_count_capped_ms %1\n").arg(medianMs(counted), 0, 'f', 2);
            CaseFilter overdue;
            overdue.clock = CaseClockFilter::Overdue;
            out << QStringLiteral("INFO list_overdue_first_page_ms %1\n")
                       .arg(timeMs([&] { CaseQueries(ctx).page(overdue, 0, 50); }), 0, 'f', 2);

            // Search by registration number and by NIK: numbers spread over the table.
            QStringList numbers;
            QStringList niks;
            for (int i = 0; i < 20; ++i) {
                const qint64 rowid = (qint64(total) * (2 * i + 1)) / 40;
                SqlQuery q(db.handle(),
                           QStringLiteral("SELECT c.registration_number, a.nik FROM cases c JOIN applicants a "
                                          "ON a.id = c.applicant_id WHERE c.rowid >= :r ORDER BY c.rowid LIMIT 1"));
                q.bind(QStringLiteral(":r"), rowid).exec();
                if (q.next()) {
                    numbers << q.value(0).toString();
                    niks << q.value(1).toString();
                }
            }
            CaseQueries queries(ctx);
            queries.page(CaseFilter{}, 0, 1); // calendar loaded and deadlines fresh, as in an open list
            QList<double> byNumber;
            QList<double> byNik;
            int found = 0;
            for (int i = 0; i < numbers.size(); ++i) {
                CaseFilter f;
                f.search = numbers[i];
                byNumber << timeMs([&] { found += int(queries.page(f, 0, 50).size()); });
                f.search = niks[i];
                byNik << timeMs([&] { found += int(queries.page(f, 0, 50).size()); });
            }
            result("search_registration_ms", medianMs(byNumber), "ms", 20);
            result("search_nik_ms", medianMs(byNik), "ms", 20);
            CaseFilter byName;
            byName.search = QStringLiteral("asep suryana");
            out << QStringLiteral("INFO search_name_ms %1\n")
                       .arg(timeMs([&] { queries.page(byName, 0, 50); }), 0, 'f', 2);
            if (found < numbers.size() * 2)
                out << QStringLiteral("WARNING searches found %1 rows for %2 searches\n")
                           .arg(found)
                           .arg(numbers.size() * 2);

            // Registering one case at the counter (validation, numbering, clock, audit, commit).
            const auto standard = CatalogRepository(db).currentByKbli(QStringLiteral("71205"));
            QList<double> registering;
            for (int i = 0; i < 21; ++i) {
                IntakeRequest r;
                r.standardId = standard->id;
                r.applicant.name = QStringLiteral("Bench Pemohon %1").arg(i);
                r.applicant.nik = QStringLiteral("321417010199%1").arg(9000 + i);
                r.applicant.phone = QStringLiteral("081234567890");
                r.business.name = QStringLiteral("CV Bench %1").arg(i);
                r.business.capital = 750000000;
                for (const Requirement& q : standard->requirements)
                    r.checklist.append(ChecklistItem{q.key, {}, ChecklistStatus::Valid, {}});
                registering << timeMs([&] { CaseService::registerCase(ctx, r); });
            }
            result("register_one_ms", medianMs(registering), "ms", 5);
            // What one durable commit costs on this disk (synchronous=FULL): a single audited setting.
            QList<double> commits;
            for (int i = 0; i < 11; ++i)
                commits << timeMs(
                    [&] { SettingsRepository(db).set(ctx, QStringLiteral("bench.commit"), QString::number(i), true); });
            out << QStringLiteral("INFO commit_baseline_ms %1\n").arg(medianMs(commits), 0, 'f', 2);
        }
        if (importRows <= 0)
            return 0; // --only-import --import-rows 0: just make (or top up) the database
        // Importing a spreadsheet of importRows rows.
        const QByteArray csv = DemoData::importCsv(importRows, 7, QStringLiteral("71205"), clock.today());
        CaseImportSummary summary;
        const double importMs =
            timeMs([&] { summary = CaseImporter::importCsv(ctx, csv, QStringLiteral("bench.csv")); });
        if (!summary.written) {
            for (const CaseImportProblem& p : summary.problems.mid(0, 5))
                out << QStringLiteral("ERROR line %1 %2: %3\n").arg(p.line).arg(p.column, p.message);
            return 1;
        }
        out << QStringLiteral("INFO imported %1 rows, processor time %2 s\n")
                   .arg(summary.rows)
                   .arg(lastCpuMs / 1000, 0, 'f', 1);
        result("import_rows_s", importMs / 1000, "s", 15);
    } catch (const Error& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
