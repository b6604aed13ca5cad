#pragma once

#include <QCoreApplication>

#include "complaints/ComplaintFilter.h"

#include <QByteArray>
#include <QString>

namespace loket {
class Context;
}

namespace loket::ui {

// Writes a filtered register (the filter's kind says which) as CSV, Excel or a printable PDF.
// The rows come from core (ComplaintRegister); this class only lays them out in a file.
class ComplaintRegisterExport
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ui::ComplaintRegisterExport)
public:
    static constexpr int kMaxPrintedRows = 5000;

    // The register as CSV bytes (UTF-8 with its mark, formulas neutralised); `rows` gets the count.
    static QByteArray csv(const Context& ctx, const ComplaintFilter& filter, int* rows);
    // Each returns the number of rows written; Error::storage when the file cannot be written.
    // Each file is written under a temporary name, owner-only, and renamed when complete.
    static int writeCsv(const Context& ctx, const ComplaintFilter& filter, const QString& file);
    static int writeXlsx(const Context& ctx, const ComplaintFilter& filter, const QString& file);
    // Landscape A4; Error::invalid when the filter leaves more than kMaxPrintedRows rows.
    static int writePdf(const Context& ctx, const ComplaintFilter& filter, const QString& file);
};

} // namespace loket::ui
