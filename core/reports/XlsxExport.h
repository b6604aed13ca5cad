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
};

} // namespace loket
