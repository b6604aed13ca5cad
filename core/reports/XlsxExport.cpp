#include "XlsxExport.h"

#include "common/Error.h"
#include "common/SpreadsheetCell.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <xlsxwriter.h>

namespace loket {

namespace {
constexpr int kSheetLimit = 31; // Excel's limit for a sheet name
} // namespace

QString XlsxExport::sheetName(const QString& name, int index)
{
    QString text = name;
    for (QChar c : {QLatin1Char('['), QLatin1Char(']'), QLatin1Char(':'), QLatin1Char('*'), QLatin1Char('?'),
                    QLatin1Char('/'), QLatin1Char('\\')})
        text.replace(c, QLatin1Char(' '));
    // Whole words only: a name cut in the middle of a word reads as a typo on the tab.
    const QString number = QString::number(index + 1);
    QString out;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString next = out.isEmpty() ? word : out + QLatin1Char(' ') + word;
        if (number.size() + 1 + next.size() > kSheetLimit)
            break;
        out = next;
    }
    if (out.isEmpty()) // one word longer than the limit: its start
        out = text.trimmed().left(kSheetLimit - number.size() - 1).trimmed();
    if (out.isEmpty())
        out = QStringLiteral("Sheet");
    return number + QLatin1Char(' ') + out;
}

void XlsxExport::write(const QString& file, const QString& title, const QList<ReportTable>& tables)
{
    const QByteArray path = QFile::encodeName(file);
    lxw_workbook* wb = workbook_new(path.constData());
    if (!wb)
        throw Error::storage(QCoreApplication::translate("loket::XlsxExport", "Cannot create the Excel file %1.").arg(file));
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDCE6F1);
    lxw_format* heading = workbook_add_format(wb);
    format_set_bold(heading);
    format_set_font_size(heading, 13);
    lxw_format* dateFormat = workbook_add_format(wb);
    format_set_num_format(dateFormat, "dd-mm-yyyy");

    for (int t = 0; t < tables.size(); ++t) {
        const ReportTable& table = tables[t];
        const QByteArray sheet = sheetName(table.sheet.isEmpty() ? table.title : table.sheet, t).toUtf8();
        lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.constData());
        worksheet_write_string(ws, 0, 0, (title + QStringLiteral(" — ") + table.title).toUtf8().constData(), heading);
        for (int c = 0; c < table.headers.size(); ++c) {
            worksheet_write_string(ws, 2, lxw_col_t(c), table.headers[c].toUtf8().constData(), bold);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 34 : 16, nullptr);
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList& row = table.rows[r];
            for (int c = 0; c < row.size(); ++c) {
                const QVariant& v = row[c];
                const lxw_row_t rr = lxw_row_t(r + 3);
                const lxw_col_t cc = lxw_col_t(c);
                switch (v.typeId()) {
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Double:
                    worksheet_write_number(ws, rr, cc, v.toDouble(), nullptr);
                    break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, rr, cc, &dt, dateFormat);
                    break;
                }
                default:
                    worksheet_write_string(ws, rr, cc, SpreadsheetCell::neutralise(v.toString()).toUtf8().constData(),
                                           nullptr);
                }
            }
        }
    }
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR)
        throw Error::storage(QCoreApplication::translate("loket::XlsxExport", "Cannot write the Excel file %1: %2")
                                 .arg(file, QString::fromUtf8(lxw_strerror(err))));
}

} // namespace loket
