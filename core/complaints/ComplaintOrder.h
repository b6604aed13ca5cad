#pragma once

#include <QCoreApplication>

#include "Complaint.h"

namespace loket {

// Why a step of the complaint process may not be taken now: the stable key of the standard's rule
// and a translated reason. An empty rule means the step is allowed.
struct ComplaintRefusal
{
    QString rule;
    QString reason;

    bool allowed() const { return rule.isEmpty(); }
};

// The order component 6 of the standard sets for handling a complaint: recording (item 5a), then
// "Menelaah dan mengelompokan pengaduan berdasarkan: 1) Bidang/Sektor/Jenis Pelayanan; 2) Jenis
// masalah" (5c), then the review steps a to e of item 6 one after the other, the handling plan
// being the content of step d ("Merumuskan rencana penanganan"), and only then the result (item 7:
// the resolution path, its levels and the answer). Pure: screens and commands ask it what comes
// next and why a step is refused; ComplaintProcess enforces it.
class ComplaintOrder
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintOrder)
public:
    static const QString RuleClassificationFirst; // 5c before the review steps of item 6
    static const QString RuleReviewOrder;         // 6a, 6b, 6c, 6d, 6e in that order
    static const QString RulePlanInStepD;         // the plan after 6a-c; step d needs the plan
    static const QString RuleReviewBeforeResult;  // item 7 and the answer after all of item 6
    static const QString RuleApipAfterAttempt;    // APIP after an unresolved internal/technical attempt
    static const QString RuleAttemptRecorded;     // "unresolved" needs an attempt with a level report
    static const QString RuleTriageSettled;       // the triage changes only before the handling moves on
    static const QString RulePathChosen;          // levels after the resolution path is chosen
    static const QString RuleApipApproved;        // APIP's levels after the head of office's approval
    static const QString RuleNotAnswered;         // no level is added once the complaint is answered

    static bool classified(const Complaint& c);
    // Index into c.reviewSteps of the first open step, -1 when all are done.
    static int nextReviewStep(const Complaint& c);
    static bool reviewComplete(const Complaint& c);
    // Index of the review step that formulates the handling plan (6d), -1 if the standard has none.
    static int planStep(const Complaint& c);

    static ComplaintRefusal reviewStep(const Complaint& c, int position, bool done);
    static ComplaintRefusal plan(const Complaint& c, const ComplaintPlan& plan);
    static ComplaintRefusal clarification(const Complaint& c);
    static ComplaintRefusal result(const Complaint& c);
    // Choosing `path` (item 7): after the whole review; APIP "untuk pengaduan yang tidak bisa
    // diselesaikan secara internal atau eksternal DPMPTSP" only after an attempt recorded unresolved.
    static ComplaintRefusal path(const Complaint& c, const QString& path);
    // Recording the chosen internal or technical path as unresolved.
    static ComplaintRefusal unresolved(const Complaint& c);
    // Overriding the triage: while a complaint is received or in review, or a suggestion is not
    // yet noted.
    static ComplaintRefusal overrideTriage(const Complaint& c);
    // Whether the resolution (path, approval, levels, an unresolved attempt) may still change: a
    // complaint, neither closed nor answered.
    static bool resolutionOpen(const Complaint& c);
    // Recording the next level's report: the path is chosen, the head of office has approved a
    // path that needs it (`needsApproval`, ComplaintProcess::pathNeedsApproval), no answer yet.
    static ComplaintRefusal escalation(const Complaint& c, bool needsApproval);

    // The next thing the standard expects for this complaint (translated, one line).
    static QString nextStep(const Complaint& c, const QStringList& positions = {});
    // Throws Error::conflict with the reason and the rule's key when `r` refuses.
    static void require(const ComplaintRefusal& r);
    // The message of a refusal, naming its rule.
    static QString message(const ComplaintRefusal& r);
};

} // namespace loket
