#pragma once

#include "receipts/ReceiptData.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace loket {

// The outcome of checking a scanned QR text or a typed code.
struct ReceiptCheck
{
    bool valid = false;
    QString reason; // why not valid (translated); empty when valid
    QString registrationNumber;
    QString code;                    // the short code, grouped
    std::optional<ReceiptKind> kind; // when known
    QDateTime signedAt;              // signed receipts: when issued
    QString keyId;                   // signed receipts: the key
    QString keyWorkstation;          // signed receipts: whose key
    bool legacy = false;             // an HMAC code from before signed receipts
};

} // namespace loket
