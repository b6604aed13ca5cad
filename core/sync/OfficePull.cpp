#include "OfficePull.h"

#include "CentralConnection.h"
#include "CentralSchema.h"
#include "ReferencePull.h"
#include "RowMerge.h"
#include "SyncFiles.h"
#include "SyncService.h"
#include "audit/AuditLog.h"
#include "cases/CaseClocks.h"
#include "cases/CaseReplay.h"
#include "cases/LargeCache.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <functional>
#include <optional>

namespace loket {

namespace {
struct Origin
{
    QString code;
    qint64 lastSeq = 0;
};

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

qint64 cursorOf(const QSqlDatabase& db, const QString& origin, const QString& stream)
{
    SqlQuery q(db, QStringLiteral("SELECT last_seq FROM sync_cursors WHERE origin = :o AND stream = :s"));
    return q.bind(QStringLiteral(":o"), origin).bind(QStringLiteral(":s"), stream).scalar().toLongLong();
}

void setCursor(const QSqlDatabase& db, const QString& origin, const QString& stream, qint64 seq)
{
    SqlQuery(db,
             QStringLiteral("INSERT INTO sync_cursors (origin, stream, last_seq) VALUES (:o, :s, :seq) "
                            "ON CONFLICT (origin, stream) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)"))
        .bind(QStringLiteral(":o"), origin)
        .bind(QStringLiteral(":s"), stream)
        .bind(QStringLiteral(":seq"), seq)
        .exec();
}

QList<Origin> origins(QSqlDatabase& pg)
{
    SqlQuery q(pg, QStringLiteral("SELECT code, changes_seq FROM loket_workstations ORDER BY code"));
    q.exec();
    QList<Origin> out;
    while (q.next())
        out.append(Origin{q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

// Another workstation's audit entries, kept as written; their chain is checked on its own. In
// the caller's transaction (ReceiveTransaction), with their cursor.
int downloadAudit(QSqlDatabase& pg, const QSqlDatabase& db, const QString& origin, int batchSize)
{
    const qint64 from = cursorOf(db, origin, QStringLiteral("audit"));
    SqlQuery q(pg, QStringLiteral("SELECT seq, entry::text FROM loket_audit WHERE workstation = :o AND seq > :from "
                                  "ORDER BY seq LIMIT :n"));
    q.bind(QStringLiteral(":o"), origin)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":n"), batchSize)
        .exec();
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("at"),          QStringLiteral("actor_id"),
        QStringLiteral("actor_name"), QStringLiteral("action"),      QStringLiteral("record_type"),
        QStringLiteral("record_id"),  QStringLiteral("before_json"), QStringLiteral("after_json"),
        QStringLiteral("note"),       QStringLiteral("prev_hash"),   QStringLiteral("hash")};
    QStringList params{QStringLiteral(":workstation"), QStringLiteral(":seq")};
    for (const QString& k : keys)
        params << QLatin1Char(':') + k;
    BatchInsert insert(db,
                       QStringLiteral("INSERT OR IGNORE INTO audit_remote (workstation, seq, ") +
                           keys.join(QStringLiteral(", ")) + QStringLiteral(") VALUES"),
                       QLatin1Char('(') + params.join(QStringLiteral(", ")) + QLatin1Char(')'), params);
    int n = 0;
    qint64 last = from;
    while (q.next()) {
        last = q.value(0).toLongLong();
        const QJsonObject e = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QVariantList values{origin, last};
        // The sender's NULLs arrive as null or, from an empty text, as "": a JSON column is
        // either NULL or an object, so "" there was NULL.
        for (const QString& k : keys) {
            const QJsonValue v = e.value(k);
            const bool json = k == QLatin1String("before_json") || k == QLatin1String("after_json");
            values << (v.isNull() || v.isUndefined() || (json && v.toString().isEmpty()) ? QVariant()
                                                                                         : QVariant(v.toString()));
        }
        insert.add(values);
        ++n;
    }
    insert.flush();
    if (n > 0)
        setCursor(db, origin, QStringLiteral("audit"), last);
    return n;
}

// Rows written while applying are received, not this workstation's changes: they must not go
// out again as if made here. The transaction holds the write lock, so nothing else was queued.
qint64 outboxMark(const QSqlDatabase& db)
{
    return SqlQuery(db, QStringLiteral("SELECT COALESCE(max(seq), 0) FROM sync_outbox")).scalar().toLongLong();
}

void dropQueuedSince(const QSqlDatabase& db, qint64 mark)
{
    SqlQuery(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq > :mark"))
        .bind(QStringLiteral(":mark"), mark)
        .exec();
}

QString caseOf(const QString& table, const QJsonObject& row)
{
    if (table == QLatin1String("cases"))
        return row.value(QStringLiteral("id")).toString();
    if (table.startsWith(QLatin1String("case_")))
        return row.value(QStringLiteral("case_id")).toString();
    return {};
}

} // namespace

// One row as received: where it goes in a batch sorted parents first, and its text kept for the
// inbox if it must wait.
struct Received
{
    qint64 seq = 0;
    QString table;
    int rank = -1;
    QJsonObject row;
    QByteArray data;
};

// What the rows applied so far ask for afterwards: cases to replay, files to fetch.
struct ApplyProgress
{
    int applied = 0;
    QSet<QString> cases;
    QList<std::pair<QString, QJsonObject>> files;
};

namespace {

// Writes received rows in the caller's transaction and keeps the bookkeeping: rows a rule
// refuses are listed, applied rows mark their case for a replay and their file for a download.
class Applier
{
public:
    Applier(const QSqlDatabase& db, QString reference, ApplyProgress& progress)
        : m_merge(db), m_reference(std::move(reference)), m_progress(progress),
          m_refuse(db, QStringLiteral("INSERT OR REPLACE INTO sync_refused (origin, seq, table_name, row_id, reason, "
                                      "at) VALUES (:o, :s, :t, :id, :why, :at)"))
    {}

