#include "CaseReceipts.h"

#include "CaseService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "identity/IdentityMask.h"
#include "identity/IdentityValidator.h"
#include "receipts/ReceiptService.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>

namespace loket {

namespace {
ReceiptChecklistLine::Status lineStatus(ChecklistStatus s)
{
    switch (s) {
    case ChecklistStatus::Valid: return ReceiptChecklistLine::Status::Valid;
    case ChecklistStatus::Present: return ReceiptChecklistLine::Status::Present;
    case ChecklistStatus::Missing: break;
    }
    return ReceiptChecklistLine::Status::Missing;
}

// Refuses a receipt the case has none of (Error::conflict naming the application).
void requireReceiptFor(const CaseRecord& c, ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::FileReceipt:
        if (!c.completeAt.isValid())
            throw Error::conflict(
                CaseReceipts::tr("Application %1 has no file receipt: the file is not complete yet; print the "
                                 "return slip.")
                    .arg(c.registrationNumber));
        break;
    case ReceiptKind::ReturnSlip:
        if (c.stage != CaseStage::Returned)
            throw Error::conflict(
                CaseReceipts::tr("Application %1 is not returned to the applicant, so it has no return slip.")
                    .arg(c.registrationNumber));
        break;
    case ReceiptKind::Complaint:
        throw Error::conflict(
            CaseReceipts::tr("A complaint receipt is printed from the complaint, not from application %1.")
                .arg(c.registrationNumber));
    case ReceiptKind::HandOver:
        if (c.stage != CaseStage::HandedOver)
            throw Error::conflict(
                CaseReceipts::tr("The NIB and permit of application %1 have not been handed over yet.")
                    .arg(c.registrationNumber));
        break;
    }
}
} // namespace

ReceiptData CaseReceipts::build(const Context& ctx, const CaseView& view, ReceiptKind kind)
{
    const CaseRecord& c = view.record;
    const ServiceStandard& s = view.standard;
    requireReceiptFor(c, kind);

    ReceiptData d;
    d.kind = kind;
    const SettingsRepository settings(ctx.database());
    d.officeName = settings.value(QStringLiteral("office.name"));
    d.officeAddress = settings.value(QStringLiteral("office.address"));
    d.officePhone = settings.value(QStringLiteral("office.phone"));
    d.registrationNumber = c.registrationNumber;
    // Every receipt of the case takes its times from the same recorded events: the file and
    // hand-over receipts print when the complete file was received (the event that started the
    // clock), a return slip when the file was returned.
    d.receivedAt =
        kind == ReceiptKind::ReturnSlip ? c.stageSince : (c.completeAt.isValid() ? c.completeAt : c.receivedAt);
    d.eventAt = d.receivedAt;
    d.printedAt = ctx.clock().now();

    // A receipt leaves the office: the NIK prints masked, as in lists for the public.
    d.applicantName = c.applicant.name;
    d.applicantNik = IdentityMask::maskNik(c.applicant.nik);
    d.applicantNikMasked = true;
    d.applicantPhone = c.applicant.phone;
    d.representativeName = c.representativeName;
    d.representativeNik = c.representativeNik.isEmpty() ? QString() : IdentityMask::maskNik(c.representativeNik);

    d.businessName = c.business.name;
    // A file receipt or return slip shows the business as it came in: not the NIB this case
    // was issued later.
    const bool nibFromThisCase = !c.nibNumber.isEmpty() && c.nibNumber == c.business.nib;
    d.businessNib = kind != ReceiptKind::HandOver && nibFromThisCase ? QString() : c.business.nib;
    d.businessNpwp =
        c.business.npwp.isEmpty() ? QString() : IdentityMask::maskNpwp(IdentityValidator::formatNpwp(c.business.npwp));
    d.businessKblis = c.business.kbliCodes;

    d.serviceKbli = s.kbli;
    d.serviceName = s.name;
    d.standardVersion = QString::number(s.version);
    for (const ChecklistItem& item : c.checklist) {
        d.checklist.append(ReceiptChecklistLine{item.requirementKey, item.requirementText, lineStatus(item.status), item.note});
        if (item.status != ChecklistStatus::Valid) {
            const QString what = item.status == ChecklistStatus::Missing ? tr("missing") : tr("needs correction");
            d.missingItems << (item.note.isEmpty()
                                   ? QStringLiteral("%1. %2 (%3)").arg(item.requirementKey, item.requirementText, what)
                                   : QStringLiteral("%1. %2 (%3: %4)")
                                         .arg(item.requirementKey, item.requirementText, what, item.note));
        }
    }
    if (kind != ReceiptKind::ReturnSlip)
        d.expectedCompletion = view.completion.dueDate;
    d.workingDays = s.completionWorkingDays;
    d.fee = s.isFree() ? QStringLiteral("Gratis") : (s.feeText.isEmpty() ? QStringLiteral("Rp%L1").arg(s.feeAmount) : s.feeText);
    d.product = s.products.join(QStringLiteral(", "));
    d.officerName = c.officerName.isEmpty() ? c.officer : c.officerName;
    if (kind == ReceiptKind::HandOver) {
        // The officer who handed over, however often the receipt is printed again.
        for (const CaseEvent& e : c.events)
            if (e.action == QLatin1String("hand_over") && !e.overridden) {
                d.officerName = e.actorName;
                d.eventAt = e.at;
            }
    }
    for (const ComplaintChannel& ch : s.complaints.channels)
        d.complaintChannels.append(ReceiptComplaintChannel{ch.label, ch.contact});

    if (kind == ReceiptKind::HandOver) {
        d.handOverNib = c.nibNumber;
        d.permitNumber = c.permitNumber;
        d.signatureDate = c.signedDate;
        d.handOverDate = c.handedOverDate;
        const bool byRepresentative = !c.representativeName.isEmpty();
        d.receiverName = byRepresentative ? c.representativeName : c.applicant.name;
        d.receiverIdentity =
            QStringLiteral("NIK ") + IdentityMask::maskNik(byRepresentative ? c.representativeNik : c.applicant.nik);
    }
    // A receipt already issued for this event is printed again as it was, marked as a copy.
    return ReceiptService::issue(ctx, d);
}

} // namespace loket
