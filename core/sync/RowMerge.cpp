#include "RowMerge.h"

#include "common/Error.h"
#include "storage/SqlQuery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <tuple>

namespace loket {

namespace {
const QStringList& officeTables()
{
    static const QStringList tables{
        QStringLiteral("users"),
        QStringLiteral("training_records"),
        QStringLiteral("staff_competences"),
        QStringLiteral("applicants"),
        QStringLiteral("businesses"),
        QStringLiteral("cases"),
        QStringLiteral("case_checklist"),
        QStringLiteral("case_documents"),
        QStringLiteral("case_events"),
        QStringLiteral("case_clock_events"),
        QStringLiteral("registration_sequences"),
        QStringLiteral("receipt_prints"),
        QStringLiteral("receipts"),
        QStringLiteral("receipt_keys"),
        QStringLiteral("complaints"),
        QStringLiteral("complaint_review_steps"),
        QStringLiteral("complaint_escalations"),
        QStringLiteral("complaint_attachments"),
        QStringLiteral("survey_responses"),
        QStringLiteral("conflict_resolutions"),
        QStringLiteral("settings"),
    };
    return tables;
}

// Columns only this workstation computes (replays, overridden marks): never taken from a row.
bool isDerived(const QString& table, const QString& column)
{
    // The stored SLA figures of a case (schema 14) are computed by each replica for itself.
    static const QStringList figures{
        QStringLiteral("clock_started"), QStringLiteral("clock_used"),      QStringLiteral("paused_on"),
        QStringLiteral("risk_from"),     QStringLiteral("due_unconfirmed"), QStringLiteral("stopped_on"),
        QStringLiteral("clock_met"),     QStringLiteral("stage_due_date"),  QStringLiteral("figures_basis")};
    if (table == QLatin1String("cases"))
        return figures.contains(column);
    return table == QLatin1String("case_events") && column == QLatin1String("overridden");
}

QVariant valueOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = qint64(d);
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString();
}

// The rule every replica applies: row version, then update time, then workstation code.
auto rank(const QVariant& version, const QVariant& updated, const QVariant& ws)
{
    return std::make_tuple(version.toLongLong(), updated.toString(), ws.toString());
}
} // namespace

bool RowMerge::isOfficeTable(const QString& table)
{
    return officeTables().contains(table);
}

int RowMerge::tableRank(const QString& table)
{
    return int(officeTables().indexOf(table));
}

QStringList RowMerge::columnsOf(const QString& table, const QJsonObject& row)
{
    QStringList names;
    for (const QString& c : columns(table))
        if (row.contains(c))
            names << c;
    return names;
}

BatchInsert& RowMerge::upsert(const QString& table, const QStringList& names)
{
    const QString key = table + QLatin1Char('|') + names.join(QLatin1Char(','));
    auto it = m_upserts.find(key);
    if (it != m_upserts.end())
        return *it->second;
    QStringList params;
    QStringList sets;
    for (const QString& n : names) {
        params << QLatin1Char(':') + n;
        if (n != QLatin1String("id"))
            sets << QStringLiteral("%1 = excluded.%1").arg(n);
    }
    // The same rule as rank(): a stored row is replaced only by one that ranks higher.
    const QString rule =
        QStringLiteral(
            "(COALESCE(excluded.row_version, 0), COALESCE(excluded.updated_at, ''), COALESCE(excluded.workstation, "
            "'')) > "
            "(COALESCE(\"%1\".row_version, 0), COALESCE(\"%1\".updated_at, ''), COALESCE(\"%1\".workstation, ''))")
            .arg(table);
    // `table` is one of the fixed names above; columns come from the local schema.
    auto batch = std::make_unique<BatchInsert>(
        m_db, QStringLiteral("INSERT INTO \"%1\" (%2) VALUES").arg(table, names.join(QStringLiteral(", "))),
        QLatin1Char('(') + params.join(QStringLiteral(", ")) + QLatin1Char(')'), params, 64,
        QStringLiteral("ON CONFLICT (id) DO UPDATE SET %1 WHERE %2").arg(sets.join(QStringLiteral(", ")), rule));
    return *m_upserts.emplace(key, std::move(batch)).first->second;
}

qint64 RowMerge::applyMany(const QString& table, const QList<QJsonObject>& rows)
{
    if (rows.isEmpty() || !isOfficeTable(table) || table == QLatin1String("settings"))
        return -1;
    const QStringList names = columnsOf(table, rows.first());
    BatchInsert& batch = upsert(table, names);
    for (const QJsonObject& row : rows) {
        QVariantList values;
        values.reserve(names.size());
        for (const QString& n : names)
            values << valueOf(row.value(n));
        batch.add(values);
    }
    const qint64 before = batch.changes();
    // One statement: SQLite undoes all of it when it fails, so the rows can be tried one by one.
    SqlQuery(m_db, QStringLiteral("SAVEPOINT apply_many")).exec();
    try {
        batch.flush();
    } catch (const Error&) {
        SqlQuery(m_db, QStringLiteral("ROLLBACK TO apply_many")).exec();
        SqlQuery(m_db, QStringLiteral("RELEASE apply_many")).exec();
        return -1;
    }
    SqlQuery(m_db, QStringLiteral("RELEASE apply_many")).exec();
    return batch.changes() - before;
}

