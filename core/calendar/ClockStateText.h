#pragma once

#include "SlaClock.h"

#include <QString>

namespace loket {

// Names and colours of clock states, shared by the screens, the CLI and printouts.
class ClockStateText
{
public:
    static QString key(ClockState state);   // stable: not_started, on_track, at_risk, overdue, met, missed
    static QString title(ClockState state); // translated
    static QString colour(ClockState state); // "#rrggbb", readable on white as text or as a badge background
    static QString eventTitle(ClockEvent::Type type); // translated
    // "3 working days left", "2 working days late", ... (translated)
    static QString daysLeftText(const ClockResult& result);
};

} // namespace loket
