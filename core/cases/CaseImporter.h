#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

class Context;

struct CaseImportProblem
{
    int line = 0;   // file line (the header is line 1)
    QString column; // CSV column name; empty for the whole row or file
    QString message;
};

struct CaseImportSummary
{
    int rows = 0;
    int registered = 0; // complete files (clock started)
    int returned = 0;   // incomplete files
    int applicantsCreated = 0;
    int businessesCreated = 0;
    QString firstNumber;
    QString lastNumber;
    QList<CaseImportProblem> problems;
    bool written = false; // false whenever there is a problem: nothing was written
};

// Migration from the spreadsheets offices keep today (columns in docs/CSV-IMPORT.md). The file is
// read, checked and written in batches of rows inside one transaction, so memory stays bounded
// whatever its size; every bad row is reported by line and column, and a file with any bad row
// writes nothing (the transaction is rolled back). A good file is committed with one audit entry.
// Needs Permission::RegisterCase.
class CaseImporter
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseImporter)
public:
    static const QStringList& columns();
    static const QStringList& requiredColumns();
    // Indonesian header names accepted for the columns ("nama_pemohon" for applicant_name, ...).
    static const QHash<QString, QString>& aliases();

    static CaseImportSummary importCsv(const Context& ctx, const QByteArray& data, const QString& sourceName);
    // `encoding`: empty for UTF-8 (refused naming the line when it is not), else its name
    // (TextDecoding).
    static CaseImportSummary importFile(const Context& ctx, const QString& path, const QString& encoding = {});
};

} // namespace loket
