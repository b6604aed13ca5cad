#pragma once

#include <QCoreApplication>

#include "SyncTarget.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace loket {

class Context;
class Database;
struct ApplyProgress;

// What one pull of the office's changes did.
struct OfficePullReport
{
    int received = 0; // changes downloaded from the central database
    int applied = 0;  // rows written here (newer than what this workstation had)
    int waiting = 0;  // rows kept for a later round (their parent record has not arrived yet)
    int casesReplayed = 0;
    int conflicts = 0;   // open conflicts after the pull
    QStringList origins; // workstations whose changes were received
    bool ok = false;
    QString message;
};

// What this workstation has received, for `sync status`.
struct OfficeSyncState
{
    int waiting = 0;               // received rows waiting for their parent record
    int refused = 0;               // received rows a rule of this database refused
    QMap<QString, qint64> cursors; // the last change received from each workstation
};

// Receives every workstation's changes from the central database (table loket_changes) with a
// cursor per workstation, keeps them in sync_inbox, and applies them: rows by the rule in
// docs/SYNC.md (higher row version wins, ties by time then workstation), cases by replaying their
// action tree (CaseReplay). Resumable after a network drop and idempotent when repeated.
class OfficePull
{
    Q_DECLARE_TR_FUNCTIONS(loket::OfficePull)
public:
    // Needs Permission::RunSync. Throws Error::storage when the central database cannot be
    // reached or is newer than this program.
    static OfficePullReport pull(const Context& ctx, const SyncTarget& target, int batchSize = 10000,
                                 const std::function<void(const QString&)>& progress = {},
                                 const std::atomic_bool* cancel = nullptr);
    // A read without an actor (`sync status`).
    static OfficeSyncState state(const Database& db);
    // Applies what sync_inbox holds (also what an interrupted pull left).
    static OfficePullReport applyInbox(const Context& ctx);

private:
    // `received` carries what the download already applied (cases to replay, files to fetch).
    static OfficePullReport apply(const Context& ctx, QSqlDatabase* pg, ApplyProgress* received);
};

} // namespace loket
