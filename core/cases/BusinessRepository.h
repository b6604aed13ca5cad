#pragma once

#include "Business.h"
#include "ReusableQuery.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
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
    // A NIB (or its first digits) when the text is numeric, else words of the name.
    QList<Business> find(const QString& text, int limit = 20) const;

    void insert(Business& business, const QString& now, const QString& workstation);
    // Throws Error::conflict when someone changed the row since it was read.
    void update(Business& business, const QString& now, const QString& workstation);

    static QJsonObject toJson(const Business& business);

private:
    QSqlDatabase m_db;
    std::unique_ptr<ReusableQuery> m_insert;
    mutable std::unique_ptr<ReusableQuery> m_byNib;
};

} // namespace loket