    MergeOutcome apply(const QString& origin, qint64 seq, const QString& table, const QString& data)
    {
        return apply(origin, seq, table, QJsonDocument::fromJson(data.toUtf8()).object());
    }

    MergeOutcome apply(const QString& origin, qint64 seq, const QString& table, const QJsonObject& row)
    {
        QString why;
        MergeOutcome outcome = m_merge.apply(table, row, m_reference, &why);
        // Clock marks of a replayed case are written by the replay under ids of its own; the
        // sender's copy of the same mark is not needed.
        if (outcome == MergeOutcome::Refused && table == QLatin1String("case_clock_events"))
            outcome = MergeOutcome::Kept;
        if (outcome == MergeOutcome::Waiting)
            qCDebug(lcSync) << "received row waits:" << table << row.value(QStringLiteral("id")).toString() << why;
        if (outcome == MergeOutcome::Refused) {
            qCWarning(lcSync) << "received row refused:" << table << row.value(QStringLiteral("id")).toString()
                              << "from" << origin << why;
            m_refuse.bind(QStringLiteral(":o"), origin)
                .bind(QStringLiteral(":s"), seq)
                .bind(QStringLiteral(":t"), table)
                .bind(QStringLiteral(":id"), row.value(QStringLiteral("id")).toString())
                .bind(QStringLiteral(":why"), why)
                .bind(QStringLiteral(":at"), toStoredTime(QDateTime::currentDateTimeUtc()))
                .exec();
        }
        if (outcome == MergeOutcome::Applied) {
            ++m_progress.applied;
            follow(table, row);
        }
        return outcome;
    }

    // A batch as received, sorted parents first and written many rows per statement; a group the
    // database refuses as a whole is written row by row, and rows that must wait go to `wait`.
    void applyBatch(const QString& origin, QList<Received>& rows, const std::function<void(const Received&)>& wait)
    {
        // Stable: the versions of one row keep their order, and every rule is per row.
        std::stable_sort(rows.begin(), rows.end(),
                         [](const Received& a, const Received& b) { return a.rank < b.rank; });
        for (qsizetype start = 0; start < rows.size();) {
            const Received& first = rows.at(start);
            const QStringList names = first.rank < 0 ? QStringList() : m_merge.columnsOf(first.table, first.row);
            qsizetype end = start + 1;
            while (end < rows.size() && end - start < kGroup && rows.at(end).table == first.table &&
                   (first.rank < 0 || m_merge.columnsOf(first.table, rows.at(end).row) == names))
                ++end;
            applyGroup(origin, rows.mid(start, end - start), wait);
            start = end;
        }
    }

private:
    static constexpr qsizetype kGroup = 512;

