#pragma once

#include "SlaClock.h"

#include <QHash>

namespace loket {

// A case entering a stage (keys as in docs/ARCHITECTURE.md: registered, verification, ...).
struct StageTransition
{
    QString stage;
    QDateTime entered;
};

struct StageResult
{
    QString stage;
    QDate entered;      // the day the stage was entered
    QDate dayZero;      // day 0 of its budget
    QDate left;         // the day the next stage was entered; invalid while current
    bool hasBudget = false;
    int budget = 0;
    QDate dueDate;
    int used = 0;
    int remaining = 0;  // negative when late
    ClockState state = ClockState::NotStarted;
    bool dueInUnconfirmedYear = false;
};

// Stage budgets: each stage of a procedure has a budget in working days (PP 28/2025 sets them
// per stage), counted exactly like the completion clock from the day the stage was entered.
class StageClock
{
public:
    // One result per transition, in order. A stage ends when the next transition starts; the
    // last one runs until `today` unless `finished` says the case has closed (then it ends there).
    static QList<StageResult> evaluate(const WorkingCalendar& calendar, const QList<StageTransition>& transitions,
                                       const QHash<QString, int>& budgets, QDate today, int atRiskDays = 2,
                                       const std::optional<QTime>& cutoff = std::nullopt,
                                       const std::optional<QDateTime>& finished = std::nullopt);
};

} // namespace loket
