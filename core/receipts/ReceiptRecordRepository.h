#pragma once

#include "receipts/ReceiptData.h"

#include <QSqlDatabase>
#include <optional>

namespace loket {

// One row of table receipts: a receipt as first issued.
struct StoredReceipt
{
    QString id;
    QString registrationNumber;
    ReceiptKind kind = ReceiptKind::FileReceipt;
    QDateTime eventAt;
    QDateTime signedAt;
    QString keyId;
    QString signature;
    QString code;
    QString qrText;
    QString content; // ReceiptContent JSON
    QString issuedBy;
};

// The SQL of table receipts.
class ReceiptRecordRepository
{
public:
    explicit ReceiptRecordRepository(const QSqlDatabase& db) : m_db(db) {}

    // The first receipt of this kind issued for this event of the case or complaint.
    std::optional<StoredReceipt> find(const QString& registrationNumber, ReceiptKind kind,
                                      const QDateTime& eventAt) const;
    // The receipt of this number whose short code is `groupedCode`.
    std::optional<StoredReceipt> byCode(const QString& registrationNumber, const QString& groupedCode) const;
    void insert(const StoredReceipt& r, const QString& now, const QString& workstation);

private:
    QSqlDatabase m_db;
};

} // namespace loket
