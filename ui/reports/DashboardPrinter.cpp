#include "DashboardPrinter.h"

#include "DashboardPage.h"
#include "common/Dates.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace loket::ui {

namespace {
constexpr int kPad = 4;          // inside a cell, each side
constexpr int kSampleRows = 400; // rows measured for a column's width

QString cellText(const QVariant& v)
{
    return v.typeId() == QMetaType::QDate ? dates::shortDate(v.toDate()) : v.toString();
}

// A column holds numbers when each of its filled cells does: it and its header align right.
QList<bool> numericColumns(const ReportTable& t)
{
    QList<bool> numeric(t.headers.size(), true);
    for (int c = 0; c < t.headers.size(); ++c) {
        bool any = false;
        for (const QVariantList& row : t.rows) {
            if (c >= row.size() || row[c].isNull())
                continue;
            any = true;
            if (row[c].typeId() != QMetaType::Int && row[c].typeId() != QMetaType::LongLong) {
                numeric[c] = false;
                break;
            }
        }
        numeric[c] = numeric[c] && any;
    }
    return numeric;
}

// Column widths within `width`: each column as wide as its header and widest cell when they
// fit; otherwise numbers and dates keep theirs and the text columns share the rest (their cells
// then wrap onto more lines, nothing is cut).
QList<int> columnWidths(const ReportTable& t, const QFontMetrics& head, const QFontMetrics& body, int width)
{
    const int columns = int(t.headers.size());
    QList<int> need(columns, 0);
    QList<bool> wraps(columns, false);
    for (int c = 0; c < columns; ++c) {
        // A header may wrap at its spaces: its longest word is the least it needs.
        int word = 0;
        for (const QString& w : t.headers[c].split(QLatin1Char(' ')))
            word = std::max(word, head.horizontalAdvance(w));
        need[c] = std::max(word, std::min(head.horizontalAdvance(t.headers[c]), 150)) + 2 * kPad;
    }
    for (int r = 0; r < t.rows.size() && r < kSampleRows; ++r) {
        for (int c = 0; c < columns && c < t.rows[r].size(); ++c) {
            const QVariant& v = t.rows[r][c];
            need[c] = std::max(need[c], body.horizontalAdvance(cellText(v)) + 2 * kPad);
            wraps[c] = wraps[c] || v.typeId() == QMetaType::QString;
        }
    }
    const int total = std::accumulate(need.cbegin(), need.cend(), 0);
    if (total <= width) {
        need[0] += width - total; // the first column (names) takes what is left
        return need;
    }
    int fixed = 0;
    int flexible = 0;
    for (int c = 0; c < columns; ++c)
        (wraps[c] ? flexible : fixed) += need[c];
    const int room = std::max(width - fixed, columns * 40);
    QList<int> out = need;
    for (int c = 0; c < columns; ++c)
        if (wraps[c])
            out[c] = std::max(40, int(qint64(need[c]) * room / std::max(1, flexible)));
    return out;
}

struct Page
{
    QPainter& p;
    QPagedPaintDevice& device;
    int margin;
    int width;
    int bottom;
    int y;
    int number = 1;
    QString footerText;
    QFont footerFont;

    void footer()
    {
        p.setFont(footerFont);
        p.drawText(QRect(margin, bottom, width, 30), Qt::AlignRight, footerText.arg(number));
    }
    void next()
    {
        footer();
        device.newPage();
        ++number;
        y = margin;
    }
    void ensure(int height)
    {
        if (y + height > bottom)
            next();
    }
};

void paintTable(Page& page, const ReportTable& t, const QFont& titleFont, const QFont& headFont, const QFont& bodyFont)
{
    QPainter& p = page.p;
    const QFontMetrics head(headFont, &page.device);
    const QFontMetrics body(bodyFont, &page.device);
    const int columns = int(t.headers.size());
    const QList<int> widths = columnWidths(t, head, body, page.width);
    const QList<bool> numeric = numericColumns(t);
    auto columnX = [&](int c) { return page.margin + std::accumulate(widths.cbegin(), widths.cbegin() + c, 0); };
    const int flags = Qt::TextWordWrap | Qt::AlignVCenter;
    // Each row as tall as its tallest cell: two-line headers and long service names show whole.
    auto rowHeight = [&](const QFontMetrics& fm, const QStringList& texts) {
        int h = fm.height();
        for (int c = 0; c < texts.size() && c < columns; ++c)
            h = std::max(h, fm.boundingRect(QRect(0, 0, widths[c] - 2 * kPad, 10000), flags, texts[c]).height());
        return h + 2 * kPad;
    };
    const int headHeight = rowHeight(head, t.headers);
    auto header = [&] {
        p.setFont(headFont);
        p.fillRect(QRect(page.margin, page.y, page.width, headHeight), QColor(0xDC, 0xE6, 0xF1));
        for (int c = 0; c < columns; ++c)
            p.drawText(QRect(columnX(c) + kPad, page.y, widths[c] - 2 * kPad, headHeight),
                       flags | (numeric[c] ? Qt::AlignRight : Qt::AlignLeft), t.headers[c]);
        page.y += headHeight;
    };
    page.ensure(34 + headHeight + body.height() * 2);
    p.setFont(titleFont);
    p.drawText(QRect(page.margin, page.y, page.width, 30), Qt::AlignLeft | Qt::AlignVCenter, t.title);
    page.y += 34;
    header();
    p.setFont(bodyFont);
    if (t.rows.isEmpty()) {
        p.drawText(QRect(page.margin + kPad, page.y, page.width, body.height() + 2 * kPad), Qt::AlignVCenter,
                   DashboardPrinter::tr("(none)"));
        page.y += body.height() + 2 * kPad;
    }
    for (const QVariantList& row : t.rows) {
        QStringList texts;
        for (const QVariant& v : row)
            texts << cellText(v);
        const int h = rowHeight(body, texts);
        if (page.y + h > page.bottom) {
            page.next();
            header();
            p.setFont(bodyFont);
        }
        for (int c = 0; c < texts.size() && c < columns; ++c)
            p.drawText(QRect(columnX(c) + kPad, page.y, widths[c] - 2 * kPad, h),
                       flags | (numeric[c] ? Qt::AlignRight : Qt::AlignLeft), texts[c]);
        p.setPen(QColor(0xE0, 0xE0, 0xE0));
        p.drawLine(page.margin, page.y + h, page.margin + page.width, page.y + h);
        p.setPen(Qt::black);
        page.y += h;
    }
    page.y += body.height() + 2 * kPad;
}
} // namespace

