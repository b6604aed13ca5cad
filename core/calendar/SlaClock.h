#pragma once

#include "catalog/ServiceStandard.h" // ResubmissionRule

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace loket {

class WorkingCalendar;

struct ClockEvent
{
    // Start: the complete and correct file is received. Pause: the file is sent back to the
    // applicant. Resume: it comes back (a restart under ResubmissionRule::Restart). Restart:
    // always from zero. Stop: the permit is issued / the answer is sent.
    enum class Type { Start, Pause, Resume, Restart, Stop };
    Type type = Type::Start;
    QDateTime at;
    QString note;
};

struct ClockRule
{
    int workingDays = 0;
    ResubmissionRule resubmission = ResubmissionRule::Restart;
    int atRiskDays = 2;           // at risk when at most this many working days are left
    std::optional<QTime> cutoff;  // files received after this time count from the next working day
};

enum class ClockState { NotStarted, OnTrack, AtRisk, Overdue, Met, Missed };

// One line of the clock's explanation. Span lines (Start, Resume, Restart) run from their day 0
// (`from`, not counted) to `to` (counted) and say how many working days they consumed; Pause and
// Stop lines mark the day the clock paused or stopped.
struct LedgerLine
{
    ClockEvent::Type type = ClockEvent::Type::Start;
    QDate from;
    QDate to;
    int workingDaysConsumed = 0;
    QString note;
    QDate eventDay; // the day the event happened (a start on a Saturday counts from Monday)
};

struct ClockResult
{
    ClockState state = ClockState::NotStarted;
    QDate started;    // day 0 of the running (last) span
    QDate dueDate;    // while paused: the due date if the file came back today
    int used = 0;     // working days consumed (since the last restart)
    int left = 0;     // working days left; negative when overdue
    bool dueInUnconfirmedYear = false; // the count crosses a year whose calendar is not confirmed
    QList<LedgerLine> ledger;
    QDate stoppedOn;
    bool paused = false;
    int budget = 0;   // the rule's working days
    QDate pausedOn;   // while paused: the day the file went back to the applicant
    QDate riskFrom;   // while running: the first day the clock is at risk (it stays so until stopped)
};

// The completion clock of a case (and the base of the other clocks). Pure: the same calendar,
// rule, events and day always give the same result.
class SlaClock
{
public:
    static ClockResult evaluate(const WorkingCalendar& calendar, const ClockRule& rule, const QList<ClockEvent>& events,
                                QDate today);

    // Day 0 of a span opened at `at`: the day itself when it is a working day received before
    // the cut-off, otherwise the next working day.
    static QDate dayZero(const WorkingCalendar& calendar, const QDateTime& at, const std::optional<QTime>& cutoff);
    // A paused clock's due date if the file came back on `today`: `used` working days were
    // consumed before the pause on `pausedOn`.
    static QDate pausedDue(const WorkingCalendar& calendar, const ClockRule& rule, QDate pausedOn, int used,
                           QDate today);

    // The ledger as printable text lines (translated), for the case's explanation.
    static QStringList explain(const ClockResult& result);
    // The line's note, or why its day 0 is later than the event ("received on ...; counted from ...").
    static QString lineNote(const LedgerLine& line);
};

} // namespace loket
