#include "StageClock.h"

#include "WorkingCalendar.h"

#include <algorithm>

namespace loket {

QList<StageResult> StageClock::evaluate(const WorkingCalendar& calendar, const QList<StageTransition>& transitions,
                                        const QHash<QString, int>& budgets, QDate today, int atRiskDays,
                                        const std::optional<QTime>& cutoff, const std::optional<QDateTime>& finished)
{
    QList<StageTransition> sorted = transitions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const StageTransition& a, const StageTransition& b) { return a.entered < b.entered; });
    QList<StageResult> out;
    for (int i = 0; i < sorted.size(); ++i) {
        const StageTransition& t = sorted.at(i);
        StageResult s;
        s.stage = t.stage;
        s.entered = t.entered.date();
        s.dayZero = SlaClock::dayZero(calendar, t.entered, cutoff);
        if (i + 1 < sorted.size())
            s.left = sorted.at(i + 1).entered.date();
        else if (finished)
            s.left = finished->date();
        auto it = budgets.constFind(t.stage);
        s.hasBudget = it != budgets.cend();
        const QDate end = s.left.isValid() ? s.left : today;
        s.used = end < s.dayZero ? 0 : calendar.workingDaysBetween(s.dayZero, end);
        if (!s.hasBudget) {
            s.state = s.left.isValid() ? ClockState::Met : ClockState::NotStarted;
            out.append(s);
            continue;
        }
        s.budget = *it;
        s.dueDate = calendar.addWorkingDays(s.dayZero, s.budget);
        s.remaining = s.budget - s.used;
        if (s.left.isValid())
            s.state = s.left <= s.dueDate ? ClockState::Met : ClockState::Missed;
        else if (today > s.dueDate)
            s.state = ClockState::Overdue;
        else
            s.state = s.remaining <= atRiskDays ? ClockState::AtRisk : ClockState::OnTrack;
        s.dueInUnconfirmedYear = !calendar.allConfirmedBetween(s.dayZero, s.dueDate);
        out.append(s);
    }
    return out;
}

} // namespace loket
