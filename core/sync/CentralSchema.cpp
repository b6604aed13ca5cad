#include "CentralSchema.h"

#include "common/Error.h"
#include "storage/Transaction.h"

#include "common/Log.h"
#include <QSqlError>
#include <QSqlQuery>

namespace loket {

namespace {
// Version 1: the push-only mirror of wave 1. Version 2: the change log every workstation pulls
// from (one sequence per workstation), and document contents.
const char* const kStep1[] = {
    "CREATE TABLE IF NOT EXISTS loket_rows (table_name text NOT NULL, id text NOT NULL, workstation text NOT NULL, "
    "row_version integer NOT NULL, updated_at text NOT NULL, data jsonb NOT NULL, "
    "received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, id))",
    "CREATE INDEX IF NOT EXISTS loket_rows_ws ON loket_rows (workstation, table_name)",
    "CREATE TABLE IF NOT EXISTS loket_audit (workstation text NOT NULL, seq bigint NOT NULL, id text NOT NULL UNIQUE, "
    "at text NOT NULL, actor_name text NOT NULL, action text NOT NULL, record_type text NOT NULL, "
    "record_id text NOT NULL, entry jsonb NOT NULL, hash text NOT NULL, "
    "received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (workstation, seq))",
    "CREATE TABLE IF NOT EXISTS loket_workstations (code text PRIMARY KEY, last_push timestamptz NOT NULL, "
    "rows_total bigint NOT NULL DEFAULT 0)",
};
const char* const kStep2[] = {
    "CREATE TABLE loket_changes (origin text NOT NULL, seq bigint NOT NULL, table_name text NOT NULL, "
    "id text NOT NULL, row_version integer NOT NULL, data jsonb NOT NULL, "
    "received_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (origin, seq))",
    // Rows pushed before the change log existed become each workstation's first changes.
    "INSERT INTO loket_changes (origin, seq, table_name, id, row_version, data) SELECT workstation, "
    "row_number() OVER (PARTITION BY workstation ORDER BY received_at, table_name, id), table_name, id, "
    "row_version, data FROM loket_rows",
    "CREATE TABLE loket_files (sha256 text PRIMARY KEY, size_bytes bigint NOT NULL, content bytea NOT NULL, "
    "received_at timestamptz NOT NULL DEFAULT now())",
    "ALTER TABLE loket_workstations ADD COLUMN IF NOT EXISTS last_pull timestamptz",
    // The last change of each workstation, so a pull with nothing new reads one small table.
    "ALTER TABLE loket_workstations ADD COLUMN IF NOT EXISTS changes_seq bigint NOT NULL DEFAULT 0",
    "INSERT INTO loket_workstations (code, last_push, changes_seq) SELECT origin, now(), max(seq) FROM loket_changes "
    "GROUP BY origin ON CONFLICT (code) DO UPDATE SET changes_seq = EXCLUDED.changes_seq",
};

// PostgreSQL cannot PREPARE DDL, so the fixed schema statements run unprepared.
void run(QSqlDatabase& pg, const QString& sql)
{
    QSqlQuery q(pg);
    if (!q.exec(sql)) {
        qCWarning(lcSync) << "central schema statement refused:" << q.lastError().text() << sql.left(200);
        throw Error::storage(
            CentralSchema::tr("The central database refused to create its tables: %1").arg(q.lastError().text()), sql);
    }
}

template <size_t N> void runAll(QSqlDatabase& pg, const char* const (&statements)[N])
{
    for (const char* sql : statements)
        run(pg, QString::fromLatin1(sql));
}
} // namespace

int CentralSchema::version(QSqlDatabase& pg)
{
    QSqlQuery q(pg);
    if (!q.exec(
            QStringLiteral("SELECT to_regclass('loket_meta') IS NOT NULL, to_regclass('loket_rows') IS NOT NULL")) ||
        !q.next())
        throw Error::storage(tr("Cannot read the central database's schema: %1").arg(q.lastError().text()));
    if (!q.value(0).toBool())
        return q.value(1).toBool() ? 1 : 0;
    QSqlQuery v(pg);
    if (!v.exec(QStringLiteral("SELECT value FROM loket_meta WHERE key = 'schema_version'")))
        throw Error::storage(tr("Cannot read the central database's schema: %1").arg(v.lastError().text()));
    return v.next() ? v.value(0).toInt() : 1;
}

void CentralSchema::ensure(QSqlDatabase& pg)
{
    Transaction tx(pg);
    // One workstation at a time brings the central schema up to date.
    run(pg, QStringLiteral("SELECT pg_advisory_xact_lock(20261203)"));
    const int found = version(pg);
    if (found > kVersion)
        throw Error::storage(tr("The central database has schema version %1, made by a newer Loket; this program "
                                "knows version %2. Update Loket on this PC before it syncs; nothing was sent or "
                                "received.")
                                 .arg(found)
                                 .arg(kVersion));
    if (found == kVersion) {
        tx.commit();
        return;
    }
    runAll(pg, kStep1);
    run(pg, QStringLiteral("CREATE TABLE IF NOT EXISTS loket_meta (key text PRIMARY KEY, value text NOT NULL)"));
    if (found < 2)
        runAll(pg, kStep2);
    run(pg, QStringLiteral("INSERT INTO loket_meta (key, value) VALUES ('schema_version', '%1') ON CONFLICT (key) "
                           "DO UPDATE SET value = EXCLUDED.value")
                .arg(kVersion));
    tx.commit();
    qCInfo(lcSync) << "central schema brought from version" << found << "to" << kVersion;
}

} // namespace loket
