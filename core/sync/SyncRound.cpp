#include "SyncRound.h"

#include "ReferencePull.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "common/Log.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace loket {

namespace {
void recordOutcome(const QSqlDatabase& db, const QString& runId, const QString& message)
{
    Transaction tx(db);
    SqlQuery(db, QStringLiteral("UPDATE sync_runs SET ok = 0, message = :msg WHERE id = :id"))
        .bind(QStringLiteral(":msg"), message)
        .bind(QStringLiteral(":id"), runId)
        .exec();
    tx.commit();
}
} // namespace

SyncRoundResult SyncRound::run(const Context& ctx, const SyncTarget& target,
                               const std::function<void(const QString&)>& progress, const std::atomic_bool* cancel)
{
    ctx.require(Permission::RunSync);
    SyncRoundResult result;
    auto say = [&](const QString& text) {
        if (progress)
            progress(text);
    };
    try {
        say(tr("Sending this workstation's changes…"));
        result.push = SyncService::push(ctx, target);
        result.pushed = true;
        if (cancel && cancel->load()) {
            result.ok = true;
            result.message = result.push.message;
            return result;
        }
        // The calendar and catalogue change only for an actor who may edit them (the nightly
        // timer runs as the IT admin); other officers' rounds leave them to it.
        const bool mayEditReference =
            ctx.actor().can(Permission::EditCalendar) && ctx.actor().can(Permission::EditCatalog);
        const QString source = ReferencePull::configuredSource(ctx.database());
        if (mayEditReference && !source.isEmpty() && source != ctx.workstation()) {
            say(tr("Receiving the calendar and catalogue…"));
            const ReferencePullResult r = ReferencePull::pull(ctx, target);
            result.referencePulled = true;
            result.referenceSummary = r.summary();
            result.reference = r;
        }
        // After the reference data, so cases filed under a standard version it brings apply at once.
        say(tr("Receiving the office's changes…"));
        result.pull = OfficePull::pull(ctx, target, 10000, progress, cancel);
        result.officePulled = true;
        result.ok = true;
        result.message = result.push.message + QLatin1Char(' ') + result.pull.message;
    } catch (const Error& e) {
        qCWarning(lcSync) << "sync round failed:" << e.message() << e.detail();
        if (e.kind() == Error::Kind::Permission)
            throw;
        result.ok = false;
        result.failure = e;
        result.message = e.message();
        if (result.pushed)
            recordOutcome(ctx.db(), result.push.runId, e.message());
    }
    return result;
}

SyncHealth SyncRound::health(const Database& db)
{
    SyncHealth h;
    const SettingsRepository settings(db);
    h.configured = SyncTarget::fromSettings(settings).isConfigured();
    h.intervalMinutes = settings.intValue(intervalKey(), 0);
    SqlQuery ok(db.handle(), QStringLiteral("SELECT max(finished_at) FROM sync_runs WHERE ok = 1"));
    const QVariant last = ok.scalar();
    if (!last.isNull())
        h.lastSuccess = fromStoredTime(last.toString());
    SqlQuery failed(db.handle(), QStringLiteral("SELECT min(started_at) FROM sync_runs WHERE ok = 0 AND "
                                                "finished_at IS NOT NULL AND started_at > COALESCE(:last, '')"));
    const QVariant since = failed.bind(QStringLiteral(":last"), last).scalar();
    if (!since.isNull())
        h.offlineSince = fromStoredTime(since.toString());
    SqlQuery message(db.handle(), QStringLiteral("SELECT message FROM sync_runs WHERE finished_at IS NOT NULL "
                                                 "ORDER BY started_at DESC LIMIT 1"));
    h.lastMessage = message.scalar().toString();
    return h;
}

} // namespace loket
