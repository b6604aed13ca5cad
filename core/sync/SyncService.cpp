#include "SyncService.h"

#include "CentralConnection.h"
#include "CentralSchema.h"
#include "SyncFiles.h"
#include "audit/AuditHead.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

namespace loket {

namespace {
// Table names cannot be bound; they come from our own schema and are checked against this.
bool isPlainIdentifier(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString quoted(const QString& table)
{
    return QLatin1Char('"') + table + QLatin1Char('"');
}

struct AuditMark
{
    qint64 lastSeq = 0;
    qint64 total = 0;
};

AuditMark auditMark(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("SELECT last_seq, pushed_total FROM sync_state WHERE table_name = 'audit_log'"));
    q.exec();
    return q.next() ? AuditMark{q.value(0).toLongLong(), q.value(1).toLongLong()} : AuditMark{};
}

void saveState(const QSqlDatabase& db, const QString& table, qint64 lastSeq, qint64 addPushed)
{
    SqlQuery(db, QStringLiteral("INSERT INTO sync_state (table_name, last_seq, pushed_total) VALUES (:t, :seq, :n) "
                                "ON CONFLICT(table_name) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq), "
                                "pushed_total = pushed_total + excluded.pushed_total"))
        .bind(QStringLiteral(":t"), table)
        .bind(QStringLiteral(":seq"), lastSeq)
        .bind(QStringLiteral(":n"), addPushed)
        .exec();
}

// Values that must never leave the workstation.
bool isSecretRow(const QString& table, const QJsonObject& row)
{
    return table == QLatin1String("settings") &&
           row.value(QStringLiteral("key")).toString() == QLatin1String("office.secret");
}

// Password hashes (Argon2id) do travel: an officer signs in at every PC of the office with one
// password. Only the office secret and columns named secret stay here.
bool isSecretColumn(const QString& column)
{
    return column == QLatin1String("secret");
}

// The next numbers of this workstation's changes in the central log. The advisory lock keeps two
// pushes of the same code apart, so the numbers are committed in order and no pull skips one.
qint64 lastCentralSeq(QSqlDatabase& pg, const QString& origin)
{
    SqlQuery(pg, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(:ws))"))
        .bind(QStringLiteral(":ws"), origin)
        .exec();
    SqlQuery q(pg, QStringLiteral("SELECT COALESCE(max(seq), 0) FROM loket_changes WHERE origin = :ws"));
    return q.bind(QStringLiteral(":ws"), origin).scalar().toLongLong();
}

// What this workstation sends it has itself; its own cursor moves past it unless something of
// its own it has not received yet lies before (after a restore from an old backup).
void advanceOwnCursor(const QSqlDatabase& db, const QString& origin, qint64 from, qint64 to)
{
    SqlQuery(db, QStringLiteral("INSERT INTO sync_cursors (origin, stream, last_seq) VALUES (:ws, 'rows', 0) "
                                "ON CONFLICT (origin, stream) DO NOTHING"))
        .bind(QStringLiteral(":ws"), origin)
        .exec();
    SqlQuery(db, QStringLiteral("UPDATE sync_cursors SET last_seq = :to WHERE origin = :ws AND stream = 'rows' AND "
                                "last_seq = :from"))
        .bind(QStringLiteral(":to"), to)
        .bind(QStringLiteral(":ws"), origin)
        .bind(QStringLiteral(":from"), from)
        .exec();
}

} // namespace

QStringList SyncService::syncedTables(const Database& db)
{
    QStringList tables;
    SqlQuery list(db.handle(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite_%' AND name NOT LIKE 'sync_%' ORDER BY name"));
    list.exec();
    QStringList candidates;
    while (list.next())
        candidates << list.value(0).toString();
    for (const QString& table : candidates) {
        if (!isPlainIdentifier(table))
            continue;
        SqlQuery cols(db.handle(), QStringLiteral("SELECT name FROM pragma_table_info(:t)"));
        cols.bind(QStringLiteral(":t"), table).exec();
        QStringList names;
        while (cols.next())
            names << cols.value(0).toString();
        if (names.contains(QLatin1String("id")) && names.contains(QLatin1String("updated_at")) &&
            names.contains(QLatin1String("row_version")) && names.contains(QLatin1String("workstation")))
            tables << table;
    }
    return tables;
}

namespace {
// Rows that existed before tracking are queued parents first, so a receiver can apply each row
// as it arrives instead of keeping children until their parent comes.
int parentRank(const QString& table)
{
    static const QStringList parents{QStringLiteral("settings"),   QStringLiteral("users"),
                                     QStringLiteral("services"),   QStringLiteral("service_standards"),
                                     QStringLiteral("applicants"), QStringLiteral("businesses"),
                                     QStringLiteral("cases"),      QStringLiteral("complaints")};
    const qsizetype i = parents.indexOf(table);
    return i < 0 ? int(parents.size()) : int(i);
}
} // namespace

void SyncService::ensureTracking(const Context& ctx)
{
    const QSqlDatabase db = ctx.db();
    QStringList tables = syncedTables(ctx.database());
    std::stable_sort(tables.begin(), tables.end(),
                     [](const QString& a, const QString& b) { return parentRank(a) < parentRank(b); });
    for (const QString& table : tables) {
        SqlQuery known(db, QStringLiteral("SELECT count(*) FROM sync_state WHERE table_name = :t"));
        known.bind(QStringLiteral(":t"), table);
        if (known.scalar().toInt() > 0)
            continue;
        // Identifiers cannot be bound; `table` passed isPlainIdentifier() in syncedTables().
        Transaction tx(db);
        for (const char* event : {"INSERT", "UPDATE"}) {
            const QString ddl =
                QStringLiteral("CREATE TRIGGER IF NOT EXISTS \"sync_%1_%2\" AFTER %3 ON %4 BEGIN "
                               "INSERT INTO sync_outbox (table_name, row_id) VALUES ('%1', NEW.id); END")
                    .arg(table, QString::fromLatin1(event).toLower(), QString::fromLatin1(event), quoted(table));
            SqlQuery(db, ddl).exec();
        }
        // Rows written before tracking began go out with the next push.
        SqlQuery(db, QStringLiteral("INSERT INTO sync_outbox (table_name, row_id) SELECT :t, id FROM ") +
                         quoted(table) + QStringLiteral(" ORDER BY updated_at"))
            .bind(QStringLiteral(":t"), table)
            .exec();
        saveState(db, table, 0, 0);
        tx.commit();
    }
}

QList<SyncTableCount> SyncService::pending(const Database& database)
{
    const QSqlDatabase db = database.handle();
    QList<SyncTableCount> out;
    for (const QString& table : syncedTables(database)) {
        SyncTableCount c{table, 0, 0};
        SqlQuery state(db, QStringLiteral("SELECT pushed_total FROM sync_state WHERE table_name = :t"));
        state.bind(QStringLiteral(":t"), table).exec();
        if (state.next()) {
            c.pushed = state.value(0).toInt();
            SqlQuery q(db, QStringLiteral("SELECT count(DISTINCT row_id) FROM sync_outbox WHERE table_name = :t"));
            c.pending = q.bind(QStringLiteral(":t"), table).scalar().toInt();
        } else {
            // Not tracked yet: every row goes out with the first push.
            c.pending = SqlQuery(db, QStringLiteral("SELECT count(*) FROM ") + quoted(table)).scalar().toInt();
        }
        out.append(c);
    }
    const AuditMark a = auditMark(db);
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE seq > :seq"));
    q.bind(QStringLiteral(":seq"), a.lastSeq);
    out.append({QStringLiteral("audit_log"), int(a.total), q.scalar().toInt()});
    return out;
}

QList<SyncReport> SyncService::recentRuns(const Database& database, int limit)
{
    const QSqlDatabase db = database.handle();
    QList<SyncReport> runs;
    SqlQuery q(db, QStringLiteral("SELECT id, started_at, finished_at, target, rows_pushed, audit_pushed, ok, "
                                  "message FROM sync_runs ORDER BY started_at DESC LIMIT :n"));
    q.bind(QStringLiteral(":n"), limit).exec();
    while (q.next()) {
        SyncReport r;
        r.runId = q.value(0).toString();
        r.started = fromStoredTime(q.value(1).toString());
        r.finished = fromStoredTime(q.value(2).toString());
        r.target = q.value(3).toString();
        r.rowsPushed = q.value(4).toInt();
        r.auditPushed = q.value(5).toInt();
        r.ok = q.value(6).toInt() != 0;
        r.message = q.value(7).toString();
        runs.append(r);
    }
    return runs;
}

namespace {
// Opens the central connection for `work` and always closes and removes it.
void withCentral(const SyncTarget& target, const std::function<void(QSqlDatabase&)>& work)
{
    const CentralConnection central(target);
    QSqlDatabase pg = central.db();
    work(pg);
}
} // namespace

void SyncService::prepareCentral(const Context& ctx, const SyncTarget& target)
{
    ctx.require(Permission::RunSync);
    ctx.require(Permission::ManageSettings);
    withCentral(target, [](QSqlDatabase& pg) { CentralSchema::ensure(pg); });
}

namespace {
// A local row as it travels: every column but secrets, blobs as base64. Empty when the row is
// gone or is itself a secret.
QJsonObject rowData(std::map<QString, std::unique_ptr<ReusableQuery>>& reads, const QSqlDatabase& db,
                    const QString& table, const QString& id)
{
    if (!isPlainIdentifier(table))
        return {};
    auto& read = reads[table];
    if (!read)
        read = std::make_unique<ReusableQuery>(db, QStringLiteral("SELECT * FROM ") + quoted(table) +
                                                       QStringLiteral(" WHERE id = :id"));
    read->bind(QStringLiteral(":id"), id).exec();
    if (!read->next())
        return {};
    const QSqlRecord rec = read->record();
    QJsonObject data;
    for (int i = 0; i < rec.count(); ++i) {
        if (isSecretColumn(rec.fieldName(i)))
            continue;
        const QVariant v = read->value(i);
        if (v.isNull())
            data.insert(rec.fieldName(i), QJsonValue::Null);
        else if (v.typeId() == QMetaType::QByteArray)
            data.insert(rec.fieldName(i), QString::fromLatin1(v.toByteArray().toBase64()));
        else
            data.insert(rec.fieldName(i), QJsonValue::fromVariant(v));
    }
    read->finish();
    return isSecretRow(table, data) ? QJsonObject() : data;
}

// The rows of a batch go to the central database a few hundred per statement, as one JSON array:
// a statement per row cost a round trip each, and a first push holds millions of rows.
void sendChanges(QSqlDatabase& pg, const QString& origin, const QJsonArray& changes)
{
    constexpr qsizetype kPerStatement = 500;
    for (qsizetype start = 0; start < changes.size(); start += kPerStatement) {
        QJsonArray part;
        for (qsizetype i = start; i < std::min(changes.size(), start + kPerStatement); ++i)
            part.append(changes.at(i));
        const QString json = QString::fromUtf8(QJsonDocument(part).toJson(QJsonDocument::Compact));
        SqlQuery(pg,
                 QStringLiteral("INSERT INTO loket_changes (origin, seq, table_name, id, row_version, data) "
                                "SELECT :ws, (e->>'seq')::bigint, e->>'t', e->>'id', (e->>'rv')::integer, e->'data' "
                                "FROM jsonb_array_elements(CAST(:batch AS jsonb)) AS e"))
            .bind(QStringLiteral(":ws"), origin)
            .bind(QStringLiteral(":batch"), json)
            .exec();
        // A batch holds each row once (the outbox is read without repeats), as ON CONFLICT needs.
        SqlQuery(pg,
                 QStringLiteral("INSERT INTO loket_rows (table_name, id, workstation, row_version, updated_at, data) "
                                "SELECT e->>'t', e->>'id', COALESCE(e->>'ws', ''), (e->>'rv')::integer, "
                                "COALESCE(e->>'at', ''), e->'data' FROM jsonb_array_elements(CAST(:batch AS jsonb)) "
                                "AS e ON CONFLICT (table_name, id) DO UPDATE SET workstation = EXCLUDED.workstation, "
                                "row_version = EXCLUDED.row_version, updated_at = EXCLUDED.updated_at, "
                                "data = EXCLUDED.data, received_at = now() "
                                "WHERE loket_rows.row_version <= EXCLUDED.row_version"))
            .bind(QStringLiteral(":batch"), json)
            .exec();
    }
}

QMap<QString, int> pushRows(const Database& database, QSqlDatabase& pg, int batchSize)
{
    const QSqlDatabase db = database.handle();
    QMap<QString, int> pushed;
    for (;;) {
        SqlQuery queued(db, QStringLiteral("SELECT seq, table_name, row_id FROM sync_outbox ORDER BY seq LIMIT :n"));
        queued.bind(QStringLiteral(":n"), batchSize).exec();
        qint64 maxSeq = 0;
        QList<std::pair<QString, QString>> rows;
        QSet<QString> seen;
        while (queued.next()) {
            maxSeq = queued.value(0).toLongLong();
            const QString table = queued.value(1).toString();
            const QString id = queued.value(2).toString();
            if (!seen.contains(table + QLatin1Char('/') + id)) {
                seen.insert(table + QLatin1Char('/') + id);
                rows.append({table, id});
            }
        }
        if (maxSeq == 0)
            break;
        QMap<QString, int> batch;
        Transaction pgTx(pg);
        // Statements reading local rows, one per table, prepared once per batch.
        std::map<QString, std::unique_ptr<ReusableQuery>> reads;
        const QString origin = database.workstationCode();
        const qint64 firstSeq = lastCentralSeq(pg, origin) + 1;
        qint64 seq = firstSeq - 1;
        SyncFiles files(database);
        QJsonArray changes;
        for (const auto& [table, id] : rows) {
            const QJsonObject data = rowData(reads, db, table, id);
            if (data.isEmpty())
                continue;
            changes.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                                       {QStringLiteral("t"), table},
                                       {QStringLiteral("id"), id},
                                       {QStringLiteral("ws"), data.value(QStringLiteral("workstation"))},
                                       {QStringLiteral("rv"), data.value(QStringLiteral("row_version")).toInt()},
                                       {QStringLiteral("at"), data.value(QStringLiteral("updated_at"))},
                                       {QStringLiteral("data"), data}});
            files.upload(pg, table, data);
            batch[table] += 1;
        }
        sendChanges(pg, origin, changes);
        if (seq >= firstSeq)
            SqlQuery(pg,
                     QStringLiteral("INSERT INTO loket_workstations (code, last_push, changes_seq) VALUES (:ws, now(), "
                                    ":seq) ON CONFLICT (code) DO UPDATE SET changes_seq = EXCLUDED.changes_seq"))
                .bind(QStringLiteral(":ws"), origin)
                .bind(QStringLiteral(":seq"), seq)
                .exec();
        pgTx.commit();
        // The central side committed first: a crash here only means the batch is sent again.
        // Changes queued while we worked have a higher seq and stay for the next round.
        Transaction local(db);
        SqlQuery(db, QStringLiteral("DELETE FROM sync_outbox WHERE seq <= :seq"))
            .bind(QStringLiteral(":seq"), maxSeq)
            .exec();
        if (seq >= firstSeq)
            advanceOwnCursor(db, origin, firstSeq - 1, seq);
        for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
            saveState(db, it.key(), 0, it.value());
            pushed[it.key()] += it.value();
        }
        local.commit();
    }
    return pushed;
}

int pushAudit(const QSqlDatabase& db, QSqlDatabase& pg, int batchSize)
{
    int pushed = 0;
    qint64 lastSeq = auditMark(db).lastSeq;
    for (;;) {
        SqlQuery rows(db, QStringLiteral("SELECT * FROM audit_log WHERE seq > :seq ORDER BY seq LIMIT :n"));
        rows.bind(QStringLiteral(":seq"), lastSeq).bind(QStringLiteral(":n"), batchSize).exec();
        int inBatch = 0;
        Transaction pgTx(pg);
        while (rows.next()) {
            ++inBatch;
            const QSqlRecord rec = rows.raw().record();
            QJsonObject entry;
            for (int i = 0; i < rec.count(); ++i)
                entry.insert(rec.fieldName(i), QJsonValue::fromVariant(rows.value(i)));
            lastSeq = entry.value(QStringLiteral("seq")).toInteger();
            SqlQuery(pg, QStringLiteral("INSERT INTO loket_audit (workstation, seq, id, at, actor_name, action, "
                                        "record_type, record_id, entry, hash) VALUES (:ws, :seq, :id, :at, :actor, "
                                        ":action, :rtype, :rid, CAST(:entry AS jsonb), :hash) "
                                        "ON CONFLICT DO NOTHING"))
                .bind(QStringLiteral(":ws"), entry.value(QStringLiteral("workstation")).toString())
                .bind(QStringLiteral(":seq"), entry.value(QStringLiteral("seq")).toInteger())
                .bind(QStringLiteral(":id"), entry.value(QStringLiteral("id")).toString())
                .bind(QStringLiteral(":at"), entry.value(QStringLiteral("at")).toString())
                .bind(QStringLiteral(":actor"), entry.value(QStringLiteral("actor_name")).toString())
                .bind(QStringLiteral(":action"), entry.value(QStringLiteral("action")).toString())
                .bind(QStringLiteral(":rtype"), entry.value(QStringLiteral("record_type")).toString())
                .bind(QStringLiteral(":rid"), entry.value(QStringLiteral("record_id")).toString())
                .bind(QStringLiteral(":entry"), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)))
                .bind(QStringLiteral(":hash"), entry.value(QStringLiteral("hash")).toString())
                .exec();
            ++pushed;
        }
        if (inBatch == 0)
            break;
        pgTx.commit();
        Transaction local(db);
        saveState(db, QStringLiteral("audit_log"), lastSeq, inBatch);
        local.commit();
        if (inBatch < batchSize)
            break;
    }
    // The head the central database now holds, kept beside the database file too (sealed with the
    // audit key), so `audit verify` finds a tail deleted later even without the central database.
    if (lastSeq > 0) {
        SqlQuery head(db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = :seq"));
        head.bind(QStringLiteral(":seq"), lastSeq).exec();
        if (head.next())
            AuditHeadFile::record(db.databaseName(), AuditHead{lastSeq, head.value(0).toString()});
    }
    return pushed;
}

} // namespace

