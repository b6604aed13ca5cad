// Speed of the audit trail and sign-in: appending entries, checking the whole hash chain,
// the first page of the audit screen (unfiltered and filtered) and one Argon2id sign-in.
// Not a ctest. Prints a Markdown section for docs/PERFORMANCE.md:
//   bench_audit [--entries N]      (default 1,000,000)
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/AuthService.h"
#include "users/UserService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace loket;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--entries")));
    const int n = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 1000000;
    QTemporaryDir dir;
    Database db;
    db.open(dir.filePath(QStringLiteral("bench.sqlite")));
    FixedClock clock(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Clock::zone()));
    const Context system(db, clock, Actor::systemActor());
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    const QStringList officers{QStringLiteral("siti"), QStringLiteral("budi"), QStringLiteral("dedi"),
                               QStringLiteral("rina")};
    constexpr int kBatch = 10000;
    for (int done = 0; done < n;) {
        Transaction tx(db.handle());
        for (int i = 0; i < kBatch && done < n; ++i, ++done) {
            Actor a;
            a.username = officers.at(done % officers.size());
            clock.advanceSecs(20);
            AuditLog::append(Context(db, clock, a), QStringLiteral("case.register"), QStringLiteral("case"),
                             QStringLiteral("case-%1").arg(done / 5), {},
                             {{QStringLiteral("stage"), QStringLiteral("registered")}, {QStringLiteral("n"), done}});
        }
        tx.commit();
    }
    const double appendMs = double(t.elapsed());

    const Context auditor(db, clock, Actor::systemActor());
    AuditTrail trail(auditor);
    t.restart();
    const AuditVerification v = trail.verify();
    const double verifyMs = double(t.elapsed());

    auto timed = [&](const AuditFilter& f) {
        QElapsedTimer q;
        q.start();
        trail.query(f, 0, 200);
        trail.count(f);
        return double(q.nsecsElapsed()) / 1e6;
    };
    const double pageAll = timed({});
    AuditFilter byActor;
    byActor.actor = QStringLiteral("rina");
    const double pageActor = timed(byActor);
    AuditFilter byRecord;
    byRecord.recordId = QStringLiteral("case-%1").arg(n / 10);
    const double pageRecord = timed(byRecord);
    AuditFilter byDay;
    byDay.from = byDay.to = QDate(2026, 1, 6);
    const double pageDay = timed(byDay);

    NewUser u;
    u.username = QStringLiteral("bench");
    u.displayName = QStringLiteral("Bench");
    u.roles = {Role::FrontDesk};
    u.password = QStringLiteral("bench-password-1");
    UserService::create(system, u);
    t.restart();
    AuthService::signIn(db, clock, QStringLiteral("bench"), QStringLiteral("bench-password-1"));
    const double signInMs = double(t.elapsed());

    out << "## Audit trail and sign-in\n\n"
        << QStringLiteral("%1 audit entries (SQLite, WAL, synchronous=FULL, batches of %2 per transaction).\n\n")
               .arg(n)
               .arg(kBatch)
        << "| measure | time |\n|---|---|\n"
        << QStringLiteral("| append (per entry, in a transaction) | %1 µs |\n")
               .arg(appendMs * 1000.0 / qMax(1, n), 0, 'f', 1)
        << QStringLiteral("| `audit verify`: whole chain (%1) | %2 s |\n")
               .arg(v.ok ? QStringLiteral("intact") : QStringLiteral("BROKEN"))
               .arg(verifyMs / 1000.0, 0, 'f', 2)
        << QStringLiteral("| first page of 200 + count, no filter | %1 ms |\n").arg(pageAll, 0, 'f', 1)
        << QStringLiteral("| first page + count, one officer | %1 ms |\n").arg(pageActor, 0, 'f', 1)
        << QStringLiteral("| first page + count, one record | %1 ms |\n").arg(pageRecord, 0, 'f', 1)
        << QStringLiteral("| first page + count, one day | %1 ms |\n").arg(pageDay, 0, 'f', 1)
        << QStringLiteral("| sign-in (Argon2id, interactive limits) | %1 ms |\n").arg(signInMs, 0, 'f', 0);
    out.flush();
    return v.ok ? 0 : 1;
}
