#pragma once

#include "CaseRecord.h"

#include <QString>

namespace loket {

// The part of a case an action can change (stage, lifecycle fields, checklist, clock marks, who
// holds it), as compact JSON stored with each action (case_events.snapshot). Replaying a case on
// any workstation puts back the snapshot of the last action on the winning line (CaseReplay).
class CaseSnapshot
{
public:
    static QString toJson(const CaseRecord& record);
    // The same text through QJsonObject and QJsonDocument: what toJson() falls back to when a
    // text needs escaping, and what a test compares its plain writer with.
    static QString toJsonDocument(const CaseRecord& record);
    // Writes the snapshot's fields into `record`; false when `json` is not a snapshot.
    static bool apply(const QString& json, CaseRecord& record);
};

} // namespace loket
