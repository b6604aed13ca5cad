#pragma once

#include "Business.h"
#include "storage/BatchInsert.h"
#include "storage/ReusableQuery.h"
#include "storage/WriteBehind.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace loket {

// SQL of the businesses table. Callers open the transaction and write the audit entry.
class BusinessRepository
{
public:
    explicit BusinessRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Business> byId(const QString& id) const;
    std::optional<Business> byNib(const QString& nib) const;
    // byNib for many NIBs in one query (bulk imports): the business byNib would give, by
    // normalised NIB; NIBs without one are absent.
    QHash<QString, Business> byNibs(const QStringList& nibs) const;
    // A NIB (or its first digits) when the text is numeric, else words of the name.
    QList<Business> find(const QString& text, int limit = 20) const;

    // Gives the business a new id and writes it (queues it while batched).
    void insert(Business& business, const QString& now, const QString& workstation);
    // Bulk writes queue their rows until flush(); lookups do not see queued rows.
    void setBatched(bool batched) { m_batched = batched; }
    void flush();
    // The queued rows, for a writer thread.
    void takeQueued(QList<WriteBehind::Job>& into);
    // Throws Error::conflict when someone changed the row since it was read.
    void update(Business& business, const QString& now, const QString& workstation);

    static QJsonObject toJson(const Business& business);

private:
    QSqlDatabase m_db;
    std::unique_ptr<BatchInsert> m_insert;
    bool m_batched = false;
    mutable std::unique_ptr<ReusableQuery> m_byNib;
};

} // namespace loket