    void applyGroup(const QString& origin, const QList<Received>& group,
                    const std::function<void(const Received&)>& wait)
    {
        const QString& table = group.first().table;
        if (group.size() > 1 && group.first().rank >= 0) {
            QList<QJsonObject> objects;
            objects.reserve(group.size());
            for (const Received& r : group)
                objects << r.row;
            const qint64 written = m_merge.applyMany(table, objects);
            if (written >= 0) {
                // Which rows of the statement changed is not told: each may have, so each case is
                // replayed (a replay that finds nothing new writes nothing).
                m_progress.applied += int(written);
                for (const QJsonObject& row : objects)
                    follow(table, row);
                return;
            }
        }
        for (const Received& r : group)
            if (apply(origin, r.seq, r.table, r.row) == MergeOutcome::Waiting)
                wait(r);
    }

    void follow(const QString& table, const QJsonObject& row)
    {
        const QString caseId = caseOf(table, row);
        if (!caseId.isEmpty())
            m_progress.cases.insert(caseId);
        if (table == QLatin1String("case_documents") || table == QLatin1String("complaint_attachments"))
            m_progress.files.append({table, row});
    }

public:
private:
    RowMerge m_merge;
    QString m_reference;
    ApplyProgress& m_progress;
    ReusableQuery m_refuse;
};

// One batch of a workstation's changes, applied with the cursor in the caller's transaction
// (ReceiveTransaction): a pull cut off anywhere resumes after the last batch kept. Rows whose
// parent record has not arrived (it may come from another workstation) wait in the inbox.
int downloadRows(QSqlDatabase& pg, const QSqlDatabase& db, const QString& origin, int batchSize, Applier& applier)
{
    const qint64 from = cursorOf(db, origin, QStringLiteral("rows"));
    SqlQuery q(pg, QStringLiteral("SELECT seq, table_name, data::text FROM loket_changes WHERE origin = :o AND "
                                  "seq > :from ORDER BY seq LIMIT :n"));
    q.bind(QStringLiteral(":o"), origin)
        .bind(QStringLiteral(":from"), from)
        .bind(QStringLiteral(":n"), batchSize)
        .exec();
    ReusableQuery keep(db, QStringLiteral("INSERT OR REPLACE INTO sync_inbox (origin, seq, table_name, row_id, data) "
                                          "VALUES (:o, :seq, :t, '', :data)"));
    QList<Received> rows;
    qint64 last = from;
    while (q.next()) {
        last = q.value(0).toLongLong();
        const QString table = q.value(1).toString();
        const QByteArray data = q.value(2).toString().toUtf8();
        rows.append(Received{last, table, RowMerge::tableRank(table), QJsonDocument::fromJson(data).object(), data});
    }
    const int n = int(rows.size());
    applier.applyBatch(origin, rows, [&](const Received& r) {
        keep.bind(QStringLiteral(":o"), origin)
            .bind(QStringLiteral(":seq"), r.seq)
            .bind(QStringLiteral(":t"), r.table)
            .bind(QStringLiteral(":data"), QString::fromUtf8(r.data))
            .exec();
    });
    if (n > 0)
        setCursor(db, origin, QStringLiteral("rows"), last);
    return n;
}

// The local transaction received rows and their cursors are written in. It holds about a batch
// of rows, from one workstation or several: after a busy day thirty counters send a few thousand
// rows each, and a commit per workstation (and per audit download) cost more than the rows.
class ReceiveTransaction
{
public:
    ReceiveTransaction(const QSqlDatabase& db, int rows) : m_db(db), m_rows(rows) {}

