#include "CaseReplay.h"

#include "CaseClocks.h"
#include "CaseRepository.h"
#include "CaseSnapshot.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace loket {

namespace {
struct Node
{
    QString id;
    QString parent;
    QString at;
    QString workstation;
    bool overridden = false;
};

// First recorded wins: time (stored times sort as text), then workstation code, then id.
bool before(const Node& a, const Node& b)
{
    return std::tie(a.at, a.workstation, a.id) < std::tie(b.at, b.workstation, b.id);
}

const QString kNodes = QStringLiteral("SELECT id, COALESCE(parent_event, ''), at, workstation, overridden FROM "
                                      "case_events WHERE case_id = :id AND snapshot IS NOT NULL");

template <class Query> QList<Node> nodesFrom(Query& q, const QString& caseId)
{
    q.bind(QStringLiteral(":id"), caseId).exec();
    QList<Node> out;
    while (q.next())
        out.append(Node{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toInt() != 0});
    return out;
}

QList<Node> nodes(const QSqlDatabase& db, const QString& caseId)
{
    SqlQuery q(db, kNodes);
    return nodesFrom(q, caseId);
}

void collect(const QHash<QString, QList<Node>>& children, const QString& from, QStringList& into)
{
    for (const Node& n : children.value(from)) {
        into.append(n.id);
        collect(children, n.id, into);
    }
}
// The forks as found now; rows change only when the forks do, so a replay that finds the same
// ones writes nothing.
bool saveForks(const QSqlDatabase& db, const QString& caseId, const QList<CaseFork>& forks)
{
    SqlQuery old(db, QStringLiteral("SELECT key, winner_event, loser_events FROM case_conflicts WHERE case_id = :id "
                                    "ORDER BY key"));
    old.bind(QStringLiteral(":id"), caseId).exec();
    QStringList before;
    while (old.next())
        before << old.value(0).toString() + QLatin1Char('|') + old.value(1).toString() + QLatin1Char('|') +
                      old.value(2).toString();
    QStringList after;
    for (const CaseFork& f : forks)
        after << f.key + QLatin1Char('|') + f.winnerId + QLatin1Char('|') + f.losers.join(QLatin1Char(','));
    std::sort(after.begin(), after.end());
    if (before == after)
        return false;
    SqlQuery(db, QStringLiteral("DELETE FROM case_conflicts WHERE case_id = :id"))
        .bind(QStringLiteral(":id"), caseId)
        .exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO case_conflicts (key, case_id, parent_event, winner_event, "
                                       "loser_events) VALUES (:key, :case, :parent, :winner, :losers)"));
    for (const CaseFork& f : forks)
        insert.bind(QStringLiteral(":key"), f.key)
            .bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":parent"), f.parentId.isEmpty() ? QVariant() : QVariant(f.parentId))
            .bind(QStringLiteral(":winner"), f.winnerId)
            .bind(QStringLiteral(":losers"), f.losers.join(QLatin1Char(',')))
            .exec();
    return true;
}
} // namespace

namespace {
CaseLine lineOf(const QList<Node>& all, const QString& caseId);
} // namespace

CaseLine CaseReplay::line(const QSqlDatabase& db, const QString& caseId)
{
    return lineOf(nodes(db, caseId), caseId);
}

namespace {
CaseLine lineOf(const QList<Node>& all, const QString& caseId)
{
    QSet<QString> ids;
    for (const Node& n : all)
        ids.insert(n.id);
    // Children by parent; an action whose parent is not a recorded action starts from the base.
    QHash<QString, QList<Node>> children;
    for (const Node& n : all)
        children[ids.contains(n.parent) ? n.parent : QString()].append(n);
    for (auto& list : children)
        std::sort(list.begin(), list.end(), before);

    CaseLine line;
    QString at;
    for (;;) {
        const QList<Node> next = children.value(at);
        if (next.isEmpty())
            break;
        if (next.size() > 1) {
            CaseFork fork;
            fork.key = caseId + QLatin1Char('/') + (at.isEmpty() ? QStringLiteral("base") : at);
            fork.parentId = at;
            fork.winnerId = next.first().id;
            for (qsizetype i = 1; i < next.size(); ++i) {
                fork.losers.append(next.at(i).id);
                line.overridden.append(next.at(i).id);
                collect(children, next.at(i).id, line.overridden);
            }
            line.forks.append(fork);
        }
        at = next.first().id;
        line.winning.append(at);
    }
    line.headId = at;
    return line;
}
} // namespace

QString CaseReplay::leafFrom(const QSqlDatabase& db, const QString& caseId, const QString& eventId)
{
    QHash<QString, QList<Node>> children;
    for (const Node& n : nodes(db, caseId))
        children[n.parent].append(n);
    QString at = eventId;
    for (;;) {
        QList<Node> next = children.value(at);
        if (next.isEmpty())
            return at;
        std::sort(next.begin(), next.end(), before);
        at = next.first().id;
    }
}

bool CaseReplay::replay(const Context& ctx, const QString& caseId, FigureInputs* inputs)
{
    const QSqlDatabase db = ctx.db();
    std::optional<FigureInputs> own;
    if (!inputs)
        inputs = &own.emplace(ctx.database());
    const QList<Node> all = nodesFrom(inputs->statement(kNodes), caseId);
    const CaseLine l = lineOf(all, caseId);
    if (l.headId.isEmpty())
        return false;
    bool changed = false;
    // Overridden flags are derived on every workstation alike; they are not a change of their own.
    const QSet<QString> off(l.overridden.cbegin(), l.overridden.cend());
    for (const Node& n : all) {
        if (n.overridden == off.contains(n.id))
            continue;
        SqlQuery(db, QStringLiteral("UPDATE case_events SET overridden = :o WHERE id = :id"))
            .bind(QStringLiteral(":o"), n.overridden ? 0 : 1)
            .bind(QStringLiteral(":id"), n.id)
            .exec();
        changed = true;
    }

    if (!l.forks.isEmpty() || changed)
        changed = saveForks(db, caseId, l.forks) || changed;

    // The usual case: one line, and the row already holds the state of its last action.
    ReusableQuery& head = inputs->statement(QStringLiteral("SELECT head_event FROM cases WHERE id = :id"));
    if (l.forks.isEmpty() && !changed && head.bind(QStringLiteral(":id"), caseId).scalar().toString() == l.headId) {
        // Received rows do not carry the stored SLA figures (RowMerge): this replica computes them.
        CaseClocks::refreshOne(ctx, caseId, inputs);
        return false;
    }
    CaseRepository repo(db);
    auto record = repo.byId(caseId);
    if (!record)
        return changed;
    if (!CaseSnapshot::apply(repo.snapshotOf(l.headId).value_or(QString()), *record))
        return changed;
    record->headEvent = l.headId;
    if (const ServiceStandard* standard = inputs->standard(record->standardId))
        CaseClocks::cache(inputs->calendar(), CaseClocks::rule(inputs->database(), *standard), *record,
                          ctx.clock().today(), CaseClocks::stageBudgets(*standard));
    repo.replaceState(*record);
    return true;
}

} // namespace loket
