#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace loket {

// A statement prepared once and run many times (imports and demo data write millions of rows).
// Named placeholders only, like SqlQuery; a failure throws Error::storage with the query and
// the values bound to it. Unlike SqlQuery it keeps no growing list of bindings.
class ReusableQuery
{
public:
    ReusableQuery(const QSqlDatabase& db, const QString& sql);

    ReusableQuery& bind(const QString& name, const QVariant& value)
    {
        m_query.bindValue(name, value);
        return *this;
    }
    ReusableQuery& exec();
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    // Runs and returns the first column of the first row (or an invalid QVariant).
    QVariant scalar();
    void finish() { m_query.finish(); }
    QSqlRecord record() const { return m_query.record(); }

private:
    QSqlQuery m_query;
    QString m_connection;
    QString m_sql;
};

} // namespace loket
