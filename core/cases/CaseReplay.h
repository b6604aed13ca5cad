#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace loket {

class Context;
class FigureInputs;

// Two or more actions taken on the same state of a case while their workstations were apart.
struct CaseFork
{
    QString key;        // "<case id>/<parent event id or 'base'>": the conflict's id
    QString parentId;   // empty: the case's state before its first recorded action
    QString winnerId;   // the action the case follows
    QStringList losers; // the other actions taken on that state, in order
};

// The line of actions a case follows, the same on every workstation.
struct CaseLine
{
    QString headId;         // the last action on the winning line; empty when the case has none
    QStringList winning;    // from the first action to the head
    QStringList overridden; // actions off the winning line (losers and what was built on them)
    QList<CaseFork> forks;
};

// Settles a case from its actions, whatever order they arrived in. Each action (case_events with
// a snapshot) names the action its officer saw last, so the actions form a tree. From the root,
// at each fork the action recorded first wins (its time, then the workstation code, then its
// id); the case takes the state saved with the last action on that line. See docs/SYNC.md.
class CaseReplay
{
public:
    static CaseLine line(const QSqlDatabase& db, const QString& caseId);
    // The last action of the line that starts at `eventId` (earliest child first, as above).
    static QString leafFrom(const QSqlDatabase& db, const QString& caseId, const QString& eventId);
    // Puts the winning state into the case row, its checklist and clock marks, and marks the
    // overridden actions. Returns true when anything changed. The caller holds the transaction.
    // `inputs`: the calendar and standards for the stored figures, shared by many replays.
    static bool replay(const Context& ctx, const QString& caseId, FigureInputs* inputs = nullptr);
};

} // namespace loket