namespace {
constexpr int kMargin = 60;

void setUp(QPdfWriter& pdf)
{
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(120);
}
} // namespace

DashboardPrinter::Chart DashboardPrinter::chart(UiContext& ui, const SlaSnapshot& s)
{
    Chart out;
    out.office = SettingsRepository(ui.database()).value(QStringLiteral("office.name"));
    // The page's size in the PDF's own units (nothing is written).
    QBuffer nowhere;
    nowhere.open(QIODevice::WriteOnly);
    QPdfWriter page(&nowhere);
    setUp(page);
    out.size = QSize(page.width() - 2 * kMargin, std::min(420, page.height() - 2 * kMargin - 40));
    QChartView view(DashboardPage::makeChart(s));
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(out.size);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    // The chart lays out its legend and axes on posted layout requests: only those are run.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    {
        QPainter p(&out.picture);
        view.QWidget::render(&p); // the widget as painted, not its scene
    }
    out.legend = DashboardPage::legendOf(view.chart());
    return out;
}

QByteArray DashboardPrinter::pdf(UiContext& ui, const SlaSnapshot& snapshot)
{
    return pdf(chart(ui, snapshot), snapshot);
}

QByteArray DashboardPrinter::pdf(const Chart& chart, const SlaSnapshot& snapshot)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        setUp(pdf);
        pdf.setTitle(tr("SLA dashboard %1").arg(dates::shortDate(snapshot.today)));
        paint(chart, snapshot, pdf);
    }
    return bytes;
}

void DashboardPrinter::paint(const Chart& chart, const SlaSnapshot& s, QPagedPaintDevice& device)
{
    QPainter p(&device);
    const QFont titleFont(QStringLiteral("DejaVu Sans"), 13, QFont::Bold);
    const QFont headFont(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
    const QFont bodyFont(QStringLiteral("DejaVu Sans"), 8);
    const int margin = kMargin;
    Page page{p, device, margin, device.width() - 2 * margin, device.height() - margin, margin};
    page.footerFont = bodyFont;
    page.footerText = tr("%1 · SLA %2 · page %3").arg(chart.office, dates::shortDate(s.today));

    p.setFont(titleFont);
    p.drawText(QRect(margin, page.y, page.width, 40), Qt::AlignLeft | Qt::AlignVCenter,
               tr("SLA dashboard — %1 — %2").arg(chart.office, dates::longDate(s.today)));
    page.y += 50;

    const QList<ReportTable> tables = s.tables();
    if (!tables.isEmpty())
        paintTable(page, tables.first(), titleFont, headFont, bodyFont);
    // The chart of the dashboard, as on screen, beside the summary's figures.
    page.ensure(chart.size.height() + 30);
    // A picture is played at the ratio of the device's resolution to its own: drawn at its size.
    p.save();
    p.translate(margin, page.y);
    p.scale(qreal(chart.picture.logicalDpiX()) / device.logicalDpiX(),
            qreal(chart.picture.logicalDpiY()) / device.logicalDpiY());
    p.drawPicture(QPoint(0, 0), chart.picture);
    p.restore();
    page.y += chart.size.height() + 6;
    // The legend under the chart, each name whole: a colour square, the name, a gap.
    p.setFont(bodyFont);
    const QFontMetrics fm(bodyFont, &device);
    int x = margin + 40;
    for (const auto& [name, colour] : chart.legend) {
        p.fillRect(QRect(x, page.y + 4, 12, 12), colour);
        x += 18;
        p.setPen(Qt::black);
        p.drawText(QRect(x, page.y, fm.horizontalAdvance(name) + 4, 20), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += fm.horizontalAdvance(name) + 24;
    }
    page.y += 20 + 20;
    for (const ReportTable& t : tables.mid(1))
        paintTable(page, t, titleFont, headFont, bodyFont);
    page.footer();
}

} // namespace loket::ui
