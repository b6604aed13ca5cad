#pragma once

#include "ReusableQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <map>
#include <memory>

namespace loket {

// Queues rows for one INSERT and writes them many at a time: "VALUES (...), (...), ..." with one
// set of named placeholders per row. Running a statement costs more than
// the rows it writes, so imports and demo data write 128 rows per statement. The repository that
// owns the table gives the statement head and the row template; values never enter the SQL.
class BatchInsert
{
public:
    // head: "INSERT INTO t (a, b) VALUES"; row: "(:a, COALESCE(:b, ''))" with every placeholder
    // named in `names`, in the order add() receives the values.
    BatchInsert(QSqlDatabase db, QString head, QString row, QStringList names, int rowsPerStatement = 128);
    ~BatchInsert();

    // Queues a row; nothing is written before flush(), so the caller controls the order in which
    // tables are written (parents before the rows that point to them).
    void add(const QVariantList& values) { m_rows.append(values); }
    // Writes every queued row, rowsPerStatement at a time.
    void flush();
    int pending() const { return int(m_rows.size()); }

private:
    ReusableQuery& statementFor(int rows);

    QSqlDatabase m_db;
    QString m_head;
    QStringList m_names;
    QStringList m_pieces;     // the row template's text before each placeholder
    QList<int> m_occurrences; // for each placeholder in the template: the index of its value
    QString m_tail;
    int m_rowsPerStatement;
    QList<QVariantList> m_rows;
    QList<QStringList> m_placeholders; // per row index: the placeholder of each occurrence
    std::map<int, std::unique_ptr<ReusableQuery>> m_statements;
};

} // namespace loket
