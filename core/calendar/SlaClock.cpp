#include "SlaClock.h"

#include "ClockStateText.h"
#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <algorithm>

namespace loket {

namespace {

struct Running
{
    bool started = false;
    bool running = false;
    bool paused = false;
    bool stopped = false;
    QDate firstZero;   // day 0 of the last start or restart
    QDate spanZero;    // day 0 of the open span
    int usedBefore = 0; // consumed by closed spans since the last restart
    int spanLine = -1; // ledger index of the open span
    QDate pausedOn;
    QDate dueAtStop;
};

} // namespace

QDate SlaClock::dayZero(const WorkingCalendar& calendar, const QDateTime& at, const std::optional<QTime>& cutoff)
{
    QDate day = at.date();
    if (cutoff && at.time() > *cutoff)
        day = day.addDays(1);
    return calendar.nextWorkingDayOnOrAfter(day);
}

QDate SlaClock::pausedDue(const WorkingCalendar& calendar, const ClockRule& rule, QDate pausedOn, int used, QDate today)
{
    const QDate back = std::max(today, pausedOn);
    return rule.resubmission == ResubmissionRule::Restart
               ? calendar.addWorkingDays(calendar.nextWorkingDayOnOrAfter(back), rule.workingDays)
               : calendar.addWorkingDays(back, rule.workingDays - used);
}

ClockResult SlaClock::evaluate(const WorkingCalendar& calendar, const ClockRule& rule, const QList<ClockEvent>& events,
                               QDate today)
{
    ClockResult r;
    r.budget = rule.workingDays;
    // Events usually arrive in order: sort a copy only when they do not.
    auto byTime = [](const ClockEvent& a, const ClockEvent& b) { return a.at < b.at; };
    QList<ClockEvent> copy;
    const QList<ClockEvent>* ordered = &events;
    if (!std::is_sorted(events.cbegin(), events.cend(), byTime)) {
        copy = events;
        std::stable_sort(copy.begin(), copy.end(), byTime);
        ordered = &copy;
    }
    const QList<ClockEvent>& sorted = *ordered;
    r.ledger.reserve(sorted.size());

    Running s;
    auto closeSpan = [&](QDate end) {
        const int consumed = end < s.spanZero ? 0 : calendar.workingDaysBetween(s.spanZero, end);
        s.usedBefore += consumed;
        if (s.spanLine >= 0) {
            r.ledger[s.spanLine].to = end;
            r.ledger[s.spanLine].workingDaysConsumed = consumed;
        }
        s.dueAtStop = calendar.addWorkingDays(s.spanZero, rule.workingDays - (s.usedBefore - consumed));
        s.running = false;
        s.spanLine = -1;
    };
    auto openSpan = [&](ClockEvent::Type type, QDate zero, const ClockEvent& ev, QDate day) {
        s.spanZero = zero;
        s.running = true;
        s.paused = false;
        s.spanLine = int(r.ledger.size());
        r.ledger.append(LedgerLine{type, zero, zero, 0, ev.note, day});
    };
    auto restart = [&](const ClockEvent& ev, ClockEvent::Type type, QDate day) {
        if (s.running)
            closeSpan(day);
        s.usedBefore = 0;
        s.firstZero = dayZero(calendar, ev.at, rule.cutoff);
        openSpan(type, s.firstZero, ev, day);
    };

    for (const ClockEvent& ev : sorted) {
        if (s.stopped)
            break;
        const QDate day = ev.at.date();
        switch (ev.type) {
        case ClockEvent::Type::Start:
            restart(ev, s.started ? ClockEvent::Type::Restart : ClockEvent::Type::Start, day);
            s.started = true;
            break;
        case ClockEvent::Type::Restart:
            if (!s.started)
                break;
            restart(ev, ClockEvent::Type::Restart, day);
            break;
        case ClockEvent::Type::Pause:
            if (!s.running)
                break;
            closeSpan(day);
            s.paused = true;
            s.pausedOn = day;
            r.ledger.append(LedgerLine{ClockEvent::Type::Pause, day, day, 0, ev.note, day});
            break;
        case ClockEvent::Type::Resume:
            if (!s.paused)
                break;
            if (rule.resubmission == ResubmissionRule::Restart) {
                restart(ev, ClockEvent::Type::Restart, day);
            } else {
                openSpan(ClockEvent::Type::Resume, std::max(day, s.pausedOn), ev, day);
            }
            break;
        case ClockEvent::Type::Stop:
            if (!s.started)
                break;
            if (s.running)
                closeSpan(day);
            else if (s.paused)
                s.dueAtStop = calendar.addWorkingDays(s.pausedOn, rule.workingDays - s.usedBefore);
            s.stopped = true;
            s.paused = false;
            r.stoppedOn = day;
            r.ledger.append(LedgerLine{ClockEvent::Type::Stop, day, day, 0, ev.note, day});
            break;
        }
    }

    if (!s.started) {
        r.state = ClockState::NotStarted;
        r.left = rule.workingDays;
        return r;
    }
    r.started = s.firstZero;
    if (s.stopped) {
        r.used = s.usedBefore;
        r.dueDate = s.dueAtStop;
        r.state = r.stoppedOn <= r.dueDate ? ClockState::Met : ClockState::Missed;
    } else if (s.running) {
        const int open = today < s.spanZero ? 0 : calendar.workingDaysBetween(s.spanZero, today);
        if (s.spanLine >= 0) {
            r.ledger[s.spanLine].to = std::max(today, s.spanZero);
            r.ledger[s.spanLine].workingDaysConsumed = open;
        }
        r.used = s.usedBefore + open;
        r.dueDate = calendar.addWorkingDays(s.spanZero, rule.workingDays - s.usedBefore);
        // At risk once at most atRiskDays are left: from the k-th working day of the span on.
        const int k = rule.workingDays - s.usedBefore - rule.atRiskDays;
        r.riskFrom = k <= 0 ? QDate(1, 1, 1) : calendar.addWorkingDays(s.spanZero, k);
    } else { // paused: the due date if the file came back today
        r.paused = true;
        r.used = s.usedBefore;
        r.pausedOn = s.pausedOn;
        r.dueDate = pausedDue(calendar, rule, s.pausedOn, s.usedBefore, today);
    }
    r.left = rule.workingDays - r.used;
    if (!s.stopped) {
        if (s.running && today > r.dueDate)
            r.state = ClockState::Overdue;
        else if (r.paused)
            r.state = r.left < 0 ? ClockState::Overdue : ClockState::OnTrack;
        else
            r.state = r.left <= rule.atRiskDays ? ClockState::AtRisk : ClockState::OnTrack;
    }
    r.dueInUnconfirmedYear = r.dueDate.isValid() && !calendar.allConfirmedBetween(r.started, r.dueDate);
    return r;
}

QString SlaClock::lineNote(const LedgerLine& l)
{
    if (!l.note.isEmpty())
        return l.note;
    const bool opens = l.type == ClockEvent::Type::Start || l.type == ClockEvent::Type::Restart;
    if (opens && l.eventDay.isValid() && l.eventDay != l.from)
        return QCoreApplication::translate("loket::SlaClock", "Received %1; counted from the next working day")
            .arg(l.eventDay.toString(Qt::ISODate));
    return {};
}

QStringList SlaClock::explain(const ClockResult& result)
{
    QStringList lines;
    for (const LedgerLine& l : result.ledger) {
        QString line;
        switch (l.type) {
        case ClockEvent::Type::Start:
        case ClockEvent::Type::Restart:
        case ClockEvent::Type::Resume:
            line = QCoreApplication::translate("loket::SlaClock", "%1: day 0 %2, counted to %3, working days used: %4")
                       .arg(ClockStateText::eventTitle(l.type), l.from.toString(Qt::ISODate), l.to.toString(Qt::ISODate))
                       .arg(l.workingDaysConsumed);
            break;
        case ClockEvent::Type::Pause:
        case ClockEvent::Type::Stop:
            line = QCoreApplication::translate("loket::SlaClock", "%1 on %2").arg(ClockStateText::eventTitle(l.type), l.from.toString(Qt::ISODate));
            break;
        }
        const QString note = lineNote(l);
        if (!note.isEmpty())
            line += QStringLiteral(" (") + note + QLatin1Char(')');
        lines.append(line);
    }
    if (result.dueDate.isValid()) {
        lines.append(QCoreApplication::translate("loket::SlaClock", "Due %1; %2; %3")
                         .arg(result.dueDate.toString(Qt::ISODate), ClockStateText::daysLeftText(result),
                              ClockStateText::title(result.state)));
    }
    if (result.dueInUnconfirmedYear)
        lines.append(QCoreApplication::translate("loket::SlaClock", "Warning: the count crosses a year whose calendar is not confirmed yet."));
    return lines;
}

} // namespace loket
