#include "BatchInsert.h"

#include <QRegularExpression>
#include <algorithm>

namespace loket {

BatchInsert::BatchInsert(QSqlDatabase db, QString head, QString row, QStringList names, int rowsPerStatement)
    : m_db(std::move(db)), m_head(std::move(head)), m_names(std::move(names)), m_rowsPerStatement(rowsPerStatement)
{
    // Every occurrence of a placeholder gets a name of its own (":p3_17"): when a name repeats,
    // Qt's SQLite driver matches values to names one by one, which is quadratic in a long statement.
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
    for (int r = 0; r < m_rowsPerStatement; ++r) {
        QStringList names;
        for (int j = 0; j < m_occurrences.size(); ++j)
            names << QStringLiteral(":p%1_%2").arg(j).arg(r);
        m_placeholders.append(names);
    }
}

BatchInsert::~BatchInsert() = default;

ReusableQuery& BatchInsert::statementFor(int rows)
{
    std::unique_ptr<ReusableQuery>& q = m_statements[rows];
    if (!q) {
        QStringList tuples;
        for (int r = 0; r < rows; ++r) {
            QString tuple;
            for (int j = 0; j < m_occurrences.size(); ++j)
                tuple += m_pieces[j] + m_placeholders[r][j];
            tuples << tuple + m_tail;
        }
        q = std::make_unique<ReusableQuery>(m_db, m_head + QLatin1Char(' ') + tuples.join(QStringLiteral(", ")));
    }
    return *q;
}

void BatchInsert::flush()
{
    for (int start = 0; start < m_rows.size(); start += m_rowsPerStatement) {
        const int count = std::min(m_rowsPerStatement, int(m_rows.size()) - start);
        ReusableQuery& q = statementFor(count);
        for (int r = 0; r < count; ++r) {
            const QVariantList& values = m_rows[start + r];
            const QStringList& names = m_placeholders[r];
            for (int j = 0; j < names.size(); ++j)
                q.bind(names[j], values.value(m_occurrences[j]));
        }
        q.exec();
    }
    m_rows.clear();
}

} // namespace loket
