#include "CaseConflicts.h"

#include "CaseClocks.h"
#include "CaseReplay.h"
#include "CaseRepository.h"
#include "CaseSnapshot.h"
#include "OrderedId.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace loket {

namespace {
CaseEvent eventById(const QSqlDatabase& db, const QString& id)
{
    SqlQuery q(db, QStringLiteral("SELECT action, from_stage, to_stage, at, actor_name, note, id, parent_event, "
                                  "workstation, overridden FROM case_events WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    CaseEvent e;
    if (q.next()) {
        e.action = q.value(0).toString();
        e.fromStage = q.value(1).toString();
        e.toStage = q.value(2).toString();
        e.at = fromStoredTime(q.value(3).toString());
        e.actorName = q.value(4).toString();
        e.note = q.value(5).toString();
        e.id = q.value(6).toString();
        e.parentId = q.value(7).toString();
        e.workstation = q.value(8).toString();
        e.overridden = q.value(9).toInt() != 0;
    }
    return e;
}

const char* kSelect = "SELECT c.key, c.case_id, k.registration_number, c.winner_event, c.loser_events, r.outcome, "
                      "r.resolved_by, r.resolved_at, r.note FROM case_conflicts c JOIN cases k ON k.id = c.case_id "
                      "LEFT JOIN conflict_resolutions r ON r.id = c.key ";

CaseConflict read(const QSqlDatabase& db, SqlQuery& q)
{
    CaseConflict c;
    c.key = q.value(0).toString();
    c.caseId = q.value(1).toString();
    c.registrationNumber = q.value(2).toString();
    c.winner = eventById(db, q.value(3).toString());
    for (const QString& id : q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        c.losers.append(eventById(db, id));
    c.resolved = !q.value(5).isNull();
    c.outcome = q.value(5).toString();
    c.resolvedBy = q.value(6).toString();
    c.resolvedAt = q.value(7).isNull() ? QDateTime() : fromStoredTime(q.value(7).toString());
    c.note = q.value(8).toString();
    return c;
}

// The case takes the state the chosen line reached, through an action of its own on the head.
void take(const Context& ctx, const CaseConflict& conflict, const QString& eventId, const QString& note,
          const QString& stamp)
{
    const QSqlDatabase db = ctx.db();
    CaseRepository repo(db);
    auto record = repo.byId(conflict.caseId);
    if (!record)
        throw Error::notFound(CaseConflicts::tr("The application of conflict %1 is missing.").arg(conflict.key));
    const QString leaf = CaseReplay::leafFrom(db, conflict.caseId, eventId);
    CaseRecord next = *record;
    if (!CaseSnapshot::apply(repo.snapshotOf(leaf).value_or(QString()), next))
        throw Error::conflict(CaseConflicts::tr("The overridden action carries no state to take."));
    next.holder = ctx.actor().username;
    CaseEvent event{QStringLiteral("resolve_conflict"),
                    caseStageKey(record->stage),
                    caseStageKey(next.stage),
                    ctx.clock().now(),
                    ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName,
                    note};
    event.id = OrderedId::next();
    event.parentId = record->headEvent;
    event.workstation = ctx.workstation();
    next.headEvent = event.id;
    if (const auto standard = CatalogRepository(ctx.database()).byId(next.standardId))
        CaseClocks::cache(*CalendarService::current(ctx.database()), CaseClocks::rule(ctx.database(), *standard), next,
                          ctx.clock().today(), CaseClocks::stageBudgets(*standard));
    event.snapshot = CaseSnapshot::toJson(next);
    repo.update(next, stamp, ctx.workstation());
    repo.replaceState(next);
    repo.addEvent(next.id, event, ctx.actor().userId, stamp, ctx.workstation());
}
} // namespace

QList<CaseConflict> CaseConflicts::list(const Context& ctx, bool includeResolved, int limit)
{
    ctx.require(Permission::ViewReports);
    SqlQuery q(ctx.db(), QString::fromLatin1(kSelect) +
                             (includeResolved ? QString() : QStringLiteral("WHERE r.id IS NULL ")) +
                             QStringLiteral("ORDER BY r.id IS NOT NULL, k.registration_number, c.key LIMIT :n"));
    q.bind(QStringLiteral(":n"), limit).exec();
    QList<CaseConflict> out;
    while (q.next())
        out.append(read(ctx.db(), q));
    return out;
}

CaseConflict CaseConflicts::get(const Context& ctx, const QString& key)
{
    ctx.require(Permission::ViewReports);
    SqlQuery q(ctx.db(), QString::fromLatin1(kSelect) + QStringLiteral("WHERE c.key = :key"));
    q.bind(QStringLiteral(":key"), key.trimmed()).exec();
    if (!q.next())
        throw Error::notFound(tr("There is no conflict %1; loket-cli conflict list shows the open ones.").arg(key));
    return read(ctx.db(), q);
}

CaseConflict CaseConflicts::resolve(const Context& ctx, const QString& key, const QString& takeEvent,
                                    const QString& note)
{
    ctx.require(Permission::ResolveConflict);
    const CaseConflict conflict = get(ctx, key);
    if (conflict.resolved)
        throw Error::conflict(tr("Conflict %1 was already settled by %2.").arg(key, conflict.resolvedBy));
    const QString why = note.simplified();
    if (why.isEmpty())
        throw Error::invalid(tr("Write why the conflict is settled this way."), QStringLiteral("note"));
    if (!takeEvent.isEmpty()) {
        bool known = false;
        for (const CaseEvent& e : conflict.losers)
            known = known || e.id == takeEvent.trimmed();
        if (!known)
            throw Error::invalid(tr("%1 is not one of the overridden actions of this conflict.").arg(takeEvent),
                                 QStringLiteral("take"));
    }
    const QString stamp = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.db());
    if (!takeEvent.isEmpty())
        take(ctx, conflict, takeEvent.trimmed(), why, stamp);
    SqlQuery(ctx.db(), QStringLiteral("INSERT INTO conflict_resolutions (id, case_id, outcome, taken_event, note, "
                                      "resolved_by, resolved_at, created_at, updated_at, workstation, row_version) "
                                      "VALUES (:id, :case, :outcome, :taken, :note, :by, :at, :at, :at, :ws, 1)"))
        .bind(QStringLiteral(":id"), conflict.key)
        .bind(QStringLiteral(":case"), conflict.caseId)
        .bind(QStringLiteral(":outcome"), takeEvent.isEmpty() ? QStringLiteral("kept") : QStringLiteral("taken"))
        .bind(QStringLiteral(":taken"), takeEvent.isEmpty() ? QVariant() : QVariant(takeEvent.trimmed()))
        .bind(QStringLiteral(":note"), why)
        .bind(QStringLiteral(":by"), ctx.actor().username)
        .bind(QStringLiteral(":at"), stamp)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
    AuditLog::append(
        ctx, QStringLiteral("case.conflict_resolve"), QStringLiteral("case"), conflict.caseId, {},
        {{QStringLiteral("conflict"), conflict.key},
         {QStringLiteral("outcome"), takeEvent.isEmpty() ? QStringLiteral("kept") : QStringLiteral("taken")},
         {QStringLiteral("taken_event"), takeEvent}},
        why);
    tx.commit();
    return get(ctx, key);
}

} // namespace loket