bool RowMerge::isOfficeSetting(const QString& key)
{
    if (key == QLatin1String("office.secret") || key == QLatin1String("office.code"))
        return false;
    for (const char* prefix : {"office.", "numbering.", "receipt.", "complaints.", "survey.", "sla."})
        if (key.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

const QStringList& RowMerge::columns(const QString& table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        SqlQuery q(m_db, QStringLiteral("SELECT name FROM pragma_table_info(:t)"));
        q.bind(QStringLiteral(":t"), table).exec();
        QStringList names;
        while (q.next())
            if (!isDerived(table, q.value(0).toString()))
                names << q.value(0).toString();
        it = m_columns.insert(table, names);
    }
    return *it;
}

QSqlQuery& RowMerge::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            throw Error::storage(QStringLiteral("cannot prepare: ") + q->lastError().text(), sql);
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

MergeOutcome RowMerge::write(const QString& sql, const QStringList& names, const QJsonObject& row, QString* why)
{
    QSqlQuery& q = prepared(sql);
    // `names` are in the order of the placeholders: positional binding skips Qt's lookup by name.
    for (qsizetype i = 0; i < names.size(); ++i)
        q.bindValue(int(i), valueOf(row.value(names.at(i))));
    if (q.exec()) {
        q.finish();
        return MergeOutcome::Applied;
    }
    const QString text = q.lastError().text();
    if (why)
        *why = text;
    if (text.contains(QLatin1String("FOREIGN KEY")))
        return MergeOutcome::Waiting;
    if (text.contains(QLatin1String("constraint")))
        return MergeOutcome::Refused;
    throw Error::storage(QStringLiteral("cannot apply a received row: ") + text, sql);
}

MergeOutcome RowMerge::apply(const QString& table, const QJsonObject& row, const QString& reference, QString* why)
{
    if (!isOfficeTable(table))
        return MergeOutcome::Skipped;
    if (table == QLatin1String("settings"))
        return applySetting(row, reference, why);
    // `table` is one of the fixed names above; columns come from the local schema.
    QSqlQuery& local =
        prepared(QStringLiteral("SELECT row_version, updated_at, workstation FROM \"%1\" WHERE id = :id").arg(table));
    local.bindValue(QStringLiteral(":id"), row.value(QStringLiteral("id")).toString());
    if (!local.exec())
        throw Error::storage(QStringLiteral("cannot read a row to merge: ") + local.lastError().text(), table);
    const QStringList names = columnsOf(table, row);
    const bool exists = local.next();
    const auto mine = exists ? rank(local.value(0), local.value(1), local.value(2)) : decltype(rank({}, {}, {})){};
    local.finish();
    if (!exists) {
        QStringList params;
        for (const QString& n : names)
            params << QLatin1Char(':') + n;
        return write(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                         .arg(table, names.join(QStringLiteral(", ")), params.join(QStringLiteral(", "))),
                     names, row, why);
    }
    if (rank(valueOf(row.value(QStringLiteral("row_version"))), valueOf(row.value(QStringLiteral("updated_at"))),
             valueOf(row.value(QStringLiteral("workstation")))) <= mine)
        return MergeOutcome::Kept;
    QStringList sets;
    QStringList order;
    for (const QString& n : names)
        if (n != QLatin1String("id")) {
            sets << QStringLiteral("%1 = :%1").arg(n);
            order << n;
        }
    order << QStringLiteral("id");
    return write(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = :id").arg(table, sets.join(QStringLiteral(", "))),
                 order, row, why);
}

MergeOutcome RowMerge::applySetting(const QJsonObject& row, const QString& reference, QString* why)
{
    const QString key = row.value(QStringLiteral("key")).toString();
    if (!isOfficeSetting(key) || reference.isEmpty() ||
        row.value(QStringLiteral("workstation")).toString() != reference)
        return MergeOutcome::Skipped;
    SqlQuery local(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    const QVariant current = local.bind(QStringLiteral(":key"), key).scalar();
    const QString value = row.value(QStringLiteral("value")).toString();
    if (current.isValid() && current.toString() == value)
        return MergeOutcome::Kept;
    // Settings rows have an id per workstation; the key is what is shared.
    if (current.isValid())
        return write(QStringLiteral("UPDATE settings SET value = :value, updated_at = :updated_at, workstation = "
                                    ":workstation, row_version = row_version + 1 WHERE key = :key"),
                     {QStringLiteral("value"), QStringLiteral("updated_at"), QStringLiteral("workstation"),
                      QStringLiteral("key")},
                     row, why);
    return write(
        QStringLiteral("INSERT INTO settings (key, value, id, created_at, updated_at, workstation, row_version) "
                       "VALUES (:key, :value, :id, :created_at, :updated_at, :workstation, :row_version)"),
        {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("id"), QStringLiteral("created_at"),
         QStringLiteral("updated_at"), QStringLiteral("workstation"), QStringLiteral("row_version")},
        row, why);
}

} // namespace loket
