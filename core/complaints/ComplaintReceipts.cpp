#include "ComplaintReceipts.h"

#include "Complaint.h"
#include "ComplaintService.h"
#include "ComplaintTriage.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "receipts/ReceiptService.h"
#include "settings/SettingsRepository.h"

#include <QLocale>

namespace loket {

ReceiptData ComplaintReceipts::build(const Context& ctx, const QString& idOrNumber)
{
    ReceiptService::requirePrint(ctx, ReceiptKind::Complaint);
    const Complaint c = ComplaintService::get(ctx, idOrNumber);
    ReceiptData d;
    d.kind = ReceiptKind::Complaint;
    const SettingsRepository settings(ctx.database());
    d.officeName = settings.value(QStringLiteral("office.name"));
    d.officeAddress = settings.value(QStringLiteral("office.address"));
    d.officePhone = settings.value(QStringLiteral("office.phone"));
    d.registrationNumber = c.number;
    d.receivedAt = c.receivedAt;
    d.eventAt = c.receivedAt;
    d.printedAt = ctx.clock().now();
    d.applicantName = c.complainantName.trimmed().isEmpty() ? tr("(anonymous)") : c.complainantName.trimmed();
    d.serviceKbli = c.serviceKbli;
    d.serviceName = c.serviceName;
    d.complaintChannel = c.channelLabel.isEmpty() ? c.channelKey : c.channelLabel;
    d.complaintKindTitle = complaintKindTitle(c.kind);
    d.triageRuleText = ComplaintTriage::ruleTitle(c.triageRule);
    d.expectedCompletion = c.isComplaint() ? c.dueOn : QDate();
    d.workingDays = c.isComplaint() ? c.answerWorkingDays : 0;
    d.officerName = c.registeredBy;
    const QString contact =
        d.officePhone.trimmed().isEmpty() ? QString() : tr(" (phone %1)").arg(d.officePhone.trimmed());
    if (c.isComplaint())
        d.followUp = tr("Quote complaint number %1 at the counter or through any complaint channel%2. The answer is "
                        "given by %3 at the latest, through the channel the complaint came in.")
                         .arg(c.number, contact, QLocale().toString(c.dueOn, QStringLiteral("d MMMM yyyy")));
    else
        d.followUp = tr("Suggestions are recorded and reviewed without an answer deadline. Quote number %1 at the "
                        "counter or through any complaint channel%2 to ask about it.")
                         .arg(c.number, contact);
    for (const ComplaintChannel& ch : ComplaintService::handlingOf(ctx.database(), c).channels)
        d.complaintChannels.append(ReceiptComplaintChannel{ch.label, ch.contact});
    return ReceiptService::issue(ctx, d);
}

} // namespace loket
