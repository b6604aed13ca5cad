#include "ComplaintTriage.h"

#include "calendar/ComplaintClock.h"

#include <QCoreApplication>
#include <QLocale>

namespace loket {

const QString ComplaintTriage::RuleAfterWindow = QStringLiteral("after_window");
const QString ComplaintTriage::RuleNoIdentity = QStringLiteral("no_identity");
const QString ComplaintTriage::RuleNoObject = QStringLiteral("no_object");
const QString ComplaintTriage::RuleWithinWindow = QStringLiteral("within_window");
const QString ComplaintTriage::RuleBeforeService = QStringLiteral("received_before_service");
const QString ComplaintTriage::RuleNotHandedOver = QStringLiteral("case_not_handed_over");
const QString ComplaintTriage::RuleCaseUnknown = QStringLiteral("case_unknown");
const QString ComplaintTriage::RuleNoRelatedCase = QStringLiteral("no_related_case");
const QString ComplaintTriage::RuleOverride = QStringLiteral("override");

TriageResult ComplaintTriage::evaluate(const TriageInput& in)
{
    TriageResult r;
    r.windowCalendarDays = in.windowCalendarDays;
    r.answerWorkingDays = in.answerWorkingDays;
    const QDate received = in.received.date();
    const bool hasCase = !in.caseRegNumber.trimmed().isEmpty();
    // "paling lambat 30 (tiga puluh) hari kalender sejak pemohon menerima pelayanan": the window
    // runs from the service date of the case, or of a visit without a case; a complaint received
    // before that day is early, not late.
    const bool handedOver = (!hasCase || in.caseFound) && in.serviceReceivedOn.isValid();
    if (handedOver) {
        r.daysSinceService = int(in.serviceReceivedOn.daysTo(received));
        r.windowEnd = ComplaintClock::windowEnd(in.serviceReceivedOn, in.windowCalendarDays);
        if (received > r.windowEnd) {
            r.kind = ComplaintKind::Suggestion;
            r.rule = RuleAfterWindow;
            return r;
        }
    }
    if (in.complainantName.trimmed().isEmpty() && in.complainantIdNumber.trimmed().isEmpty()) {
        r.kind = ComplaintKind::Suggestion;
        r.rule = RuleNoIdentity;
        return r;
    }
    if (in.objectText.trimmed().isEmpty()) {
        r.kind = ComplaintKind::Suggestion;
        r.rule = RuleNoObject;
        return r;
    }
    r.kind = ComplaintKind::Complaint;
    if (handedOver)
        r.rule = r.daysSinceService < 0 ? RuleBeforeService : RuleWithinWindow;
    else if (!hasCase)
        r.rule = RuleNoRelatedCase;
    else if (!in.caseFound)
        r.rule = RuleCaseUnknown;
    else
        r.rule = RuleNotHandedOver;
    return r;
}

QStringList ComplaintTriage::ruleKeys()
{
    return {RuleAfterWindow,   RuleNoIdentity,  RuleNoObject,      RuleWithinWindow, RuleBeforeService,
            RuleNotHandedOver, RuleCaseUnknown, RuleNoRelatedCase, RuleOverride};
}

QString ComplaintTriage::ruleTitle(const QString& rule)
{
    if (rule == RuleAfterWindow)
        return tr("Received after the complaint window");
    if (rule == RuleNoIdentity)
        return tr("No identity of the complainant");
    if (rule == RuleNoObject)
        return tr("No object of the complaint");
    if (rule == RuleWithinWindow)
        return tr("Within the complaint window");
    if (rule == RuleBeforeService)
        return tr("Received before the service date");
    if (rule == RuleNotHandedOver)
        return tr("Case not handed over yet");
    if (rule == RuleCaseUnknown)
        return tr("Case not found on this workstation");
    if (rule == RuleNoRelatedCase)
        return tr("No related case");
    if (rule == RuleOverride)
        return tr("Set by a supervisor");
    return rule;
}

QString TriageResult::explanation() const
{
    return ComplaintTriage::explain(*this);
}

QString ComplaintTriage::explain(const TriageResult& r)
{
    if (r.rule == ComplaintTriage::RuleAfterWindow) {
        return tr("Received %1 calendar days after the service was received; the standard admits complaints for "
                  "%2 days (until %3). Treated as a suggestion/input/correction.")
            .arg(r.daysSinceService)
            .arg(r.windowCalendarDays)
            .arg(QLocale().toString(r.windowEnd, QStringLiteral("d MMMM yyyy")));
    }
    if (r.rule == ComplaintTriage::RuleNoIdentity)
        return tr("The complainant's identity is missing, so the standard treats it as a suggestion or input.");
    if (r.rule == ComplaintTriage::RuleNoObject)
        return tr("The object or substance of the complaint is missing, so the standard treats it as a suggestion or "
                  "input.");
    if (r.rule == ComplaintTriage::RuleWithinWindow) {
        return tr("Received %1 calendar days after the service was received, within the %2-day window. A complaint: "
                  "the answer is due %3 working days after receipt.")
            .arg(r.daysSinceService)
            .arg(r.windowCalendarDays)
            .arg(r.answerWorkingDays);
    }
    if (r.rule == ComplaintTriage::RuleBeforeService) {
        return tr("Received %1 calendar days before the service was received; the %2-day window runs until %3. A "
                  "complaint: the answer is due %4 working days after receipt.")
            .arg(-r.daysSinceService)
            .arg(r.windowCalendarDays)
            .arg(QLocale().toString(r.windowEnd, QStringLiteral("d MMMM yyyy")))
            .arg(r.answerWorkingDays);
    }
    if (r.rule == ComplaintTriage::RuleNotHandedOver)
        return tr("The applicant has not received the service of the related case yet (no hand-over, rejection, "
                  "return or withdrawal), so the window has not started. A complaint: the answer is due %1 working "
                  "days after receipt.")
            .arg(r.answerWorkingDays);
    if (r.rule == ComplaintTriage::RuleCaseUnknown)
        return tr("The related case is not on this workstation, so the window could not be checked. A complaint: the "
                  "answer is due %1 working days after receipt.")
            .arg(r.answerWorkingDays);
    if (r.rule == ComplaintTriage::RuleNoRelatedCase)
        return tr("No related case and no service date were given, so there is no window to check. A complaint: the "
                  "answer is due %1 working days after receipt.")
            .arg(r.answerWorkingDays);
    if (r.rule == ComplaintTriage::RuleOverride)
        return tr("The kind was set by a supervisor, overriding the rules; the reason is logged.");
    return r.rule;
}

} // namespace loket
