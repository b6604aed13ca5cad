#pragma once

#include <QList>
#include <QString>

namespace loket {

// The stages of an application (keys stored in the database, see docs/ARCHITECTURE.md).
enum class CaseStage {
    Registered,   // complete and correct file received at the counter; clock running
    Verification, // back-office verification
    Technical,    // technical team, optional field visit
    Signature,    // awaiting the head's signature
    Issued,       // NIB and permit signed; clock stopped
    HandedOver,   // the applicant received the product; complaint window open
    Returned,     // with the applicant for correction
    Rejected,
    Withdrawn,
};

const QList<CaseStage>& allCaseStages();
QString caseStageKey(CaseStage stage);
bool caseStageFromKey(const QString& key, CaseStage* out);
QString caseStageTitle(CaseStage stage); // translated
// The audit reading's name for a stored value (AuditReading::ValueName): the title of a stage key
// stored under "stage"; empty for any other key or value.
QString caseAuditValueText(const QString& key, const QString& value);
// Still being worked on (not issued, handed over, rejected or withdrawn).
bool caseStageIsOpen(CaseStage stage);

} // namespace loket
