#pragma once

#include <QCoreApplication>

#include "SyncTarget.h"
#include "audit/AuditHead.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

class Context;
class Database;

struct SyncTableCount
{
    QString table;
    int pushed = 0;
    int pending = 0;
};

struct SyncReport
{
    QString runId;
    QDateTime started;
    QDateTime finished;
    QString target;
    QList<SyncTableCount> tables;
    int rowsPushed = 0;
    int auditPushed = 0;
    bool ok = false;
    QString message;
};

// Pushes this workstation's rows and audit entries to the central PostgreSQL database
// (QPSQL). Every sync-ready table (id, updated_at, workstation, row_version) is mirrored as
// JSON rows keyed by (table, id); a newer row_version wins, so re-running is harmless and two
// workstations never overwrite each other's newer rows. Changes are queued by triggers into
// sync_outbox, not found by time, so a wrong PC clock cannot hide one. Secrets stay local.
class SyncService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::SyncService)
public:
    // Reads that need no actor (`sync status`, the sync page) take the database.
    // Tables that take part, found from the schema itself.
    static QStringList syncedTables(const Database& db);
    // Rows not yet pushed, per table (and the audit log as "audit_log").
    static QList<SyncTableCount> pending(const Database& db);
    static QList<SyncReport> recentRuns(const Database& db, int limit = 20);

    // Creates the central tables when missing. Needs Permission::RunSync and ManageSettings.
    static void prepareCentral(const Context& ctx, const SyncTarget& target);
    // One push. Needs Permission::RunSync. Throws Error::storage when the central database
    // cannot be reached; the run is recorded either way.
    static SyncReport push(const Context& ctx, const SyncTarget& target, int batchSize = 500);

    // The last audit entry of `workstation` the central database holds (what `audit verify`
    // compares this workstation's chain with); empty when it holds none. Error::storage when the
    // central database cannot be reached.
    static std::optional<AuditHead> centralAuditHead(const SyncTarget& target, const QString& workstation);

    // Installs the change triggers on tables not yet tracked and queues their existing rows. A
    // push and a pull call it first (after their own permission check), so rows a pull receives
    // are never queued later as this PC's own.
    static void ensureTracking(const Context& ctx);
};

} // namespace loket
