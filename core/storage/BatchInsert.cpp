#include "BatchInsert.h"

#include "Database.h"
#include "WriteBehind.h"
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
        throw Error::storage(
            QCoreApplication::translate("loket::SqlQuery", "The database could not prepare a query: %1").arg(message),
            QStringLiteral("query: ") + head);
    }
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
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime*>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(v.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime*>(v.constData())->isNull();
    default:
        return false;
    }
}

// The value types Loket passes bind as Qt's SQLite driver binds them; other types as their text.
BatchInsert::Value toValue(const QVariant& v)
{
    using Kind = BatchInsert::Value::Kind;
    BatchInsert::Value out;
    if (isSqlNull(v))
        return out;
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        out.kind = Kind::Integer;
        out.integer = v.toLongLong();
        return out;
    case QMetaType::Double:
    case QMetaType::Float:
        out.kind = Kind::Real;
        out.real = v.toDouble();
        return out;
    case QMetaType::QByteArray:
        out.kind = Kind::Blob;
        out.bytes = *static_cast<const QByteArray*>(v.constData());
        return out;
    case QMetaType::QDateTime:
        out.bytes = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QTime:
        out.bytes = v.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8();
        break;
    case QMetaType::QString:
        out.bytes = static_cast<const QString*>(v.constData())->toUtf8();
        break;
    default:
        out.bytes = v.toString().toUtf8();
        break;
    }
    out.kind = Kind::Text;
    return out;
}

QString describe(const BatchInsert::Value& v)
{
    using Kind = BatchInsert::Value::Kind;
    switch (v.kind) {
    case Kind::Null:
        return QStringLiteral("NULL");
    case Kind::Integer:
        return QString::number(v.integer);
    case Kind::Real:
        return QString::number(v.real);
    case Kind::Text:
    case Kind::Blob:
        return QString::fromUtf8(v.bytes);
    }
    return {};
}
} // namespace

void BatchInsert::flush()
{
    WriteBehind::requireTurn(m_db.connectionName(), m_head);
    write(take());
}

BatchInsert::Rows BatchInsert::take()
{
    Rows rows;
    rows.count = int(m_rows.size());
    rows.values.reserve(rows.count * m_occurrences.size());
    static const QVariant none;
    // Many rows carry the same text in the same place (the time of the import, the workstation):
    // converted once per lot, by the text each place held in the row before.
    struct Last
    {
        const QChar* text = nullptr;
        qsizetype size = -1;
        Value value;
    };
    QList<Last> last(m_occurrences.size());
    for (const QVariantList& row : std::as_const(m_rows)) {
        for (qsizetype j = 0; j < m_occurrences.size(); ++j) {
            const int at = m_occurrences[j];
            const QVariant& v = at >= 0 && at < row.size() ? row.at(at) : none;
            const QString* text =
                v.typeId() == QMetaType::QString && !v.isNull() ? static_cast<const QString*>(v.constData()) : nullptr;
            Last& before = last[j];
            if (text && !text->isNull() && text->constData() == before.text && text->size() == before.size) {
                rows.values.append(before.value);
                continue;
            }
            rows.values.append(toValue(v));
            if (text && !text->isNull())
                before = {text->constData(), text->size(), rows.values.constLast()};
        }
    }
    m_rows.clear();
    return rows;
}

// Text and blobs are bound without SQLite copying them (SQLITE_STATIC): they live in `rows` until
// the statement has run. An import binds millions of values, and each copy had been a malloc, a
// memcpy and a free inside SQLite.
void BatchInsert::bind(Statement& s, int index, const Value& value)
{
    switch (value.kind) {
    case Value::Kind::Null:
        sqlite3_bind_null(s.stmt, index);
        return;
    case Value::Kind::Integer:
        sqlite3_bind_int64(s.stmt, index, value.integer);
        return;
    case Value::Kind::Real:
        sqlite3_bind_double(s.stmt, index, value.real);
        return;
    case Value::Kind::Blob:
        sqlite3_bind_blob64(s.stmt, index, value.bytes.constData(), sqlite3_uint64(value.bytes.size()), SQLITE_STATIC);
        return;
    case Value::Kind::Text:
        sqlite3_bind_text64(s.stmt, index, value.bytes.constData(), sqlite3_uint64(value.bytes.size()), SQLITE_STATIC,
                            SQLITE_UTF8);
        return;
    }
}

void BatchInsert::write(const Rows& rows)
{
    const int perRow = int(m_occurrences.size());
    for (int start = 0; start < rows.count; start += m_rowsPerStatement) {
        const int count = std::min(m_rowsPerStatement, rows.count - start);
        Statement& s = statementFor(count);
        const Value* values = rows.values.constData() + qsizetype(start) * perRow;
        for (int i = 0; i < count * perRow; ++i)
            bind(s, i + 1, values[i]);
        const int rc = sqlite3_step(s.stmt);
        if (rc != SQLITE_DONE)
            fail(s, rows, start, count, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        m_changes += sqlite3_changes64(m_handle);
        sqlite3_reset(s.stmt);
        sqlite3_clear_bindings(s.stmt); // no binding may outlive the text it points to
    }
}

void BatchInsert::fail(const Statement& s, const Rows& rows, int start, int count, const QString& message)
{
    // The statement holds up to 128 rows: the detail keeps the start of the query and the first
    // values, enough to find the row without flooding the log.
    constexpr int maxQuery = 400;
    constexpr int maxValues = 40;
    QString sql = s.sql.simplified();
    if (sql.size() > maxQuery)
        sql = sql.left(maxQuery) + QStringLiteral(" … (%1 characters)").arg(s.sql.size());
    const qsizetype perRow = m_occurrences.size();
    const qsizetype first = start * perRow;
    const qsizetype total = count * perRow;
    QStringList values;
    for (qsizetype i = 0; i < std::min<qsizetype>(total, maxValues); ++i)
        values << describe(rows.values.at(first + i));
    if (total > maxValues)
        values << QStringLiteral("… (%1 more)").arg(total - maxValues);
    sqlite3_reset(s.stmt);
    sqlite3_clear_bindings(s.stmt);
    throw Error::storage(
        QCoreApplication::translate("loket::SqlQuery", "The database refused a change: %1").arg(message),
        QStringLiteral("query: %1; values: %2").arg(sql, values.join(QLatin1String(", "))));
}

} // namespace loket
