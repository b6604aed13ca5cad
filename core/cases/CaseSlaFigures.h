#pragma once

#include "common/Context.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace loket {

class WorkingCalendar;

// Open cases counted by the state of their completion clock, from the stored figures.
struct CaseClockCounts
{
    int open = 0;
    int onTrack = 0;
    int atRisk = 0;
    int overdue = 0;
    int paused = 0;
    int notStarted = 0; // returned at intake: the complete file never arrived
    int dueToday = 0;
    int dueThisWeek = 0;     // due from today to weekEnd, not overdue
    int unconfirmedYear = 0; // the count crosses a year whose calendar is not confirmed
};

// One group of open cases: same standard version, stage and holder.
struct CaseClockGroup
{
    QString standardId;
    QString stage;
    QString holder;
    CaseClockCounts counts;
};

// A running clock that is at risk or overdue.
struct CaseLateRow
{
    QString registrationNumber;
    QString applicantName;
    QString kbli;
    QString standardId;
    QString stage;
    QString holder;
    QDate due;
};

// The SLA figures of the office's cases as SQL aggregates over the figures stored with each case
// (schema 14, CaseClocks::cache): open cases only, read from the index cases_open_clocks (schema 25).
// Figures computed with another calendar are refreshed first (CaseClocks::refreshStale).
class CaseSlaFigures
{
public:
    explicit CaseSlaFigures(const Context& ctx);

    // Open cases grouped by standard version, stage and holder, as of `today`.
    QList<CaseClockGroup> openGroups(const WorkingCalendar& calendar, QDate today, QDate weekEnd) const;
    // Running clocks at risk or overdue on `today`, earliest deadline first, at most `limit`.
    QList<CaseLateRow> late(QDate today, int limit) const;
    // Clocks stopped from `from` to `to` (issued permits) in time and late.
    void completions(QDate from, QDate to, int* met, int* missed) const;

private:
    void addPausedUnconfirmed(QList<CaseClockGroup>& groups, const QHash<QString, qsizetype>& index,
                              const WorkingCalendar& calendar, QDate today) const;
    Context m_ctx;
};

} // namespace loket
