#pragma once

#include "CaseStage.h"
#include "common/Actor.h"
#include "common/Permission.h"

#include <QList>
#include <QString>
#include <optional>

namespace loket {

// What can happen to a registered application after intake.
enum class CaseAction {
    Resubmit,           // the applicant brings the corrected file back (counter)
    StartVerification,  // back office takes the file
    ForwardToTechnical, // verified; the technical team reviews it
    ForwardToSignature, // verified; no technical review needed
    CompleteTechnical,  // technical review done (optional field visit), to the signer
    ReturnForCorrection,
    Issue,              // signed: NIB and permit number; the clock stops
    HandOver,           // the applicant receives the product; the complaint window opens
    Reject,
    Withdraw,           // the applicant withdraws the application
};

struct CaseTransition
{
    CaseAction action;
    CaseStage from;
    CaseStage to; // Resubmit goes back to the stage the file was returned from
    Permission permission;
};

// The one place that decides which action is possible from which stage, and by whom.
class CaseLifecycle
{
public:
    static const QList<CaseTransition>& transitions();
    static const QList<CaseAction>& allActions();
    static std::optional<CaseTransition> find(CaseAction action, CaseStage from);
    // The actions this actor may take on a case in this stage, in the order buttons show them.
    static QList<CaseAction> allowedActions(const Actor& actor, CaseStage from);

    static QString actionKey(CaseAction action);
    static bool actionFromKey(const QString& key, CaseAction* out);
    static QString actionTitle(CaseAction action); // translated, for buttons and the timeline
};

} // namespace loket
