#include "ReceiptRecordRepository.h"

#include "common/Ids.h"
#include "storage/SqlQuery.h"

namespace loket {

namespace {
const QString kSelect = QStringLiteral("SELECT id, registration_number, kind, event_at, signed_at, key_id, signature, "
                                       "code, qr_text, content, issued_by FROM receipts ");

std::optional<StoredReceipt> first(SqlQuery& q)
{
    q.exec();
    if (!q.next())
        return std::nullopt;
    StoredReceipt r;
    r.id = q.value(0).toString();
    r.registrationNumber = q.value(1).toString();
    receiptKindFromKey(q.value(2).toString(), &r.kind);
    r.eventAt = fromStoredTime(q.value(3).toString());
    r.signedAt = fromStoredTime(q.value(4).toString());
    r.keyId = q.value(5).toString();
    r.signature = q.value(6).toString();
    r.code = q.value(7).toString();
    r.qrText = q.value(8).toString();
    r.content = q.value(9).toString();
    r.issuedBy = q.value(10).toString();
    return r;
}
} // namespace

std::optional<StoredReceipt> ReceiptRecordRepository::find(const QString& registrationNumber, ReceiptKind kind,
                                                           const QDateTime& eventAt) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE registration_number = :reg AND kind = :kind AND event_at = "
                                              ":event ORDER BY signed_at, id LIMIT 1"));
    q.bind(QStringLiteral(":reg"), registrationNumber.trimmed().toUpper())
        .bind(QStringLiteral(":kind"), receiptKindKey(kind))
        .bind(QStringLiteral(":event"), toStoredTime(eventAt));
    return first(q);
}

std::optional<StoredReceipt> ReceiptRecordRepository::byCode(const QString& registrationNumber,
                                                             const QString& groupedCode) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE registration_number = :reg AND code = :code "
                                              "ORDER BY signed_at, id LIMIT 1"));
    q.bind(QStringLiteral(":reg"), registrationNumber.trimmed().toUpper()).bind(QStringLiteral(":code"), groupedCode);
    return first(q);
}

void ReceiptRecordRepository::insert(const StoredReceipt& r, const QString& now, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO receipts (id, registration_number, kind, event_at, signed_at, key_id, "
                                  "signature, code, qr_text, content, issued_by, created_at, updated_at, workstation, "
                                  "row_version) VALUES (:id, :reg, :kind, :event, :signed, :key, :sig, :code, :qr, "
                                  ":content, :by, :now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), r.id)
        .bind(QStringLiteral(":reg"), r.registrationNumber.trimmed().toUpper())
        .bind(QStringLiteral(":kind"), receiptKindKey(r.kind))
        .bind(QStringLiteral(":event"), toStoredTime(r.eventAt))
        .bind(QStringLiteral(":signed"), toStoredTime(r.signedAt))
        .bind(QStringLiteral(":key"), r.keyId)
        .bind(QStringLiteral(":sig"), r.signature)
        .bind(QStringLiteral(":code"), r.code)
        .bind(QStringLiteral(":qr"), r.qrText)
        .bind(QStringLiteral(":content"), r.content)
        .bind(QStringLiteral(":by"), r.issuedBy)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

} // namespace loket
