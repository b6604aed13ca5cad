#pragma once

#include <QCoreApplication>

#include "receipts/ReceiptData.h"
#include "receipts/VerificationCode.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace loket {

class Context;
class Database;

// One entry of the receipt log (table receipt_prints).
struct ReceiptPrint {
    QString registrationNumber;
    ReceiptKind kind = ReceiptKind::FileReceipt;
    QString verificationCode;
    QString layout; // "a4" | "thermal"
    QString target; // "printer" | "pdf"
    QDateTime printedAt;
    QString printedBy;
};

// Signs receipts with the office secret, verifies scanned or typed codes, and logs prints.
class ReceiptService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ReceiptService)
public:
    // The office secret (settings "office.secret"); throws Error::conflict when the database has none.
    static QByteArray officeSecret(const Database& db);

    // Fills data.verificationCode and data.qrPayload from the registration number and kind.
    static void stamp(const Database& db, ReceiptData& data);

    // `text` is a QR payload ("LOKET:REG:CODE"); or a registration number with `code` given separately.
    // Throws Error::invalid when the text is neither.
    static VerificationCode::Check verify(const Database& db, const QString& text, const QString& code = {});

    // Throws Error::permission unless the actor may print this kind of receipt.
    static void requirePrint(const Context& ctx, ReceiptKind kind);

    // Appends to the receipt log and the audit trail in one transaction. Needs RegisterCase
    // (HandOver for a hand-over receipt). layout "a4"|"thermal", target "printer"|"pdf".
    static void recordPrint(const Context& ctx, const ReceiptData& data, const QString& layout,
                            const QString& target);

    // A stamped receipt with made-up parties and the office's own header, for checking a printer
    // and the layouts (loket-cli receipt sample). Its registration number starts with "CONTOH".
    static ReceiptData sample(const Context& ctx, ReceiptKind kind);

    // The log of one registration number, oldest first.
    static QList<ReceiptPrint> prints(const Database& db, const QString& registrationNumber);
};

} // namespace loket
