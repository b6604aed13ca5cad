#pragma once

#include <QCoreApplication>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>

namespace loket {

class Context;

// Realistic synthetic applications for demos and benchmarks: Indonesian applicants and firms,
// received on working days over a span of days before today, spread over services, counter
// officers and every stage (returned at intake, resubmitted, corrected, rejected, withdrawn,
// issued late), with their timelines and clock marks. Deterministic for a seed. Writes in
// batches of 20,000 cases straight through the repositories (a million cases take minutes, not
// hours) and appends one audit entry. Needs Permission::RegisterCase.
class DemoData
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::DemoData)
public:
    struct Options
    {
        int cases = 400;
        quint32 seed = 1;
        int spanDays = 0;          // 0: about a year, longer for large counts
        bool addDemoServices = true; // more services cloned from the built-in one (needs EditCatalog)
    };
    struct Summary
    {
        int cases = 0;
        int applicants = 0;
        int businesses = 0;
        int services = 0;
        QString firstNumber;
        QString lastNumber;
    };

    // Days before today the demo cases are spread over.
    static int spanDays(const Options& options);
    // When the demo's standards start to apply: before the oldest demo case can be received.
    static QDateTime catalogueSince(const Options& options, const QDate& today);

    static Summary generate(const Context& ctx, const Options& options,
                            const std::function<void(int done, int total)>& progress = {});
    // A CSV file in the import format (docs/CSV-IMPORT.md) with `rows` valid applications of the
    // service `kbli`, received over the year before `until`; for import tests and the benchmark.
    // Its applicants come from the neighbouring regency (32.15), so they never clash with demo cases.
    static QByteArray importCsv(int rows, quint32 seed, const QString& kbli, const QDate& until);
    // Adds demo services (bakery, soft drinks, garments, sawmill) when the catalogue has fewer
    // than five; returns the number of current services.
    static int ensureDemoServices(const Context& ctx);
};

} // namespace loket
