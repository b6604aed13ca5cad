#include "BatchInsert.h"

#include "Database.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <sqlite3.h>

namespace loket {

BatchInsert::BatchInsert(QSqlDatabase db, QString head, QString row, QStringList names, int rowsPerStatement,
                         QString tail)
    : m_db(std::move(db)), m_head(std::move(head)), m_names(std::move(names)), m_statementTail(std::move(tail)),
      m_rowsPerStatement(rowsPerStatement)
{
    m_handle = Database::sqliteHandleOf(m_db);
    if (!m_handle)
        throw Error::storage(QCoreApplication::translate("loket::SqlQuery", "The database connection is not open."),
                             m_head);
    // Every occurrence of a placeholder gets a number of its own, so a name that repeats in the
    // template still binds its value at each place.
    static const QRegularExpression placeholder(QStringLiteral(":[A-Za-z_][A-Za-z0-9_]*"));
    qsizetype last = 0;
    auto it = placeholder.globalMatch(row);
    while (it.hasNext()) {
        const auto m = it.next();
        m_pieces << row.mid(last, m.capturedStart() - last);
        m_occurrences << int(m_names.indexOf(m.captured(0)));
        last = m.capturedEnd();
    }
    m_tail = row.mid(last);
}

BatchInsert::~BatchInsert()
{
    for (auto& [rows, s] : m_statements)
        sqlite3_finalize(s.stmt);
}

BatchInsert::Statement& BatchInsert::statementFor(int rows)
{
    Statement& s = m_statements[rows];
    if (s.stmt)
        return s;
    // Bare "?" parameters, numbered 1, 2, ... in the order they appear: the index to bind is
    // known without asking SQLite. Names, and numbered ones ("?17") too, are looked up in a list
    // of every name while the statement is prepared, which made a thousand values quadratic.
    QStringList tuples;
    const int perRow = int(m_occurrences.size());
    for (int r = 0; r < rows; ++r) {
        QString tuple;
        for (int j = 0; j < perRow; ++j)
            tuple += m_pieces[j] + QLatin1Char('?');
        tuples << tuple + m_tail;
    }
    s.sql = m_head + QLatin1Char(' ') + tuples.join(QStringLiteral(", "));
    if (!m_statementTail.isEmpty())
        s.sql += QLatin1Char(' ') + m_statementTail;
    const QByteArray utf8 = s.sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s.stmt, nullptr) !=
        SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(s.stmt);
        s.stmt = nullptr;
        const QString head = s.sql.left(400);
        m_statements.erase(rows);
        m_rows.clear(); // as after a refused row: the queue is empty whatever failed
        throw Error::storage(
            QCoreApplication::translate("loket::SqlQuery", "The database could not prepare a query: %1").arg(message),
            QStringLiteral("query: ") + head);
    }
    for (int i = 0; i < rows * perRow; ++i)
        s.parameter << i + 1;
    return s;
}

namespace {
// As Qt's drivers decide (QSqlResultPrivate::isVariantNull): a null string, date or byte array
// is SQL NULL, although QVariant::isNull() says otherwise since Qt 6.
bool isSqlNull(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime: return static_cast<const QDateTime*>(v.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate*>(v.constData())->isNull();
    case QMetaType::QTime: return static_cast<const QTime*>(v.constData())->isNull();
    default: return false;
    }
}
} // namespace

// Text and blobs are bound without SQLite copying them (SQLITE_STATIC): a blob lives in the queued
// row and a text's UTF-8 in m_texts, both until the statement has run. An import binds millions
// of values, and each copy had been a malloc, a memcpy and a free inside SQLite.
void BatchInsert::bind(Statement& s, int index, const QVariant& value)
{
    if (isSqlNull(value)) {
        sqlite3_bind_null(s.stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        sqlite3_bind_int64(s.stmt, index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(s.stmt, index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray* b = static_cast<const QByteArray*>(value.constData());
        sqlite3_bind_blob64(s.stmt, index, b->constData(), sqlite3_uint64(b->size()), SQLITE_STATIC);
        return;
    }
    case QMetaType::QDateTime:
        m_texts.append(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        break;
    case QMetaType::QTime:
        m_texts.append(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8());
        break;
    case QMetaType::QString:
        m_texts.append(static_cast<const QString*>(value.constData())->toUtf8());
        break;
    default:
        m_texts.append(value.toString().toUtf8());
        break;
    }
    const QByteArray& t = m_texts.constLast();
    sqlite3_bind_text64(s.stmt, index, t.constData(), sqlite3_uint64(t.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void BatchInsert::flush()
{
    for (int start = 0; start < m_rows.size(); start += m_rowsPerStatement) {
        const int count = std::min(m_rowsPerStatement, int(m_rows.size()) - start);
        Statement& s = statementFor(count);
        const qsizetype perRow = m_occurrences.size();
        static const QVariant none;
        m_texts.reserve(count * perRow);
        for (int r = 0; r < count; ++r) {
            const QVariantList& values = m_rows[start + r];
            for (qsizetype j = 0; j < perRow; ++j) {
                const int at = m_occurrences[j];
                bind(s, s.parameter[r * perRow + j], at >= 0 && at < values.size() ? values.at(at) : none);
            }
        }
        const int rc = sqlite3_step(s.stmt);
        if (rc != SQLITE_DONE)
            fail(s, start, count, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        m_changes += sqlite3_changes64(m_handle);
        sqlite3_reset(s.stmt);
        sqlite3_clear_bindings(s.stmt); // no binding may outlive the text it points to
        m_texts.clear();
    }
    m_rows.clear();
}

void BatchInsert::fail(const Statement& s, int start, int count, const QString& message)
{
    // The statement holds up to 128 rows: the detail keeps the start of the query and the first
    // values, enough to find the row without flooding the log.
    constexpr int maxQuery = 400;
    constexpr int maxValues = 40;
    QString sql = s.sql.simplified();
    if (sql.size() > maxQuery)
        sql = sql.left(maxQuery) + QStringLiteral(" … (%1 characters)").arg(s.sql.size());
    QStringList values;
    int total = 0;
    for (int r = start; r < start + count; ++r) {
        for (int j : m_occurrences) {
            const QVariant v = m_rows[r].value(j);
            if (total++ < maxValues)
                values << (isSqlNull(v) ? QStringLiteral("NULL") : v.toString());
        }
    }
    if (total > maxValues)
        values << QStringLiteral("… (%1 more)").arg(total - maxValues);
    sqlite3_reset(s.stmt);
    sqlite3_clear_bindings(s.stmt);
    m_rows.clear();
    m_texts.clear();
    throw Error::storage(QCoreApplication::translate("loket::SqlQuery", "The database refused a change: %1").arg(message),
                         QStringLiteral("query: %1; values: %2").arg(sql, values.join(QLatin1String(", "))));
}

} // namespace loket
