#pragma once

#include <QCoreApplication>

#include "CaseLifecycle.h"
#include "CaseRecord.h"
#include "CaseRequests.h"
#include "calendar/SlaClock.h"
#include "calendar/StageClock.h"
#include "catalog/ServiceStandard.h"
#include "receipts/ReceiptData.h"

namespace loket {

class Context;

// One case as the case screen shows it: the record, the standard it was filed under, its clocks
// computed from today's calendar, and the actions the current actor may take.
struct CaseView
{
    CaseRecord record;
    ServiceStandard standard;
    ClockResult completion;
    QList<StageResult> stages;
    QList<CaseAction> allowedActions;
    // The last day a complaint about this case is admissible (the standard's window counted from
    // CaseRecord::serviceReceivedOn()); invalid while the case is being worked on.
    QDate complaintWindowEnd;
};

// Intake and the lifecycle of applications. Every call checks the actor's permission and the
// case's stage, validates first, and writes the change with its timeline event, clock marks
// and audit entries in one transaction.
class CaseService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseService)
public:
    // Complete and correct: registered, the completion clock starts. Otherwise returned with the
    // unmet requirements and no clock. Needs Permission::RegisterCase.
    static IntakeResult registerCase(const Context& ctx, IntakeRequest request);
    // Moves the case as `action` says (see CaseLifecycle for stages and permissions).
    static CaseRecord act(const Context& ctx, const QString& registrationNumber, CaseAction action,
                          const TransitionRequest& request);
    // Adds scanned documents to an open case. Needs RegisterCase.
    static CaseRecord addDocuments(const Context& ctx, const QString& registrationNumber,
                                   const QList<DocumentUpload>& documents);

    // Applications carry applicants' names, identity numbers, phone numbers and addresses: reading
    // them outside the signed-in screens (the command line) needs a role that works applications
    // or answers for them (a permission of a case stage, RejectCase or ViewReports). The IT admin
    // and nobody signed in are refused with Error::permission.
    static void requireRead(const Context& ctx);

    // Error::notFound when there is no such case.
    static CaseRecord get(const Context& ctx, const QString& registrationNumber);
    static CaseView view(const Context& ctx, const QString& registrationNumber);

    // What a receipt prints for this case (see core/receipts/ReceiptData.h): office from the
    // settings, parties, checklist, expected completion date from the completion clock, fee,
    // officer and the complaint channels of the case's standard; verification code and QR
    // payload stamped. Error::conflict when the case has no such receipt yet.
    static ReceiptData receiptData(const Context& ctx, const QString& registrationNumber, ReceiptKind kind);
};

} // namespace loket
