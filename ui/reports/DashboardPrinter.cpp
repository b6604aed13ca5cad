#include "DashboardPrinter.h"

#include "common/UiContext.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>

namespace loket::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("loket::ui", text);
}
} // namespace

bool DashboardPrinter::writePdf(UiContext& ui, const SlaSnapshot& snapshot, const QString& file)
{
    QPdfWriter pdf(file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(120);
    pdf.setTitle(tr("SLA dashboard %1").arg(snapshot.today.toString(Qt::ISODate)));
    paint(ui, snapshot, pdf);
    return true;
}

void DashboardPrinter::paint(UiContext& ui, const SlaSnapshot& s, QPagedPaintDevice& device)
{
    QPainter p(&device);
    const int margin = 60;
    const int width = device.width() - 2 * margin;
    const int bottom = device.height() - margin;
    const QFont titleFont(QStringLiteral("DejaVu Sans"), 13, QFont::Bold);
    const QFont headFont(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
    const QFont bodyFont(QStringLiteral("DejaVu Sans"), 8);
    const int rowHeight = QFontMetrics(bodyFont, &device).height() + 8;
    const QString office = SettingsRepository(ui.database()).value(QStringLiteral("office.name"));
    int page = 1;
    int y = margin;

    auto footer = [&] {
        p.setFont(bodyFont);
        p.drawText(QRect(margin, bottom, width, rowHeight), Qt::AlignRight,
                   tr("%1 · SLA %2 · page %3").arg(office, s.today.toString(QStringLiteral("dd-MM-yyyy"))).arg(page));
    };
    auto newPage = [&] {
        footer();
        device.newPage();
        ++page;
        y = margin;
    };

    p.setFont(titleFont);
    p.drawText(QRect(margin, y, width, 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("SLA dashboard — %1 — %2").arg(office, QLocale().toString(s.today, QLocale::LongFormat)));
    y += 50;

    for (const ReportTable& t : s.tables()) {
        if (y + rowHeight * 3 > bottom)
            newPage();
        p.setFont(titleFont);
        p.drawText(QRect(margin, y, width, 30), Qt::AlignLeft | Qt::AlignVCenter, t.title);
        y += 34;
        const int columns = int(t.headers.size());
        // The first column takes what the others leave.
        const int narrow = columns > 1 ? qMin(150, width / (columns + 1)) : width;
        const int first = width - narrow * (columns - 1);
        auto columnX = [&](int c) { return c == 0 ? margin : margin + first + narrow * (c - 1); };
        auto columnW = [&](int c) { return c == 0 ? first : narrow; };
        auto header = [&] {
            p.setFont(headFont);
            p.fillRect(QRect(margin, y, width, rowHeight), QColor(0xDC, 0xE6, 0xF1));
            for (int c = 0; c < columns; ++c)
                p.drawText(QRect(columnX(c) + 4, y, columnW(c) - 8, rowHeight), Qt::AlignVCenter | Qt::TextWordWrap,
                           t.headers[c]);
            y += rowHeight;
        };
        header();
        p.setFont(bodyFont);
        if (t.rows.isEmpty()) {
            p.drawText(QRect(margin + 4, y, width, rowHeight), Qt::AlignVCenter, tr("(none)"));
            y += rowHeight;
        }
        for (const QVariantList& row : t.rows) {
            if (y + rowHeight > bottom) {
                newPage();
                header();
                p.setFont(bodyFont);
            }
            for (int c = 0; c < row.size() && c < columns; ++c) {
                const QVariant& v = row[c];
                const QString text = v.typeId() == QMetaType::QDate ? v.toDate().toString(QStringLiteral("dd-MM-yyyy"))
                                                                    : v.toString();
                const bool number = v.typeId() == QMetaType::Int;
                p.drawText(QRect(columnX(c) + 4, y, columnW(c) - 8, rowHeight),
                           Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft),
                           p.fontMetrics().elidedText(text, Qt::ElideRight, columnW(c) - 8));
            }
            p.setPen(QColor(0xE0, 0xE0, 0xE0));
            p.drawLine(margin, y + rowHeight, margin + width, y + rowHeight);
            p.setPen(Qt::black);
            y += rowHeight;
        }
        y += rowHeight;
    }
    footer();
}

} // namespace loket::ui
