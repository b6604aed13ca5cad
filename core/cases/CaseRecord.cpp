#include "CaseRecord.h"

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
    const char* ctx = "loket::ChecklistStatus";
    switch (status) {
    case ChecklistStatus::Valid: return QCoreApplication::translate(ctx, "Valid");
    case ChecklistStatus::Present: return QCoreApplication::translate(ctx, "Present, needs correction");
    case ChecklistStatus::Missing: return QCoreApplication::translate(ctx, "Missing");
    }
    return {};
}

} // namespace loket
