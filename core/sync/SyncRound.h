#pragma once

#include <QCoreApplication>

#include "OfficePull.h"
#include "ReferencePull.h"
#include "SyncService.h"
#include "SyncTarget.h"
#include "common/Error.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace loket {

class Context;
class Database;

// The outcome of one full round: what was sent, what was received from the office.
struct SyncRoundResult
{
    SyncReport push;
    OfficePullReport pull;
    bool referencePulled = false; // calendar, catalogue and KBLI codes from the reference workstation
    QString referenceSummary;
    bool ok = false;
    QString message;              // one translated line for the status bar and logs
    std::optional<Error> failure; // what stopped the round, when it did not finish
    bool pushed = false;          // the push went through (the failure came later)
    bool officePulled = false;    // the office's changes were received
    std::optional<ReferencePullResult> reference;
};

// The last sync as the status bar shows it.
struct SyncHealth
{
    bool configured = false;
    QDateTime lastSuccess;  // invalid when never synced
    QDateTime offlineSince; // the first failed attempt after the last success; invalid when none
    QString lastMessage;
    int intervalMinutes = 0; // 0: only the nightly timer and "Sync now"
};

// One sync round, as the nightly timer, `loket-cli sync`, the interval timer and "Sync now" run
// it: push this workstation's changes, pull every other workstation's changes, then the reference
// data when a reference workstation is set. Safe to run on a worker thread with its own Database
// connection to the same file: each batch is its own short transaction, so the counter keeps
// writing while a round runs.
class SyncRound
{
    Q_DECLARE_TR_FUNCTIONS(loket::SyncRound)
public:
    static QString intervalKey() { return QStringLiteral("sync.interval_minutes"); }

    // Needs Permission::RunSync (Error::permission). `progress` gets a translated line per step;
    // `cancel` is checked between batches (what was done stays done). Does not throw for an
    // unreachable central database or a refused pull: the result says so (ok false, failure)
    // and the attempt is recorded for health().
    static SyncRoundResult run(const Context& ctx, const SyncTarget& target,
                               const std::function<void(const QString&)>& progress = {},
                               const std::atomic_bool* cancel = nullptr);

    // The last result, for the status bar; a read without an actor.
    static SyncHealth health(const Database& db);
};

} // namespace loket
