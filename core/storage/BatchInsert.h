#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <map>

struct sqlite3;
struct sqlite3_stmt;

namespace loket {

// Queues rows for one INSERT and writes them many at a time: "VALUES (...), (...), ..." with one
// set of named placeholders per row. Running a statement costs more than the rows it writes, so
// imports and demo data write 128 rows per statement. The repository that owns the table gives
// the statement head and the row template; values never enter the SQL.
//
// The statements are SQLite's own, prepared once on the Qt connection's handle (so they take
// part in its transaction): a million-row import spends much of its time binding, and Qt's
// binding by name copies every value through QVariant lists and converts text to UTF-16 and
// back. The value types Loket passes (QString, int, qint64, bool, double, QByteArray, QDate,
// QDateTime, QTime, null) bind as Qt's SQLite driver binds them, so rows read back the same; other
// types bind as their text.
class BatchInsert
{
public:
    // One value as SQLite binds it, converted from the queued QVariant by take().
    struct Value
    {
        enum class Kind : quint8
        {
            Null,
            Integer,
            Real,
            Text,
            Blob
        };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        QByteArray bytes; // Text as UTF-8, or Blob
    };
    // Rows taken off the queue and converted, for write(): the values of each row in the order
    // its placeholders appear (a repeated placeholder appears once per place).
    struct Rows
    {
        int count = 0;
        QList<Value> values;
    };

    // head: "INSERT INTO t (a, b) VALUES"; row: "(:a, COALESCE(:b, ''))" with every placeholder
    // named in `names`, in the order add() receives the values.
    // tail: text after the list of rows, such as an upsert's "ON CONFLICT (id) DO UPDATE ...".
    BatchInsert(QSqlDatabase db, QString head, QString row, QStringList names, int rowsPerStatement = 128,
                QString tail = {});
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    // Queues a row; nothing is written before flush(), so the caller controls the order in which
    // tables are written (parents before the rows that point to them).
    void add(const QVariantList& values) { m_rows.append(values); }
    // Writes every queued row, rowsPerStatement at a time. Error::storage (naming the statement
    // and the first values) when the database refuses a row; the queue is then empty.
    void flush();
    // flush() in two halves, so another thread can write what this one queued and converted
    // (WriteBehind): take() empties the queue; write() binds and runs the statements. While rows
    // are written, the thread that queues may only add() and take().
    Rows take();
    void write(const Rows& rows);
    int pending() const { return int(m_rows.size()); }
    // Rows the statements written so far inserted or updated (an upsert that kept a row counts 0).
    qint64 changes() const { return m_changes; }

private:
    struct Statement
    {
        sqlite3_stmt* stmt = nullptr;
        QString sql;
    };
    Statement& statementFor(int rows);
    void bind(Statement& s, int index, const Value& value);
    [[noreturn]] void fail(const Statement& s, const Rows& rows, int start, int count, const QString& message);

    QSqlDatabase m_db;
    sqlite3* m_handle = nullptr;
    QString m_head;
    QStringList m_names;
    QStringList m_pieces;     // the row template's text before each placeholder
    QList<int> m_occurrences; // for each placeholder in the template: the index of its value
    QString m_tail;
    QString m_statementTail;
    int m_rowsPerStatement;
    qint64 m_changes = 0;
    QList<QVariantList> m_rows;
    std::map<int, Statement> m_statements;
};

} // namespace loket
