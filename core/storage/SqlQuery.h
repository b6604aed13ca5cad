#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>
#include <utility>

namespace loket {

// A prepared statement with named placeholders only. On failure it throws Error::storage with
// the query and the values bound to it, so a log names exactly what failed.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QString& name, const QVariant& value);
    SqlQuery& exec();
    // False after the last row; throws Error::storage when reading the next row failed (a
    // damaged page, a disk error), so a failure is never taken for the end of the rows.
    bool next();
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    QSqlQuery& raw() { return m_query; }

    // Convenience: run and return the first column of the first row (or an invalid QVariant).
    QVariant scalar();

    QString describe() const;

private:
    [[noreturn]] void fail(const QString& what);

    QSqlQuery m_query;
    QString m_connection;
    QString m_file; // the database file, to name it in a storage error
    QString m_sql;
    QVector<std::pair<QString, QVariant>> m_bound;
};

} // namespace loket
