#pragma once

#include <QCoreApplication>

#include "Complaint.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace loket {

// What triage looks at. `caseRegNumber` empty means no related case; `caseFound` false with a
// number means this workstation does not know the case; an invalid `serviceReceivedOn` with a
// found case means the applicant has not received the service yet (no hand-over, rejection,
// return or withdrawal). Without a case, `serviceReceivedOn` is the day of the visit, if known.
struct TriageInput
{
    QDateTime received;
    QString complainantName;
    QString complainantIdNumber;
    QString objectText;
    QString caseRegNumber;
    bool caseFound = false;
    QDate serviceReceivedOn;
    int windowCalendarDays = 30;
    int answerWorkingDays = 14;
};

// The triage outcome: the kind and the stable key of the rule that decided it.
struct TriageResult
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::TriageResult)

public:
    ComplaintKind kind = ComplaintKind::Complaint;
    QString rule;               // one of ComplaintTriage's rule keys
    int daysSinceService = -1;  // calendar days from the service to receipt; -1 without a service date
    int windowCalendarDays = 30;
    int answerWorkingDays = 14;
    QDate windowEnd;            // last admissible day, when there is a hand-over

    QString explanation() const; // translated, names the rule and its numbers
};

// The standard's triage rules (component 6, items 2, 3 and 5b), pure: the same input always
// gives the same result. The window is checked first, then identity, then the object.
class ComplaintTriage
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintTriage)
public:
    // Rule keys (stored with every complaint).
    static const QString RuleAfterWindow;      // suggestion: more than N calendar days after hand-over
    static const QString RuleNoIdentity;       // suggestion: no name or identity number
    static const QString RuleNoObject;         // suggestion: no object/substance
    static const QString RuleWithinWindow;     // complaint: within N days of hand-over
    static const QString RuleBeforeService;    // complaint: received before the service date
    static const QString RuleNotHandedOver;    // complaint: the case has not been handed over yet
    static const QString RuleCaseUnknown;      // complaint: the case is not on this workstation
    static const QString RuleNoRelatedCase;    // complaint: no case named, no window to check
    static const QString RuleOverride;         // the kind a supervisor set by hand

    static TriageResult evaluate(const TriageInput& input);
    static QStringList ruleKeys();
    // Translated one-line title of a rule, for lists and filters.
    static QString ruleTitle(const QString& rule);
    // The translated explanation of a result (TriageResult::explanation()).
    static QString explain(const TriageResult& result);
};

} // namespace loket
