#include "ComplaintRegisterExport.h"
#include "common/Dates.h"

#include "ComplaintLetters.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/SpreadsheetCell.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintService.h"
#include "storage/AtomicFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <xlsxwriter.h>

namespace loket::ui {

namespace {
QString csvField(const QString& s)
{
    return SpreadsheetCell::csvField(s);
}

ComplaintKind kindOf(const ComplaintFilter& f)
{
    return f.kind.value_or(ComplaintKind::Complaint);
}
} // namespace

QByteArray ComplaintRegisterExport::csv(const Context& ctx, const ComplaintFilter& filter, int* rows)
{
    ComplaintFilter f = filter;
    f.kind = kindOf(filter);
    QByteArray out = "\xEF\xBB\xBF"; // spreadsheets read UTF-8 only with the mark
    auto line = [&](const QStringList& cells) {
        QStringList fields;
        for (const QString& c : cells)
            fields << csvField(c);
        out += (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    line(ComplaintRegister::headers(*f.kind));
    const int n = ComplaintRegister::forEach(ctx, f, [&](const Complaint& c, const QString& clock) {
        line(ComplaintRegister::row(c, clock));
        return true;
    });
    if (rows)
        *rows = n;
    return out;
}

int ComplaintRegisterExport::writeCsv(const Context& ctx, const ComplaintFilter& filter, const QString& file)
{
    int n = 0;
    const QByteArray bytes = csv(ctx, filter, &n);
    // Whole or not at all, owner-only: never half a register under its name (issue 14).
    AtomicFiles files;
    files.write(file, bytes);
    files.commit();
    return n;
}

int ComplaintRegisterExport::writeXlsx(const Context& ctx, const ComplaintFilter& filter, const QString& file)
{
    ComplaintFilter f = filter;
    f.kind = kindOf(filter);
    // Written under a temporary name and renamed when complete (issue 14).
    AtomicFiles files;
    const QString temporary = files.temporaryFor(file);
    const QByteArray path = QFile::encodeName(temporary);
    lxw_workbook* wb = workbook_new(path.constData());
    if (!wb)
        throw Error::storage(tr("The Excel file %1 cannot be created.").arg(file));
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDCE6F1);
    format_set_text_wrap(bold);
    lxw_format* heading = workbook_add_format(wb);
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    const QString title = ComplaintRegister::title(*f.kind);
    lxw_worksheet* ws = workbook_add_worksheet(wb, title.left(31).toUtf8().constData());
    worksheet_write_string(ws, 0, 0, title.toUtf8().constData(), heading);
    worksheet_write_string(ws, 1, 0, ComplaintRegister::describe(f).toUtf8().constData(), nullptr);
    const QStringList headers = ComplaintRegister::headers(*f.kind);
    worksheet_write_string(ws, 3, 0, "No.", bold);
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(ws, 3, lxw_col_t(c + 1), headers[c].toUtf8().constData(), bold);
        worksheet_set_column(ws, lxw_col_t(c + 1), lxw_col_t(c + 1), c == 0 ? 22 : 18, nullptr);
    }
    worksheet_freeze_panes(ws, 4, 2);
    lxw_row_t r = 4;
    const int n = ComplaintRegister::forEach(ctx, f, [&](const Complaint& complaint, const QString& clock) {
        worksheet_write_number(ws, r, 0, double(r - 3), nullptr);
        const QStringList cells = ComplaintRegister::row(complaint, clock);
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(ws, r, lxw_col_t(c + 1), SpreadsheetCell::neutralise(cells[c]).toUtf8().constData(),
                                   nullptr);
        ++r;
        return r < 1048570; // Excel's row limit
    });
    if (workbook_close(wb) != LXW_NO_ERROR) {
        QFile::remove(temporary);
        throw Error::storage(tr("The Excel file %1 cannot be written.").arg(file));
    }
    files.adopt(temporary, file);
    files.commit();
    return n;
}

int ComplaintRegisterExport::writePdf(const Context& ctx, const ComplaintFilter& filter, const QString& file)
{
    ComplaintFilter f = filter;
    f.kind = kindOf(filter);
    const int total = ComplaintService::count(ctx, f);
    if (total > kMaxPrintedRows)
        throw Error::invalid(tr("%1 entries are too many to print (at most %2); narrow the filter or export to Excel.")
                                 .arg(total)
                                 .arg(kMaxPrintedRows));
    QString html = ComplaintLetters::style();
    html += QStringLiteral("<style>td, th { font-size: 6.5pt; padding: 2px 3px; }</style>");
    html += ComplaintLetters::letterhead(ctx.database());
    html += QStringLiteral("<p align='center' style='font-size: 12pt; font-weight: bold;'>%1</p><p>%2<br>%3</p>")
                .arg(ComplaintRegister::title(*f.kind).toHtmlEscaped(), ComplaintRegister::describe(f).toHtmlEscaped(),
                     tr("Printed %1 — %n entries", nullptr, total)
                         .arg(dates::writtenDateTime(ctx.clock().now()))
                         .toHtmlEscaped());
    // Column widths in percent after "No." (3%); numbers and dates get just enough for one line.
    const QList<int> widths = *f.kind == ComplaintKind::Suggestion
                                  ? QList<int>{10, 8, 10, 8, 22, 11, 6, 13, 9}
                                  : QList<int>{11, 7, 7, 5, 10, 7, 5, 5, 7, 6, 7, 6, 5, 7};
    html += QStringLiteral("<table width='100%' border='1' cellspacing='0'><thead><tr><th width='3%'>No.</th>");
    const QStringList headers = ComplaintRegister::headers(*f.kind);
    for (int i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th width='%1%'>%2</th>").arg(widths.value(i, 5)).arg(headers[i].toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    int n = 0;
    ComplaintRegister::forEach(ctx, f, [&](const Complaint& c, const QString& clock) {
        html += QStringLiteral("<tr><td>%1</td>").arg(++n);
        const QStringList cells = ComplaintRegister::row(c, clock);
        for (int i = 0; i < cells.size(); ++i) {
            QString cell = cells[i].toHtmlEscaped();
            if (ComplaintRegister::isCompact(*f.kind, i)) // non-breaking hyphens and spaces
                cell.replace(QLatin1Char('-'), QChar(0x2011)).replace(QLatin1Char(' '), QChar(0x00A0));
            html += QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
        return n < kMaxPrintedRows;
    });
    html += QStringLiteral("</table>");
    ComplaintLetters::writePdf(html, file, true);
    return n;
}

} // namespace loket::ui
