#pragma once

#include <QCoreApplication>

#include "CaseRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loket {

class Context;

// Actions two or more workstations took on the same state of a case while apart (see
// CaseReplay): the case follows the winner; the others stay in its history, overridden, until a
// supervisor settles the conflict.
struct CaseConflict
{
    QString key; // the conflict's id: "<case id>/<parent event or 'base'>"
    QString caseId;
    QString registrationNumber;
    CaseEvent winner;
    QList<CaseEvent> losers;
    bool resolved = false;
    QString outcome; // "kept" or "taken"
    QString resolvedBy;
    QDateTime resolvedAt;
    QString note;
};

class CaseConflicts
{
    Q_DECLARE_TR_FUNCTIONS(loket::CaseConflicts)
public:
    // Needs ViewReports. Open conflicts first, then (with `includeResolved`) the settled ones.
    static QList<CaseConflict> list(const Context& ctx, bool includeResolved = false, int limit = 500);
    static CaseConflict get(const Context& ctx, const QString& key);
    // Needs ResolveConflict. Without `takeEvent` the case stays as it is and the decision is
    // recorded. With the id of an overridden action, the case takes the state that line of
    // actions reached, through a new recorded action on the case. A note is required.
    static CaseConflict resolve(const Context& ctx, const QString& key, const QString& takeEvent, const QString& note);
};

} // namespace loket
