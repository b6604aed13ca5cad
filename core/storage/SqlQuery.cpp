#include "SqlQuery.h"

#include "StorageProblem.h"
#include "WriteBehind.h"
#include "common/Error.h"
#include "common/Log.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace loket {

namespace {
// Values of these placeholders may hold personal data or secrets: the log shows their length only.
bool isPersonal(const QString& placeholder)
{
    static const QRegularExpression personal(
        QStringLiteral("name|phone|nik|npwp|mail|address|password|hash|secret|birth|note|contact|value|text|"
                       "reason|payload|before|after|detail|key_|token"),
        QRegularExpression::CaseInsensitiveOption);
    return personal.match(placeholder).hasMatch();
}

QString shown(const QString& placeholder, const QVariant& value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    const QString text = value.toString();
    if (isPersonal(placeholder) && !text.isEmpty())
        return QStringLiteral("(masked, %1 characters)").arg(text.size());
    return text.size() > 200 ? text.left(200) + QStringLiteral("... (%1 characters)").arg(text.size()) : text;
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db), m_connection(db.connectionName()), m_file(db.databaseName()), m_sql(sql)
{
    WriteBehind::requireTurn(m_connection, sql);
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(QCoreApplication::translate("loket::SqlQuery", "The database could not prepare a query: %1")
                 .arg(m_query.lastError().text()));
}

void SqlQuery::fail(const QString& what)
{
    const QSqlError e = m_query.lastError();
    qCWarning(lcStorage).noquote() << "query failed:" << e.text() << "(code" << e.nativeErrorCode() << ") |"
                                   << describe();
    // A full disk, a read-only file or a damaged page is said as such, naming the file and its disk.
    bool numeric = false;
    const int code = e.nativeErrorCode().toInt(&numeric);
    if (numeric)
        if (auto problem = StorageProblem::sqliteError(code, m_file, e.databaseText(), describe()))
            throw *problem;
    throw Error::storage(what, describe());
}

bool SqlQuery::next()
{
    WriteBehind::requireTurn(m_connection, m_sql);
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail(QCoreApplication::translate("loket::SqlQuery", "The database could not read a row: %1")
                 .arg(m_query.lastError().text()));
    return false;
}

SqlQuery& SqlQuery::bind(const QString& name, const QVariant& value)
{
    m_query.bindValue(name, value);
    m_bound.append({name, value});
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    WriteBehind::requireTurn(m_connection, m_sql);
    if (!m_query.exec())
        fail(QCoreApplication::translate("loket::SqlQuery", "The database refused a change: %1")
                 .arg(m_query.lastError().text()));
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
        text += QStringLiteral("; %1=%2").arg(name, shown(name, value));
    return text;
}

} // namespace loket
