#pragma once

#include <QCoreApplication>

#include "Complaint.h"
#include "ComplaintService.h"
#include "common/CsvReader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

class Context;

// One bad row of an import: the line of the file and the column at fault.
struct ComplaintImportProblem
{
    int line = 0;
    QString field;
    QString message; // translated
};

struct ComplaintImportResult
{
    QList<Complaint> imported; // empty when any row was bad: all rows or none
    QList<ComplaintImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Imports complaints from CSV (docs/CSV-IMPORT.md, "Complaints"). Every row is checked and
// triaged first; only when all are good are they written, in one transaction.
// Needs Permission::RegisterComplaint.
class ComplaintCsvImport
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintCsvImport)
public:
    explicit ComplaintCsvImport(const Context& ctx) : m_ctx(ctx) {}

    // Column keys in the documented order, and the required ones.
    static QStringList columns();
    static QStringList requiredColumns();

    // `encoding`: empty for UTF-8 (refused naming the line when it is not), else its name
    // (TextDecoding).
    ComplaintImportResult importFile(const QString& path, const QString& encoding = {});
    ComplaintImportResult importData(const QByteArray& data);

private:
    // Column keys by position; problems of the header line (unknown, repeated, missing columns).
    static QHash<QString, int> headerIndex(const CsvRecord& header, QList<ComplaintImportProblem>& problems);
    // One row as an intake; std::nullopt with its problem when the row cannot be read.
    static std::optional<ComplaintIntake> rowIntake(const CsvRecord& rec, qsizetype headerSize,
                                                    const QHash<QString, int>& index,
                                                    QList<ComplaintImportProblem>& problems);

    const Context& m_ctx;
};

} // namespace loket
