#include "DeadlineSource.h"

namespace loket {

OpenDeadline OpenDeadline::started(const QString& recordType, const QString& recordId, const QString& label,
                                   const QDateTime& start, const ClockRule& rule)
{
    OpenDeadline d;
    d.recordType = recordType;
    d.recordId = recordId;
    d.label = label;
    d.rule = rule;
    d.events.append(ClockEvent{ClockEvent::Type::Start, start, {}});
    return d;
}

} // namespace loket
