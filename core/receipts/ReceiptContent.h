#pragma once

#include "receipts/ReceiptData.h"

#include <QString>

namespace loket {

// A receipt's printed content as stored in table receipts (JSON), so that a reprint shows exactly
// what the original said. The copy marks are not part of it.
class ReceiptContent
{
public:
    static QString toJson(const ReceiptData& data);
    // Error::storage when the stored text is not receipt content.
    static ReceiptData fromJson(const QString& json);
};

} // namespace loket
