#include "ReusableQuery.h"

#include "WriteBehind.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QStringList>

namespace loket {

ReusableQuery::ReusableQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db), m_connection(db.connectionName()), m_sql(sql)
{
    WriteBehind::requireTurn(m_connection, sql);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        throw Error::storage(
            QCoreApplication::translate("loket::SqlQuery", "The database could not prepare a query: %1")
                .arg(m_query.lastError().text()),
            QStringLiteral("query: ") + sql.simplified());
    }
}

ReusableQuery& ReusableQuery::exec()
{
    WriteBehind::requireTurn(m_connection, m_sql);
    if (!m_query.exec()) {
        QStringList values;
        const QVariantList bound = m_query.boundValues();
        for (const QVariant& v : bound)
            values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        throw Error::storage(
            QCoreApplication::translate("loket::SqlQuery", "The database refused a change: %1")
                .arg(m_query.lastError().text()),
            QStringLiteral("query: %1; values: %2").arg(m_sql.simplified(), values.join(QLatin1String(", "))));
    }
    return *this;
}

bool ReusableQuery::next()
{
    WriteBehind::requireTurn(m_connection, m_sql);
    return m_query.next();
}

QVariant ReusableQuery::scalar()
{
    exec();
    const QVariant v = next() ? m_query.value(0) : QVariant();
    m_query.finish();
    return v;
}

} // namespace loket
