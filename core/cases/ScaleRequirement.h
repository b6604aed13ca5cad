#pragma once

#include <QCoreApplication>

#include "BusinessScale.h"
#include "CaseRecord.h"
#include "catalog/ServiceStandard.h"

#include <QHash>

namespace loket {

// Requirement U1 of the industrial standards, "Skala industri kecil atau industri menengah". The
// intake records the business's scale from its capital (BusinessScaleRules, PP 7/2021); a micro
// or large business gets a visible warning on that checklist line. It is a warning, not a
// refusal: the officer decides, and the warning is kept in the case with the line's note. The
// bands and their legal source are in docs/STANDARD-RULES.md.
class ScaleRequirement
{
    Q_DECLARE_TR_FUNCTIONS(loket::ScaleRequirement)
public:
    // Whether the requirement asks for a small or medium industry.
    static bool applies(const QString& requirementText);
    // The warning for this requirement and scale (translated), empty when there is none.
    static QString warning(const QString& requirementText, BusinessScale scale);
    // Warnings by requirement key for a standard and a scale.
    static QHash<QString, QString> warnings(const ServiceStandard& standard, BusinessScale scale);
    // Adds the warning to the note of the lines it concerns (once), so that the case keeps it.
    static void annotate(QList<ChecklistItem>& items, BusinessScale scale);
    // For a checklist handed in again (resubmission, return): a warning for another scale than
    // `scale` is taken out of the note, and the warning for `scale` is added when it is missing.
    static void recheck(QList<ChecklistItem>& items, BusinessScale scale);
};

} // namespace loket
