#pragma once

#include "receipts/ReceiptData.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace loket {

// The short code printed on every receipt so a scanned or typed receipt can be checked as genuine.
//
// code    = the first 50 bits of HMAC-SHA256(secret, "loket-receipt-v1" US reg US kind) written in a
//           32-letter alphabet without 0/1/I/O ("23456789ABCDEFGHJKLMNPQRSTUVWXYZ"), 10 characters,
//           grouped 5-5: "K7QM4-XPA2B". reg is the registration number trimmed and upper-cased,
//           kind is "file", "return" or "handover", US is the byte 0x1f.
// secret  = the office secret (settings key "office.secret", made when the database is created).
// QR payload: "LOKET:<registration number>:<code>", e.g. "LOKET:503/C01/2025/000123:K7QM4-XPA2B".
//           The registration number may itself contain ':'; the code is after the last ':'.
//
// A changed registration number, a changed code or another office's secret fails verification.
class VerificationCode
{
public:
    static constexpr int kLength = 10;
    static const char* alphabet();

    static QString compute(const QByteArray& secret, const QString& registrationNumber, ReceiptKind kind);
    static QString qrPayload(const QString& registrationNumber, const QString& code);

    // Upper-cases, drops spaces and dashes; empty when the text is not a well-formed code.
    static QString normalizeCode(const QString& code);
    // "K7QM4XPA2B" -> "K7QM4-XPA2B".
    static QString group(const QString& normalizedCode);

    struct Parsed {
        bool ok = false;
        QString registrationNumber;
        QString code; // grouped
    };
    // Reads a QR payload ("LOKET:REG:CODE", prefix case-insensitive), or a signed receipt's QR
    // text (ReceiptQr: "LK1:...", code = its short code).
    static Parsed parsePayload(const QString& payload);

    struct Check {
        bool valid = false;
        QString registrationNumber;
        QString code;
        std::optional<ReceiptKind> kind; // which receipt the code belongs to, when valid
    };
    // Constant-time comparison against the codes of all three receipt kinds.
    static Check verify(const QByteArray& secret, const QString& registrationNumber, const QString& code);
};

} // namespace loket
