// Speed of working-day arithmetic: deadlines (addWorkingDays) and counts (workingDaysBetween)
// for many random inputs. Not a ctest: scripts/bench-calendar runs it next to numpy's
// busday_offset/busday_count on the same inputs and holidays and writes docs/PERFORMANCE.md.
//   bench_calendar --dump-holidays FILE      non-working weekdays and working weekend days
//   bench_calendar --inputs FILE --results FILE [--repeat N]
// Inputs: four little-endian int32 arrays of equal length (days since 1970-01-01):
// start, n, from, to. Results: two int32 arrays: due dates, working-day counts.
#include "calendar/CalendarImport.h"
#include "calendar/SlaClock.h"
#include "common/Clock.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace loket;

namespace {

constexpr qint64 kEpochJd = 2440588; // 1970-01-01

WorkingCalendar builtinCalendar()
{
    CalendarImportFile all;
    for (const char* name : {"holidays_2025.json", "holidays_2026.json", "holidays_2027.json"}) {
        QFile f(QStringLiteral(":/data/calendar/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing built-in calendar %s", name); // a broken build, not user data
        const CalendarImportFile part = CalendarImportFile::parse(f.readAll(), CalendarImportFile::Format::Json);
        all.entries += part.entries;
        all.confirmYears += part.confirmYears;
    }
    return WorkingCalendar(all.entries, {}, all.confirmYears, 1);
}

QString arg(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double medianNs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const WorkingCalendar cal = builtinCalendar();

    const QString dump = arg(args, QStringLiteral("--dump-holidays"));
    if (!dump.isEmpty()) {
        QFile f(dump);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 4;
        QTextStream out(&f);
        // Everything that differs from Monday-Friday, over the span the inputs use.
        for (QDate d(2024, 1, 1); d <= QDate(2029, 12, 31); d = d.addDays(1)) {
            const bool weekday = d.dayOfWeek() <= 5;
            if (weekday != cal.isWorkingDay(d))
                out << (weekday ? "holiday " : "working ") << d.toString(Qt::ISODate) << '\n';
        }
        return 0;
    }

    QFile in(arg(args, QStringLiteral("--inputs")));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "usage: bench_calendar --inputs FILE --results FILE [--repeat N]\n");
        return 2;
    }
    const QByteArray raw = in.readAll();
    const qsizetype count = raw.size() / qsizetype(4 * sizeof(qint32));
    const auto* data = reinterpret_cast<const qint32*>(raw.constData());
    const qint32* start = data;
    const qint32* n = data + count;
    const qint32* from = data + 2 * count;
    const qint32* to = data + 3 * count;
    std::vector<qint32> due(count), between(count);
    const int repeat = std::max(1, arg(args, QStringLiteral("--repeat"), QStringLiteral("5")).toInt());

    std::vector<double> addNs, betweenNs;
    QElapsedTimer timer;
    for (int r = 0; r < repeat; ++r) {
        timer.start();
        for (qsizetype i = 0; i < count; ++i)
            due[i] = qint32(cal.addWorkingDays(QDate::fromJulianDay(start[i] + kEpochJd), n[i]).toJulianDay() - kEpochJd);
        addNs.push_back(double(timer.nsecsElapsed()) / double(count));
        timer.start();
        for (qsizetype i = 0; i < count; ++i)
            between[i] = cal.workingDaysBetween(QDate::fromJulianDay(from[i] + kEpochJd), QDate::fromJulianDay(to[i] + kEpochJd));
        betweenNs.push_back(double(timer.nsecsElapsed()) / double(count));
    }
    // A whole completion clock (day 0 rule, due date, used/left, state, ledger) per case. The
    // events are built before timing (a read loads them from the database anyway), from a pool.
    const qsizetype pool = std::min<qsizetype>(count, 65536);
    std::vector<QList<ClockEvent>> events(pool);
    for (qsizetype i = 0; i < pool; ++i)
        events[i] = {{ClockEvent::Type::Start,
                      QDateTime(QDate::fromJulianDay(start[i] + kEpochJd), QTime(10, 0), Clock::zone()), {}}};
    std::vector<double> clockNs;
    qint64 overdue = 0;
    const QDate today(2026, 6, 30);
    for (int r = 0; r < repeat; ++r) {
        timer.start();
        for (qsizetype i = 0; i < count; ++i) {
            ClockRule rule;
            rule.workingDays = n[i];
            overdue += SlaClock::evaluate(cal, rule, events[i % pool], today).state == ClockState::Overdue;
        }
        clockNs.push_back(double(timer.nsecsElapsed()) / double(count));
    }
    QElapsedTimer build;
    build.start();
    const WorkingCalendar rebuilt = builtinCalendar();
    const double buildMs = double(build.nsecsElapsed()) / 1e6;

    QFile res(arg(args, QStringLiteral("--results")));
    if (res.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        res.write(reinterpret_cast<const char*>(due.data()), qint64(count * sizeof(qint32)));
        res.write(reinterpret_cast<const char*>(between.data()), qint64(count * sizeof(qint32)));
    }
    const QJsonObject o{{QStringLiteral("pairs"), qint64(count)},
                        {QStringLiteral("repeat"), repeat},
                        {QStringLiteral("add_working_days_ns"), medianNs(addNs)},
                        {QStringLiteral("working_days_between_ns"), medianNs(betweenNs)},
                        {QStringLiteral("index_build_ms"), buildMs},
                        {QStringLiteral("clock_evaluate_ns"), medianNs(clockNs)},
                        {QStringLiteral("overdue"), overdue},
                        {QStringLiteral("indexed_days"), qint64(rebuilt.indexedFirst().daysTo(rebuilt.indexedLast()) + 1)}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
