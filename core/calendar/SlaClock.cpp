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
    QDate firstZero;    // day 0 of the last start or restart
    QDate spanZero;     // day 0 of the open span
    int usedBefore = 0; // consumed by closed spans since the last restart
    int spanLine = -1;  // ledger index of the open span
    QDate pausedOn;
    QDate dueAtStop;
};

// Replays the events in time order into the ledger of `r` and the state of the clock.
class Replay
{
public:
    Replay(const WorkingCalendar& calendar, const ClockRule& rule, ClockResult& r)
        : m_calendar(calendar), m_rule(rule), m_r(r)
    {}

    const Running& state() const { return m_s; }

    void apply(const ClockEvent& ev)
    {
        const QDate day = ev.at.date();
        switch (ev.type) {
        case ClockEvent::Type::Start:
            restart(ev, m_s.started ? ClockEvent::Type::Restart : ClockEvent::Type::Start, day);
            m_s.started = true;
            break;
        case ClockEvent::Type::Restart:
            if (m_s.started)
                restart(ev, ClockEvent::Type::Restart, day);
            break;
        case ClockEvent::Type::Pause:
            if (m_s.running)
                pause(ev, day);
            break;
        case ClockEvent::Type::Resume:
            if (!m_s.paused)
                break;
            if (m_rule.resubmission == ResubmissionRule::Restart)
                restart(ev, ClockEvent::Type::Restart, day);
            else
                openSpan(ClockEvent::Type::Resume, std::max(day, m_s.pausedOn), ev, day);
            break;
        case ClockEvent::Type::Stop:
            if (m_s.started)
                stop(ev, day);
            break;
        }
    }

private:
    void closeSpan(QDate end)
    {
        const int consumed = end < m_s.spanZero ? 0 : m_calendar.workingDaysBetween(m_s.spanZero, end);
        m_s.usedBefore += consumed;
        if (m_s.spanLine >= 0) {
            m_r.ledger[m_s.spanLine].to = end;
            m_r.ledger[m_s.spanLine].workingDaysConsumed = consumed;
        }
        m_s.dueAtStop = m_calendar.addWorkingDays(m_s.spanZero, m_rule.workingDays - (m_s.usedBefore - consumed));
        m_s.running = false;
        m_s.spanLine = -1;
    }

    void openSpan(ClockEvent::Type type, QDate zero, const ClockEvent& ev, QDate day)
    {
        m_s.spanZero = zero;
        m_s.running = true;
        m_s.paused = false;
        m_s.spanLine = int(m_r.ledger.size());
        m_r.ledger.append(LedgerLine{type, zero, zero, 0, ev.note, day});
    }

    void restart(const ClockEvent& ev, ClockEvent::Type type, QDate day)
    {
        if (m_s.running)
            closeSpan(day);
        m_s.usedBefore = 0;
        m_s.firstZero = SlaClock::dayZero(m_calendar, ev.at, m_rule.cutoff);
        openSpan(type, m_s.firstZero, ev, day);
    }

    void pause(const ClockEvent& ev, QDate day)
    {
        closeSpan(day);
        m_s.paused = true;
        m_s.pausedOn = day;
        m_r.ledger.append(LedgerLine{ClockEvent::Type::Pause, day, day, 0, ev.note, day});
    }

    void stop(const ClockEvent& ev, QDate day)
    {
        if (m_s.running)
            closeSpan(day);
        else if (m_s.paused)
            m_s.dueAtStop = m_calendar.addWorkingDays(m_s.pausedOn, m_rule.workingDays - m_s.usedBefore);
        m_s.stopped = true;
        m_s.paused = false;
        m_r.stoppedOn = day;
        m_r.ledger.append(LedgerLine{ClockEvent::Type::Stop, day, day, 0, ev.note, day});
    }

    const WorkingCalendar& m_calendar;
    const ClockRule& m_rule;
    ClockResult& m_r;
    Running m_s;
};

// The events in time order: usually they arrive so, and only then is no copy made.
const QList<ClockEvent>& inTimeOrder(const QList<ClockEvent>& events, QList<ClockEvent>* copy)
{
    auto byTime = [](const ClockEvent& a, const ClockEvent& b) { return a.at < b.at; };
    if (std::is_sorted(events.cbegin(), events.cend(), byTime))
        return events;
    *copy = events;
    std::stable_sort(copy->begin(), copy->end(), byTime);
    return *copy;
}

// A clock still running on `today`: the open span counts up to today.
void settleRunning(const WorkingCalendar& calendar, const ClockRule& rule, const Running& s, QDate today,
                   ClockResult& r)
{
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
}

ClockState openState(const ClockRule& rule, const Running& s, QDate today, const ClockResult& r)
{
    if (s.running && today > r.dueDate)
        return ClockState::Overdue;
    if (r.paused)
        return r.left < 0 ? ClockState::Overdue : ClockState::OnTrack;
    return r.left <= rule.atRiskDays ? ClockState::AtRisk : ClockState::OnTrack;
}

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
    QList<ClockEvent> copy;
    const QList<ClockEvent>& sorted = inTimeOrder(events, &copy);
    r.ledger.reserve(sorted.size());

    Replay replay(calendar, rule, r);
    for (const ClockEvent& ev : sorted) {
        if (replay.state().stopped)
            break;
        replay.apply(ev);
    }
    const Running& s = replay.state();

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
        settleRunning(calendar, rule, s, today, r);
    } else { // paused: the due date if the file came back today
        r.paused = true;
        r.used = s.usedBefore;
        r.pausedOn = s.pausedOn;
        r.dueDate = pausedDue(calendar, rule, s.pausedOn, s.usedBefore, today);
    }
    r.left = rule.workingDays - r.used;
    if (!s.stopped)
        r.state = openState(rule, s, today, r);
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
            line =
                QCoreApplication::translate("loket::SlaClock", "%1: day 0 %2, counted to %3, working days used: %4")
                    .arg(ClockStateText::eventTitle(l.type), l.from.toString(Qt::ISODate), l.to.toString(Qt::ISODate))
                    .arg(l.workingDaysConsumed);
            break;
        case ClockEvent::Type::Pause:
        case ClockEvent::Type::Stop:
            line = QCoreApplication::translate("loket::SlaClock", "%1 on %2")
                       .arg(ClockStateText::eventTitle(l.type), l.from.toString(Qt::ISODate));
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
        lines.append(QCoreApplication::translate(
            "loket::SlaClock", "Warning: the count crosses a year whose calendar is not confirmed yet."));
    return lines;
}

} // namespace loket
