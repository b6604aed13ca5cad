#include "ComplaintOrder.h"

#include "common/Error.h"

namespace loket {

const QString ComplaintOrder::RuleClassificationFirst = QStringLiteral("classification_first");
const QString ComplaintOrder::RuleReviewOrder = QStringLiteral("review_order");
const QString ComplaintOrder::RulePlanInStepD = QStringLiteral("plan_in_step_d");
const QString ComplaintOrder::RuleReviewBeforeResult = QStringLiteral("review_before_result");
const QString ComplaintOrder::RuleApipAfterAttempt = QStringLiteral("apip_after_attempt");
const QString ComplaintOrder::RuleAttemptRecorded = QStringLiteral("attempt_recorded");
const QString ComplaintOrder::RuleTriageSettled = QStringLiteral("triage_settled");
const QString ComplaintOrder::RulePathChosen = QStringLiteral("path_chosen");
const QString ComplaintOrder::RuleApipApproved = QStringLiteral("apip_approved");
const QString ComplaintOrder::RuleNotAnswered = QStringLiteral("not_answered");

namespace {
QString stepName(int index)
{
    return QStringLiteral("6%1").arg(QChar(u'a' + index));
}
} // namespace

bool ComplaintOrder::classified(const Complaint& c)
{
    return !c.sector.trimmed().isEmpty() && !c.problemType.trimmed().isEmpty();
}

int ComplaintOrder::nextReviewStep(const Complaint& c)
{
    for (int i = 0; i < c.reviewSteps.size(); ++i)
        if (!c.reviewSteps[i].done())
            return i;
    return -1;
}

bool ComplaintOrder::reviewComplete(const Complaint& c)
{
    return nextReviewStep(c) < 0;
}

int ComplaintOrder::planStep(const Complaint& c)
{
    // Step d of the standard: "Merumuskan rencana penanganan atau langkah-langkah yang diperlukan".
    for (int i = 0; i < c.reviewSteps.size(); ++i)
        if (c.reviewSteps[i].label.contains(QStringLiteral("rencana"), Qt::CaseInsensitive))
            return i;
    return c.reviewSteps.size() >= 4 ? 3 : -1;
}

ComplaintRefusal ComplaintOrder::reviewStep(const Complaint& c, int position, bool done)
{
    int index = -1;
    for (int i = 0; i < c.reviewSteps.size(); ++i)
        if (c.reviewSteps[i].position == position)
            index = i;
    if (index < 0)
        return {};
    if (!done) {
        for (int i = index + 1; i < c.reviewSteps.size(); ++i)
            if (c.reviewSteps[i].done())
                return {RuleReviewOrder, tr("Step %1 cannot be reopened while step %2 after it is recorded; reopen "
                                            "the later steps first.")
                                             .arg(stepName(index), stepName(i))};
        if (!c.resolutionPath.isEmpty())
            return {RuleReviewBeforeResult, tr("The resolution path was chosen on the strength of the review; step "
                                               "%1 can no longer be reopened.")
                                                .arg(stepName(index))};
        return {};
    }
    if (!classified(c))
        return {RuleClassificationFirst, tr("Classify the complaint by sector and problem type (item 5c) before "
                                            "the review steps of item 6.")};
    for (int i = 0; i < index; ++i)
        if (!c.reviewSteps[i].done())
            return {
                RuleReviewOrder,
                tr("The review steps go in order: record step %1 before step %2.").arg(stepName(i), stepName(index))};
    if (index == planStep(c) && !c.plan.any())
        return {
            RulePlanInStepD,
            tr("Step %1 formulates the handling plan: save the plan before recording the step.").arg(stepName(index))};
    return {};
}

ComplaintRefusal ComplaintOrder::plan(const Complaint& c, const ComplaintPlan& plan)
{
    const int d = planStep(c);
    if (!classified(c))
        return {RuleClassificationFirst, tr("Classify the complaint by sector and problem type (item 5c) before "
                                            "the handling plan.")};
    for (int i = 0; i < d; ++i)
        if (!c.reviewSteps[i].done())
            return {
                RulePlanInStepD,
                tr("The handling plan is formulated in step %1: record step %2 first.").arg(stepName(d), stepName(i))};
    if (d >= 0 && c.reviewSteps[d].done() && !plan.any())
        return {RulePlanInStepD, tr("Step %1 is recorded with this plan; choose at least one planned step or reopen "
                                    "step %1 first.")
                                     .arg(stepName(d))};
    return {};
}

ComplaintRefusal ComplaintOrder::clarification(const Complaint& c)
{
    const int d = planStep(c);
    if (d >= 0 && !c.reviewSteps[d].done())
        return {RuleReviewOrder,
                tr("The clarification carries out the plan of step %1: record step %1 first.").arg(stepName(d))};
    if (!c.plan.any())
        return {RulePlanInStepD, tr("Save the handling plan before recording its clarification.")};
    return {};
}

ComplaintRefusal ComplaintOrder::result(const Complaint& c)
{
    if (!classified(c))
        return {RuleClassificationFirst, tr("Classify the complaint by sector and problem type (item 5c) first.")};
    const int next = nextReviewStep(c);
    if (next >= 0)
        return {RuleReviewBeforeResult, tr("The result of the review (item 7) comes after all review steps of item "
                                           "6: step %1 is not recorded yet.")
                                            .arg(stepName(next))};
    return {};
}

ComplaintRefusal ComplaintOrder::path(const Complaint& c, const QString& path)
{
    const ComplaintRefusal review = result(c);
    if (!review.allowed())
        return review;
    if (path == ResolutionPaths::Apip && !c.unresolvedOn.isValid())
        return {RuleApipAfterAttempt, tr("APIP is for complaints that cannot be resolved internally or externally: "
                                         "record the internal or technical-team attempt as unresolved first.")};
    return {};
}

ComplaintRefusal ComplaintOrder::unresolved(const Complaint& c)
{
    if (c.resolutionPath != ResolutionPaths::Internal && c.resolutionPath != ResolutionPaths::Technical)
        return {RuleAttemptRecorded, tr("Only an internal or technical-team attempt can be recorded as unresolved.")};
    if (c.escalationsOn(c.resolutionPath).isEmpty())
        return {RuleAttemptRecorded, tr("Record at least the first level's report of the attempt before recording "
                                        "it as unresolved.")};
    if (c.hasAnswer())
        return {RuleAttemptRecorded, tr("The complaint has been answered already.")};
    return {};
}

ComplaintRefusal ComplaintOrder::overrideTriage(const Complaint& c)
{
    if (c.state == ComplaintStates::Received || c.state == ComplaintStates::InReview ||
        c.state == ComplaintStates::Registered)
        return {};
    return {RuleTriageSettled, tr("The triage of %1 can no longer be changed: it is %2.")
                                   .arg(c.number, ComplaintStates::title(c.state).toLower())};
}

bool ComplaintOrder::resolutionOpen(const Complaint& c)
{
    return c.isComplaint() && c.state != ComplaintStates::Closed && !c.hasAnswer();
}

ComplaintRefusal ComplaintOrder::escalation(const Complaint& c, bool needsApproval)
{
    if (c.resolutionPath.isEmpty())
        return {RulePathChosen, tr("Choose the resolution path of %1 before recording its levels.").arg(c.number)};
    if (needsApproval && !c.apipApproved())
        return {RuleApipApproved, tr("Involving APIP in %1 needs the head of office's approval first.").arg(c.number)};
    if (c.hasAnswer())
        return {RuleNotAnswered, tr("Complaint %1 has been answered already.").arg(c.number)};
    return {};
}

QString ComplaintOrder::nextStep(const Complaint& c, const QStringList& positions)
{
    if (!c.isComplaint())
        return {};
    if (!classified(c))
        return tr("Next: classify by sector and problem type (item 5c).");
    const int next = nextReviewStep(c);
    if (next >= 0) {
        if (next == planStep(c) && !c.plan.any())
            return tr("Next: save the handling plan, then record step %1.").arg(stepName(next));
        return tr("Next: review step %1, \"%2\".").arg(stepName(next), c.reviewSteps[next].label);
    }
    if (c.resolutionPath.isEmpty())
        return tr("Next: choose the resolution path (item 7).");
    if (c.resolutionPath == ResolutionPaths::Apip && !c.apipApproved())
        return tr("Next: the head of office's approval of involving APIP.");
    if (!c.hasAnswer() &&
        (c.resolutionPath == ResolutionPaths::Internal || c.resolutionPath == ResolutionPaths::Technical)) {
        const qsizetype done = c.escalationsOn(c.resolutionPath).size();
        if (done < positions.size())
            return tr("Next: the written report of level %1, %2.").arg(done + 1).arg(positions.at(done));
    }
    if (!c.hasAnswer())
        return tr("Next: the levels of the resolution path and the answer to the complainant.");
    if (!c.hasSuperiorReport())
        return tr("Next: the report to the direct superior (item 8).");
    return c.state == ComplaintStates::Closed ? QString() : tr("Next: close the complaint.");
}

QString ComplaintOrder::message(const ComplaintRefusal& r)
{
    return tr("%1 (rule %2)").arg(r.reason, r.rule);
}

void ComplaintOrder::require(const ComplaintRefusal& r)
{
    if (!r.allowed())
        throw Error::conflict(message(r));
}

} // namespace loket