std::optional<AuditHead> SyncService::centralAuditHead(const SyncTarget& target, const QString& workstation)
{
    CentralConnection central(target);
    QSqlDatabase pg = central.db();
    // A central database no workstation has pushed to yet holds no trail.
    if (SqlQuery(pg, QStringLiteral("SELECT to_regclass('loket_audit') IS NULL")).scalar().toBool())
        return std::nullopt;
    SqlQuery q(pg, QStringLiteral("SELECT seq, hash FROM loket_audit WHERE workstation = :ws ORDER BY seq DESC "
                                  "LIMIT 1"));
    q.bind(QStringLiteral(":ws"), workstation).exec();
    if (!q.next())
        return std::nullopt;
    return AuditHead{q.value(0).toLongLong(), q.value(1).toString()};
}

SyncReport SyncService::push(const Context& ctx, const SyncTarget& target, int batchSize)
{
    ctx.require(Permission::RunSync);
    const QSqlDatabase db = ctx.db();
    SyncReport report;
    report.runId = newId();
    report.started = ctx.clock().now();
    report.target = target.describe();
    {
        Transaction tx(db);
        SqlQuery(db, QStringLiteral("INSERT INTO sync_runs (id, started_at, actor_name, target) "
                                    "VALUES (:id, :at, :actor, :target)"))
            .bind(QStringLiteral(":id"), report.runId)
            .bind(QStringLiteral(":at"), toStoredTime(report.started))
            .bind(QStringLiteral(":actor"), ctx.actor().username)
            .bind(QStringLiteral(":target"), report.target)
            .exec();
        tx.commit();
    }
    try {
        withCentral(target, [&](QSqlDatabase& pg) {
            CentralSchema::ensure(pg);
            ensureTracking(ctx);
            const QMap<QString, int> pushed = pushRows(ctx.database(), pg, batchSize);
            for (auto it = pushed.cbegin(); it != pushed.cend(); ++it) {
                report.tables.append({it.key(), it.value(), 0});
                report.rowsPushed += it.value();
            }
            report.auditPushed = pushAudit(db, pg, batchSize);
            Transaction tx(pg);
            SqlQuery(pg, QStringLiteral("INSERT INTO loket_workstations (code, last_push, rows_total) VALUES "
                                        "(:ws, now(), :n) ON CONFLICT (code) DO UPDATE SET last_push = now(), "
                                        "rows_total = loket_workstations.rows_total + EXCLUDED.rows_total"))
                .bind(QStringLiteral(":ws"), ctx.workstation())
                .bind(QStringLiteral(":n"), report.rowsPushed)
                .exec();
            tx.commit();
        });
        report.ok = true;
        report.message = tr("%1 rows and %2 audit entries sent.").arg(report.rowsPushed).arg(report.auditPushed);
    } catch (const Error& e) {
        report.ok = false;
        report.message = e.message();
    }
    report.finished = ctx.clock().now();
    {
        Transaction tx(db);
        SqlQuery(db, QStringLiteral("UPDATE sync_runs SET finished_at = :at, rows_pushed = :rows, "
                                    "audit_pushed = :audit, ok = :ok, message = :msg WHERE id = :id"))
            .bind(QStringLiteral(":at"), toStoredTime(report.finished))
            .bind(QStringLiteral(":rows"), report.rowsPushed)
            .bind(QStringLiteral(":audit"), report.auditPushed)
            .bind(QStringLiteral(":ok"), report.ok ? 1 : 0)
            .bind(QStringLiteral(":msg"), report.message)
            .bind(QStringLiteral(":id"), report.runId)
            .exec();
        tx.commit();
    }
    if (!report.ok)
        throw Error::storage(report.message);
    return report;
}

} // namespace loket
