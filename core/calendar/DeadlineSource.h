#pragma once

#include "SlaClock.h"

#include <QList>
#include <QString>

#include <memory>

namespace loket {

class Context;

// An open clock somebody else owns (a case's completion clock, a complaint's answer clock),
// given to the calendar so it can tell which deadlines a calendar change moves.
struct OpenDeadline
{
    QString recordType; // "case", "complaint"
    QString recordId;
    QString label;      // registration number or similar, for the screens
    ClockRule rule;
    QList<ClockEvent> events;

    // The simple case: one start and the rule.
    static OpenDeadline started(const QString& recordType, const QString& recordId, const QString& label,
                                const QDateTime& start, const ClockRule& rule);
};

// A deadline a calendar change moved.
struct MovedDeadline
{
    QString recordType;
    QString recordId;
    QString label;
    QDate before;
    QDate after;
};

// Implemented by the cases and complaints domains; registered with CalendarService.
class DeadlineSource
{
public:
    virtual ~DeadlineSource() = default;
    virtual QList<OpenDeadline> openDeadlines(const Context& ctx) const = 0;
};

// The sources a calendar edit consults (CalendarService::defaultDeadlineSources() unless given).
using DeadlineSources = QList<std::shared_ptr<const DeadlineSource>>;

} // namespace loket
