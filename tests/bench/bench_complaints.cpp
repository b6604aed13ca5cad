// Speed of the complaint registers and the CSV import on a large database.
// Not a ctest: run by scripts/bench-complaints, which writes its section of docs/PERFORMANCE.md.
//   bench_complaints [--complaints N] [--import-rows N]
#include "audit/AuditTrail.h"
#include "calendar/CalendarService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "complaints/ComplaintCsvImport.h"
#include "complaints/ComplaintService.h"
#include "setup/Bootstrap.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include "BenchReport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace loket;

namespace {
using bench::result;
using bench::timeMs;
QTextStream& out = bench::out();


template <typename F> double medianMs(int runs, F&& f)
{
    QList<double> v;
    for (int i = 0; i < runs; ++i)
        v << timeMs(f);
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}


const char* kChannels[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"};
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int total = option(QStringLiteral("--complaints"), 1000000);
    const int importRows = option(QStringLiteral("--import-rows"), 10000);

    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("bench.sqlite")));
    FixedClock clock(QDateTime(QDate(2026, 12, 30), QTime(16, 0), Clock::zone()));
    Bootstrap::ensureBuiltins(db, clock);
    const Context ctx(db, clock, Actor::systemActor());

    // Two years of complaints through the intake path (triage, number, audit), in batches.
    QRandomGenerator rng(20260105);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Clock::zone());
    const qint64 span = start.secsTo(clock.now().addDays(-1));
    const double loadMs = timeMs([&] {
        for (int done = 0; done < total;) {
            QList<ComplaintIntake> batch;
            for (int i = 0; i < 10000 && done < total; ++i, ++done) {
                ComplaintIntake in;
                in.channelKey = QString::fromLatin1(kChannels[rng.bounded(13)]);
                in.receivedAt = start.addSecs(qint64(double(done) / total * span));
                if (rng.bounded(10) > 1)
                    in.complainantName = QStringLiteral("Pengadu %1").arg(rng.bounded(200000));
                if (rng.bounded(10) > 0)
                    in.objectText = QStringLiteral("Materi pengaduan %1").arg(done);
                if (rng.bounded(3) == 0)
                    in.serviceKbli = QStringLiteral("71205");
                batch.append(in);
            }
            QList<Complaint> prepared = ComplaintService::prepare(ctx, batch, [](int, const Error& e) { throw e; });
            Transaction tx(db.handle());
            ComplaintService::insertPrepared(ctx, prepared);
            tx.commit();
        }
    });
    out << QStringLiteral("INFO loaded %1 complaints in %2 s (%3 per second, with triage and audit)\n")
               .arg(total)
               .arg(loadMs / 1000.0, 0, 'f', 1)
               .arg(qRound(total / (loadMs / 1000.0)));

    ComplaintFilter complaints;
    complaints.kind = ComplaintKind::Complaint;
    int count = 0;
    result("register_count_all_ms", medianMs(5, [&] { count = ComplaintService::count(ctx, complaints); }), "ms", 500);
    out << QStringLiteral("INFO %1 complaints in the register\n").arg(count);
    result("register_first_page_ms", medianMs(5, [&] { ComplaintService::page(ctx, complaints, {}, 200); }), "ms", 50);
    // Scrolling: a page far down continues from its cursor, as the lazy model does.
    const int deep = std::max(1, std::min(1000, count / 200 - 1));
    QList<Complaint> page = ComplaintService::page(ctx, complaints, {}, 200);
    ComplaintCursor cursor;
    for (int i = 0; i < deep && !page.isEmpty(); ++i) {
        cursor = ComplaintCursor::after(page.last());
        page = ComplaintService::page(ctx, complaints, cursor, 200);
    }
    out << QStringLiteral("INFO deep page: page %1 of the register\n").arg(deep + 1);
    result("register_deep_page_ms", medianMs(5, [&] { ComplaintService::page(ctx, complaints, cursor, 200); }), "ms",
           50);
    // The same page read with OFFSET (bare SQL, the register's order): it reads and skips every row
    // before it, so its time grows with the page number; the keyset page above does not.
    SqlQuery byKey(db.handle(),
                   QStringLiteral("SELECT * FROM complaints WHERE kind = 'complaint' AND (received_at < :at "
                                  "OR (received_at = :at AND id < :id)) ORDER BY received_at DESC, id DESC "
                                  "LIMIT 200"));
    result(
        "register_deep_page_keyset_sql_ms",
        medianMs(5,
                 [&] {
                     byKey.bind(QStringLiteral(":at"), cursor.receivedAt).bind(QStringLiteral(":id"), cursor.id).exec();
                     while (byKey.next()) {
                     }
                 }),
        "ms", 50);
    SqlQuery byOffset(db.handle(), QStringLiteral("SELECT * FROM complaints WHERE kind = 'complaint' ORDER BY "
                                                  "received_at DESC, id DESC LIMIT 200 OFFSET :offset"));
    result("register_deep_page_offset_sql_ms",
           medianMs(5,
                    [&] {
                        byOffset.bind(QStringLiteral(":offset"), deep * 200).exec();
                        while (byOffset.next()) {
                        }
                    }),
           "ms", 1000);

    // The audit page (one entry per complaint loaded): the page as deep down the trail, newest
    // first, by keyset (AuditTrail::query after the last seq, as the lazy audit table does) and
    // by OFFSET in bare SQL.
    const AuditTrail trail(ctx);
    const qint64 auditTotal = trail.count({});
    const int auditDeep = int(std::max<qint64>(1, std::min<qint64>(1000, auditTotal / 200 - 1)));
    SqlQuery auditSeek(db.handle(), QStringLiteral("SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET :n"));
    auditSeek.bind(QStringLiteral(":n"), auditDeep * 200 - 1).exec();
    const qint64 auditCursor = auditSeek.next() ? auditSeek.value(0).toLongLong() : 0;
    out << QStringLiteral("INFO audit page: page %1 of %2 entries, newest first\n").arg(auditDeep + 1).arg(auditTotal);
    result("audit_first_page_ms", medianMs(5, [&] { trail.query({}, 0, 200); }), "ms", 50);
    result("audit_deep_page_ms", medianMs(5, [&] { trail.query({}, auditCursor, 200); }), "ms", 50);
    SqlQuery auditKey(db.handle(),
                      QStringLiteral("SELECT * FROM audit_log WHERE seq < :seq ORDER BY seq DESC LIMIT 200"));
    result("audit_deep_page_keyset_sql_ms",
           medianMs(5,
                    [&] {
                        auditKey.bind(QStringLiteral(":seq"), auditCursor).exec();
                        while (auditKey.next()) {
                        }
                    }),
           "ms", 50);
    SqlQuery auditOffset(db.handle(),
                         QStringLiteral("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 200 OFFSET :offset"));
    result("audit_deep_page_offset_sql_ms",
           medianMs(5,
                    [&] {
                        auditOffset.bind(QStringLiteral(":offset"), auditDeep * 200).exec();
                        while (auditOffset.next()) {
                        }
                    }),
           "ms", 1000);
    ComplaintFilter overdue = complaints;
    overdue.clockState = QStringLiteral("overdue");
    result("register_overdue_count_ms", medianMs(5, [&] { ComplaintService::count(ctx, overdue); }), "ms", 500);
    ComplaintFilter narrow = complaints;
    narrow.channelKey = QStringLiteral("g");
    narrow.from = QDate(2026, 6, 1);
    narrow.to = QDate(2026, 6, 30);
    result("register_month_channel_first_page_ms", medianMs(5, [&] { ComplaintService::page(ctx, narrow, {}, 200); }),
           "ms", 50);
    ComplaintFilter search = complaints;
    search.search = QStringLiteral("PGD-C01-2026-0012");
    result("register_number_search_ms", medianMs(5, [&] { ComplaintService::page(ctx, search, {}, 200); }), "ms", 100);

    // A calendar change moves every open answer: the register recomputes them on its next read.
    const Context admin(db, clock, Actor::systemActor());
    CalendarService::setDay(admin, QDate(2026, 12, 31), DayKind::LocalClosure, QStringLiteral("Tutup akhir tahun"),
                            QStringLiteral("bench"));
    result("register_refresh_after_calendar_change_ms", timeMs([&] { ComplaintService::count(ctx, complaints); }), "ms",
           60000);

    // CSV import, all rows checked first, then written in one transaction.
    QByteArray csv = "channel,received,name,object\n";
    for (int i = 0; i < importRows; ++i)
        csv += QStringLiteral("g,2026-12-%1 10:00,Pemohon %2,Keluhan %2\n").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i).toUtf8();
    int imported = 0;
    const double importMs = timeMs([&] { imported = int(ComplaintCsvImport(ctx).importData(csv).imported.size()); });
    result("csv_import_10k_rows_ms", importMs * 10000.0 / std::max(1, importRows), "ms", 10000);
    out << QStringLiteral("INFO imported %1 rows in %2 ms\n").arg(imported).arg(qRound(importMs));
    return 0;
}
