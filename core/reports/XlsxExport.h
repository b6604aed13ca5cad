#pragma once

#include "ReportTable.h"

namespace loket {

// Writes report tables to an Excel workbook (libxlsxwriter), one sheet per table, with a bold
// header row, numbers as numbers and dates as dates. Throws Error::storage when the file
// cannot be written.
class XlsxExport
{
public:
    static void write(const QString& file, const QString& title, const QList<ReportTable>& tables);
    // "N name": the table's number and as many whole words of its name as Excel's 31 characters
    // allow (no []:*?/\\).
    static QString sheetName(const QString& name, int index);
};

} // namespace loket
