#include "ClockStateText.h"

#include <QCoreApplication>

namespace loket {

QString ClockStateText::key(ClockState state)
{
    switch (state) {
    case ClockState::NotStarted: return QStringLiteral("not_started");
    case ClockState::OnTrack: return QStringLiteral("on_track");
    case ClockState::AtRisk: return QStringLiteral("at_risk");
    case ClockState::Overdue: return QStringLiteral("overdue");
    case ClockState::Met: return QStringLiteral("met");
    case ClockState::Missed: return QStringLiteral("missed");
    }
    return {};
}

QString ClockStateText::title(ClockState state)
{
    switch (state) {
    case ClockState::NotStarted: return QCoreApplication::translate("loket::ClockStateText", "Not started");
    case ClockState::OnTrack: return QCoreApplication::translate("loket::ClockStateText", "On track");
    case ClockState::AtRisk: return QCoreApplication::translate("loket::ClockStateText", "At risk");
    case ClockState::Overdue: return QCoreApplication::translate("loket::ClockStateText", "Overdue");
    case ClockState::Met: return QCoreApplication::translate("loket::ClockStateText", "Met");
    case ClockState::Missed: return QCoreApplication::translate("loket::ClockStateText", "Missed");
    }
    return {};
}

QString ClockStateText::colour(ClockState state)
{
    // Dark enough for white text on a badge (contrast >= 4.5:1).
    switch (state) {
    case ClockState::NotStarted: return QStringLiteral("#5f6b7a");
    case ClockState::OnTrack: return QStringLiteral("#1a7f37");
    case ClockState::AtRisk: return QStringLiteral("#b35900");
    case ClockState::Overdue: return QStringLiteral("#c62828");
    case ClockState::Met: return QStringLiteral("#0f6b74");
    case ClockState::Missed: return QStringLiteral("#7b1f1f");
    }
    return QStringLiteral("#000000");
}

QString ClockStateText::eventTitle(ClockEvent::Type type)
{
    switch (type) {
    case ClockEvent::Type::Start: return QCoreApplication::translate("loket::ClockStateText", "Start");
    case ClockEvent::Type::Pause: return QCoreApplication::translate("loket::ClockStateText", "Pause");
    case ClockEvent::Type::Resume: return QCoreApplication::translate("loket::ClockStateText", "Resume");
    case ClockEvent::Type::Restart: return QCoreApplication::translate("loket::ClockStateText", "Restart");
    case ClockEvent::Type::Stop: return QCoreApplication::translate("loket::ClockStateText", "Stop");
    }
    return {};
}

QString ClockStateText::daysLeftText(const ClockResult& r)
{
    switch (r.state) {
    case ClockState::NotStarted:
        return QCoreApplication::translate("loket::ClockStateText", "Not started");
    case ClockState::Met:
    case ClockState::Missed:
        return QCoreApplication::translate("loket::ClockStateText", "Working days used: %1").arg(r.used);
    case ClockState::Overdue:
        if (r.left < 0)
            return QCoreApplication::translate("loket::ClockStateText", "Working days late: %1").arg(-r.left);
        return QCoreApplication::translate("loket::ClockStateText", "Past the due date");
    case ClockState::OnTrack:
    case ClockState::AtRisk:
        break;
    }
    if (r.paused)
        return QCoreApplication::translate("loket::ClockStateText", "Paused; working days left: %1").arg(r.left);
    return QCoreApplication::translate("loket::ClockStateText", "Working days left: %1").arg(r.left);
}

} // namespace loket
