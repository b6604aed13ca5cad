#pragma once

#include "storage/BatchInsert.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>

namespace loket {

// What became of one received row.
enum class MergeOutcome
{
    Applied, // written here
    Kept,    // this workstation already has the same or a newer version
    Waiting, // a record it points to has not arrived yet: try again after the next rows
    Refused, // a rule of this database refuses it (reason given)
    Skipped, // not office-wide data (the reference data, a PC's own setting)
};

// Writes a row received from another workstation into the local table with the office's rule:
// the higher row version wins; equal versions go to the later update time, then the higher
// workstation code, so every replica keeps the same row whatever order rows arrive in.
class RowMerge
{
public:
    explicit RowMerge(QSqlDatabase db) : m_db(std::move(db)) {}

    // Tables whose rows belong to the office and travel between workstations. The calendar,
    // catalogue and KBLI codes come only from the reference workstation (ReferencePull).
    static bool isOfficeTable(const QString& table);
    // Settings every counter of the office shares (office name and address, numbering, complaint
    // rules); the rest (sync target, backup folder, the workstation code) is each PC's own.
    static bool isOfficeSetting(const QString& key);

    // `referenceWorkstation` decides whose office-wide settings count.
    MergeOutcome apply(const QString& table, const QJsonObject& row, const QString& referenceWorkstation,
                       QString* why = nullptr);

    // Rows of one office table (not settings), all with the same columns, written with the same rule
    // as apply() in statements of many rows. Returns how many were inserted or updated, or -1 when
    // the database refused the statement (a parent not here yet, a rule): then nothing of it was
    // written, and apply() one row at a time tells which row and why.
    qint64 applyMany(const QString& table, const QList<QJsonObject>& rows);
    // Where a table's rows go in a batch sorted parents first (-1: not an office table).
    static int tableRank(const QString& table);
    // The row's columns this database has, in the order the statements bind them.
    QStringList columnsOf(const QString& table, const QJsonObject& row);

private:
    const QStringList& columns(const QString& table);
    MergeOutcome applySetting(const QJsonObject& row, const QString& referenceWorkstation, QString* why);
    MergeOutcome write(const QString& sql, const QStringList& names, const QJsonObject& row, QString* why);

    QSqlQuery& prepared(const QString& sql);
    BatchInsert& upsert(const QString& table, const QStringList& names);

    QSqlDatabase m_db;
    QHash<QString, QStringList> m_columns;
    // Statements prepared once per table and column set: a first pull writes hundreds of
    // thousands of rows.
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::map<QString, std::unique_ptr<BatchInsert>> m_upserts;
};

} // namespace loket