    void open()
    {
        if (m_tx)
            return;
        m_tx.emplace(m_db);
        m_mark = outboxMark(m_db);
    }
    // Counts rows written; commits once a batch's worth is held, or when `now`.
    void written(int rows, bool now = false)
    {
        m_held += rows;
        if (m_tx && (now || m_held >= m_rows)) {
            dropQueuedSince(m_db, m_mark);
            m_tx->commit();
            m_tx.reset();
            m_held = 0;
        }
    }

private:
    QSqlDatabase m_db;
    int m_rows;
    int m_held = 0;
    qint64 m_mark = 0;
    std::optional<Transaction> m_tx;
};

// One pass over the rows waiting in the inbox, in the order each workstation wrote them.
int applyPass(const QSqlDatabase& db, Applier& applier, int chunk)
{
    QString afterOrigin = QStringLiteral(""); // not NULL: a row value compared with NULL matches nothing
    qint64 afterSeq = -1;
    int applied = 0;
    for (;;) {
        Transaction tx(db);
        const qint64 mark = outboxMark(db);
        SqlQuery rows(db, QStringLiteral("SELECT origin, seq, table_name, data FROM sync_inbox WHERE (origin, seq) > "
                                         "(:o, :s) ORDER BY origin, seq LIMIT :n"));
        rows.bind(QStringLiteral(":o"), afterOrigin)
            .bind(QStringLiteral(":s"), afterSeq)
            .bind(QStringLiteral(":n"), chunk);
        rows.exec();
        ReusableQuery done(db, QStringLiteral("DELETE FROM sync_inbox WHERE origin = :o AND seq = :s"));
        ReusableQuery wait(db,
                           QStringLiteral("UPDATE sync_inbox SET tries = tries + 1 WHERE origin = :o AND seq = :s"));
        int seen = 0;
        while (rows.next()) {
            ++seen;
            afterOrigin = rows.value(0).toString();
            afterSeq = rows.value(1).toLongLong();
            const MergeOutcome outcome =
                applier.apply(afterOrigin, afterSeq, rows.value(2).toString(), rows.value(3).toString());
            ReusableQuery& next = outcome == MergeOutcome::Waiting ? wait : done;
            next.bind(QStringLiteral(":o"), afterOrigin).bind(QStringLiteral(":s"), afterSeq).exec();
            applied += outcome == MergeOutcome::Applied ? 1 : 0;
        }
        dropQueuedSince(db, mark);
        tx.commit();
        if (seen < chunk)
            break;
    }
    return applied;
}

int replayCases(const Context& ctx, const QSet<QString>& cases)
{
    QStringList ids(cases.cbegin(), cases.cend());
    std::sort(ids.begin(), ids.end());
    int changed = 0;
    FigureInputs inputs(ctx.database());
    constexpr int kChunk = 200;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        Transaction tx(ctx.db());
        const qint64 mark = outboxMark(ctx.db());
        for (qsizetype j = i; j < std::min(ids.size(), i + kChunk); ++j)
            changed += CaseReplay::replay(ctx, ids.at(j), &inputs) ? 1 : 0;
        dropQueuedSince(ctx.db(), mark);
        tx.commit();
    }
    return changed;
}

int openConflicts(const QSqlDatabase& db)
{
    return SqlQuery(db, QStringLiteral("SELECT count(*) FROM case_conflicts c WHERE NOT EXISTS (SELECT 1 FROM "
                                       "conflict_resolutions r WHERE r.id = c.key)"))
        .scalar()
        .toInt();
}
// Received rows need no flush to disk per batch: a batch and its cursor commit together, so a
// power cut loses both and the next pull fetches them again from the central database. WAL with
// synchronous=NORMAL keeps that order; the PC's own writes are durable again afterwards.
class RelaxedSync
{
public:
    explicit RelaxedSync(const QSqlDatabase& db) : m_db(db)
    {
        SqlQuery(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
    }
    ~RelaxedSync() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL")); }
    RelaxedSync(const RelaxedSync&) = delete;
    RelaxedSync& operator=(const RelaxedSync&) = delete;

private:
    QSqlDatabase m_db;
};
} // namespace

OfficeSyncState OfficePull::state(const Database& database)
{
    OfficeSyncState s;
    const QSqlDatabase db = database.handle();
    s.waiting = SqlQuery(db, QStringLiteral("SELECT count(*) FROM sync_inbox")).scalar().toInt();
    s.refused = SqlQuery(db, QStringLiteral("SELECT count(*) FROM sync_refused")).scalar().toInt();
    SqlQuery q(db, QStringLiteral("SELECT origin, last_seq FROM sync_cursors WHERE stream = 'rows' ORDER BY origin"));
    q.exec();
    while (q.next())
        s.cursors.insert(q.value(0).toString(), q.value(1).toLongLong());
    return s;
}

OfficePullReport OfficePull::applyInbox(const Context& ctx)
{
    return apply(ctx, nullptr, nullptr);
}

OfficePullReport OfficePull::apply(const Context& ctx, QSqlDatabase* pg, ApplyProgress* received)
{
    ctx.require(Permission::RunSync);
    OfficePullReport report;
    ApplyProgress fresh;
    ApplyProgress& progress = received ? *received : fresh;
    QElapsedTimer timer;
    timer.start();
    Applier applier(ctx.db(), ReferencePull::configuredSource(ctx.database()), progress);
    // Parents may arrive after their children (from another workstation): a few passes settle it.
    for (int pass = 0; pass < 8; ++pass)
        if (applyPass(ctx.db(), applier, 2000) == 0)
            break;
    report.applied = progress.applied;
    const qint64 appliedMs = timer.restart();
    report.casesReplayed = replayCases(ctx, progress.cases);
    qCInfo(lcSync) << "applied in" << appliedMs << "ms, replayed" << progress.cases.size() << "cases in"
                   << timer.elapsed() << "ms";
    report.waiting = SqlQuery(ctx.db(), QStringLiteral("SELECT count(*) FROM sync_inbox")).scalar().toInt();
    if (pg) {
        const SyncFiles files(ctx.database());
        for (const auto& [table, row] : progress.files)
            if (!files.download(*pg, table, row))
                qCWarning(lcSync) << "the central database does not hold the content of" << table
                                  << row.value(QStringLiteral("id")).toString();
    }
    report.conflicts = openConflicts(ctx.db());
    return report;
}

OfficePullReport OfficePull::pull(const Context& ctx, const SyncTarget& target, int batchSize,
                                  const std::function<void(const QString&)>& progress, const std::atomic_bool* cancel)
{
    ctx.require(Permission::RunSync);
    const CentralConnection central(target);
    QSqlDatabase pg = central.db();
    CentralSchema::ensure(pg);
    SyncService::ensureTracking(ctx);
    const QSqlDatabase db = ctx.db();
    const RelaxedSync relaxed(db);
    // A first pull writes millions of rows: index pages stay in memory and are written once.
    const LargeCache cache(db, 256);
    const QString self = ctx.workstation();
    int received = 0;
    QStringList from;
    ApplyProgress progressOfRows;
    Applier applier(db, ReferencePull::configuredSource(ctx.database()), progressOfRows);
    QElapsedTimer downloadTimer;
    downloadTimer.start();
    ReceiveTransaction tx(db, batchSize);
    for (const Origin& o : origins(pg)) {
        int fromThis = 0;
        while (!cancelled(cancel) && cursorOf(db, o.code, QStringLiteral("rows")) < o.lastSeq) {
            tx.open();
            const int n = downloadRows(pg, db, o.code, batchSize, applier);
            tx.written(n);
            if (n == 0)
                break;
            fromThis += n;
            if (progress)
                progress(tr("Receiving from %1: %2 changes").arg(o.code).arg(fromThis));
        }
        for (int n = batchSize; o.code != self && n == batchSize && !cancelled(cancel);) {
            tx.open();
            n = downloadAudit(pg, db, o.code, batchSize);
            tx.written(n);
        }
        if (fromThis > 0)
            from << o.code;
        received += fromThis;
    }
    tx.written(0, true);
    qCInfo(lcSync) << "downloaded" << received << "changes in" << downloadTimer.elapsed() << "ms";
    if (progress)
        progress(tr("Applying %1 received changes").arg(received));
    OfficePullReport report = apply(ctx, &pg, &progressOfRows);
    report.received = received;
    report.origins = from;
    SqlQuery(pg, QStringLiteral("UPDATE loket_workstations SET last_pull = now() WHERE code = :ws"))
        .bind(QStringLiteral(":ws"), self)
        .exec();
    if (report.applied > 0) {
        Transaction tx(db);
        AuditLog::append(ctx, QStringLiteral("sync.pull"), QStringLiteral("sync"), self, {},
                         {{QStringLiteral("received"), report.received},
                          {QStringLiteral("applied"), report.applied},
                          {QStringLiteral("cases_replayed"), report.casesReplayed},
                          {QStringLiteral("from"), from.join(QStringLiteral(", "))}});
        tx.commit();
    }
    report.ok = true;
    report.message = received == 0 ? tr("Nothing new from the office.")
                                   : tr("%1 changes received from %2, %3 applied.")
                                         .arg(received)
                                         .arg(from.join(QStringLiteral(", ")))
                                         .arg(report.applied);
    if (report.conflicts > 0)
        report.message += QLatin1Char(' ') + tr("%n open conflict(s) to settle.", nullptr, report.conflicts);
    qCInfo(lcSync) << "pull:" << report.received << "received," << report.applied << "applied," << report.casesReplayed
                   << "cases replayed," << report.waiting << "waiting";
    return report;
}

} // namespace loket
