#include "SqlQuery.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace loket {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw Error::storage(QCoreApplication::translate("loket::SqlQuery", "The database could not prepare a query: %1")
                                 .arg(m_query.lastError().text()),
                             describe());
    }
}

SqlQuery& SqlQuery::bind(const QString& name, const QVariant& value)
{
    m_query.bindValue(name, value);
    m_bound.append({name, value});
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query.exec()) {
        throw Error::storage(
            QCoreApplication::translate("loket::SqlQuery", "The database refused a change: %1").arg(m_query.lastError().text()),
            describe());
    }
    return *this;
}

QVariant SqlQuery::scalar()
{
    exec();
    return next() ? value(0) : QVariant();
}

QString SqlQuery::describe() const
{
    QString text = QStringLiteral("query: ") + m_sql.simplified();
    for (const auto& [name, value] : m_bound)
        text += QStringLiteral("; %1=%2").arg(name, value.isNull() ? QStringLiteral("NULL") : value.toString());
    return text;
}

} // namespace loket
