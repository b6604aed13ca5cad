#pragma once

#include "Complaint.h"
#include "ComplaintTriage.h"
#include "calendar/SlaClock.h"

#include <QJsonObject>

namespace loket {

struct ComplaintPriorInfo;

// JSON of complaints for the CLI and scripts: the record, its triage with the rule that applied,
// the due date and the clock state.
class ComplaintJson
{
public:
    // A register row: the stored clock state (`clockState` key, empty for suggestions).
    static QJsonObject row(const Complaint& c, const QString& clockState);
    // The full record with its lists, the triage explanation and the live clock.
    static QJsonObject full(const Complaint& c, const TriageResult& triage, const ClockResult& clock);
    static QJsonObject triage(const Complaint& c, const TriageResult& triage);
    static QJsonObject prior(const ComplaintPriorInfo& info);
};

} // namespace loket
