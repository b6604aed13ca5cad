#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptData.h"

namespace loket {

class Context;
struct CaseView;

// Fills the receipts domain's ReceiptData from a case (CaseService::receiptData).
class CaseReceipts
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseReceipts)
public:
    // Error::conflict when the case has no receipt of this kind: a file receipt needs a complete
    // file, a return slip a returned file, a hand-over receipt a handed-over product.
    static ReceiptData build(const Context& ctx, const CaseView& view, ReceiptKind kind);
};

} // namespace loket
