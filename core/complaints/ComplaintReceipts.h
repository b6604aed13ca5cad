#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptData.h"

namespace loket {

class Context;

// The receipt a complainant gets at intake: complaint number, channel and time received, complaint
// or suggestion and the rule that decided it, the answer due date, how to follow up, and a signed
// QR code (ReceiptService). A second print of the same complaint is a marked copy of the first.
class ComplaintReceipts
{
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintReceipts)
public:
    // Needs RegisterComplaint. Error::notFound for an unknown complaint.
    static ReceiptData build(const Context& ctx, const QString& idOrNumber);
};

} // namespace loket
