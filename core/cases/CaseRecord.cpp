#include "CaseRecord.h"

#include "common/Clock.h"

#include <QCoreApplication>

namespace loket {

QString checklistStatusKey(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Valid: return QStringLiteral("valid");
    case ChecklistStatus::Present: return QStringLiteral("present");
    case ChecklistStatus::Missing: return QStringLiteral("missing");
    }
    return {};
}

bool checklistStatusFromKey(const QString& key, ChecklistStatus* out)
{
    for (ChecklistStatus s : {ChecklistStatus::Valid, ChecklistStatus::Present, ChecklistStatus::Missing}) {
        if (checklistStatusKey(s) == key.trimmed().toLower()) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString checklistStatusTitle(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::Valid: return QCoreApplication::translate("loket::ChecklistStatus", "Valid");
    case ChecklistStatus::Present: return QCoreApplication::translate("loket::ChecklistStatus", "Present, needs correction");
    case ChecklistStatus::Missing: return QCoreApplication::translate("loket::ChecklistStatus", "Missing");
    }
    return {};
}

QDate CaseRecord::serviceReceivedOn() const
{
    if (handedOverDate.isValid())
        return handedOverDate;
    if (stage == CaseStage::Rejected || stage == CaseStage::Returned || stage == CaseStage::Withdrawn)
        return stageSince.toTimeZone(Clock::zone()).date();
    return {};
}

} // namespace loket
