#include "ReceiptCanvas.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace loket::ui {

namespace {

Qt::Alignment alignmentFor(ReceiptCanvas::Align align)
{
    switch (align) {
    case ReceiptCanvas::Align::Center:
        return Qt::AlignHCenter;
    case ReceiptCanvas::Align::Right:
        return Qt::AlignRight;
    case ReceiptCanvas::Align::Left:
        break;
    }
    return Qt::AlignLeft;
}

// Lays the text out in `width`, wrapping at word boundaries and, for long codes and numbers
// without spaces, anywhere; the same layout measures and paints, so they always agree.
double layoutText(QTextLayout& layout, double width)
{
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

} // namespace

ReceiptCanvas::ReceiptCanvas(QPainter* painter, QPaintDevice* device, const QRectF& area)
    : m_painter(painter), m_device(device), m_area(area), m_y(area.top())
{
}

double ReceiptCanvas::mm(double millimetres) const
{
    return millimetres * m_device->logicalDpiY() / 25.4;
}

QFont ReceiptCanvas::font(const Style& style) const
{
    QFont f(style.mono ? QStringLiteral("DejaVu Sans Mono") : m_family);
    f.setStyleHint(style.mono ? QFont::Monospace : QFont::SansSerif);
    f.setPointSizeF(style.pointSize);
    f.setBold(style.bold);
    f.setItalic(style.italic);
    return f;
}

double ReceiptCanvas::textHeight(const QString& text, const Style& style, double width) const
{
    QTextLayout layout(text.isEmpty() ? QStringLiteral(" ") : text, font(style), m_device);
    return layoutText(layout, width);
}

void ReceiptCanvas::ensure(double height)
{
    if (!m_painter || !m_newPage)
        return;
    if (m_y + height > m_area.bottom() && m_y > m_area.top()) {
        m_newPage();
        m_y = m_area.top();
        ++m_pages;
        if (!m_continuation.isEmpty()) {
            const double h = textHeight(m_continuation, m_continuationStyle, width());
            drawText(QRectF(m_area.left(), m_y, width(), h), m_continuation, m_continuationStyle);
            m_y += h + mm(3);
        }
    }
}

void ReceiptCanvas::drawText(const QRectF& rect, const QString& text, const Style& style) const
{
    if (!m_painter || text.isEmpty())
        return;
    drawStyled(rect, text, font(style), style.align);
}

void ReceiptCanvas::drawStyled(const QRectF& rect, const QString& text, const QFont& font, Align align) const
{
    QTextLayout layout(text, font, m_device);
    layoutText(layout, rect.width());
    m_painter->setPen(Qt::black);
    // Align each line by hand: QTextOption alignment would need the final width up front.
    const Qt::Alignment a = alignmentFor(align);
    for (int i = 0; i < layout.lineCount(); ++i) {
        QTextLine line = layout.lineAt(i);
        double dx = 0;
        if (a == Qt::AlignHCenter)
            dx = (rect.width() - line.naturalTextWidth()) / 2;
        else if (a == Qt::AlignRight)
            dx = rect.width() - line.naturalTextWidth();
        line.draw(m_painter, QPointF(rect.left() + dx, rect.top()));
    }
}

void ReceiptCanvas::space(double mmHeight)
{
    m_y += mm(mmHeight);
}

void ReceiptCanvas::text(const QString& text, const Style& style)
{
    const double h = textHeight(text, style, width());
    ensure(h);
    drawText(QRectF(m_area.left(), m_y, width(), h), text, style);
    m_y += h;
}

void ReceiptCanvas::fittedLine(const QString& text, Style style, double minPointSize)
{
    while (style.pointSize > minPointSize &&
           QFontMetricsF(font(style), m_device).horizontalAdvance(text) > width())
        style.pointSize -= 0.5;
    this->text(text, style);
}

void ReceiptCanvas::field(const QString& label, const QString& value, double labelWidthMm, const Style& style,
                          bool boldValue)
{
    const double lw = mm(labelWidthMm);
    const double colon = mm(2.2);
    Style valueStyle = style;
    valueStyle.bold = boldValue;
    const double vw = width() - lw;
    const double h = std::max(textHeight(label, style, lw - colon), textHeight(value, valueStyle, vw));
    ensure(h);
    drawText(QRectF(m_area.left(), m_y, lw - colon, h), label, style);
    drawText(QRectF(m_area.left() + lw - colon, m_y, colon, h), QStringLiteral(":"), style);
    drawText(QRectF(m_area.left() + lw, m_y, vw, h), value, valueStyle);
    m_y += h + mm(0.5);
}

void ReceiptCanvas::rule(double thicknessMm, bool dashed)
{
    const double h = mm(thicknessMm) + mm(2.4);
    ensure(h);
    if (m_painter) {
        QPen pen(Qt::black, mm(thicknessMm));
        if (dashed)
            pen.setStyle(Qt::DashLine);
        m_painter->setPen(pen);
        const double y = m_y + h / 2;
        m_painter->drawLine(QPointF(m_area.left(), y), QPointF(m_area.right(), y));
    }
    m_y += h;
}

void ReceiptCanvas::drawMark(const QRectF& box, Mark mark) const
{
    if (!m_painter)
        return;
    m_painter->setPen(QPen(Qt::black, mm(0.25)));
    m_painter->setBrush(Qt::NoBrush);
    m_painter->drawRect(box);
    if (mark == Mark::None)
        return;
    QPen pen(Qt::black, mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    m_painter->setPen(pen);
    const double w = box.width();
    const double h = box.height();
    if (mark == Mark::Tick) {
        QPainterPath path(QPointF(box.left() + 0.18 * w, box.top() + 0.55 * h));
        path.lineTo(box.left() + 0.42 * w, box.top() + 0.80 * h);
        path.lineTo(box.left() + 0.85 * w, box.top() + 0.18 * h);
        m_painter->drawPath(path);
    } else {
        m_painter->drawLine(box.topLeft() + QPointF(0.22 * w, 0.22 * h), box.bottomRight() - QPointF(0.22 * w, 0.22 * h));
        m_painter->drawLine(QPointF(box.right() - 0.22 * w, box.top() + 0.22 * h),
                            QPointF(box.left() + 0.22 * w, box.bottom() - 0.22 * h));
    }
}

void ReceiptCanvas::checkRow(const QString& number, Mark mark, const QString& text, const QString& note,
                             const Style& style)
{
    const double numberW = mm(style.pointSize < 8.5 ? 5 : 7);
    const double boxSide = mm(style.pointSize < 8.5 ? 3 : 3.5);
    const double textX = numberW + boxSide + mm(2);
    const double tw = width() - textX;
    Style noteStyle = style;
    noteStyle.pointSize = style.pointSize - 1;
    noteStyle.italic = true;
    const double th = textHeight(text, style, tw);
    const double nh = note.isEmpty() ? 0 : textHeight(note, noteStyle, tw);
    const double h = std::max(th + nh, boxSide + mm(0.6));
    ensure(h);
    drawText(QRectF(m_area.left(), m_y, numberW, th), number, style);
    const double lineH = textHeight(QStringLiteral("X"), style, tw);
    drawMark(QRectF(m_area.left() + numberW, m_y + (lineH - boxSide) / 2, boxSide, boxSide), mark);
    drawText(QRectF(m_area.left() + textX, m_y, tw, th), text, style);
    if (!note.isEmpty()) {
        drawText(QRectF(m_area.left() + textX, m_y + th, tw, nh), note, noteStyle);
    }
    m_y += h + mm(0.8);
}

void ReceiptCanvas::signatures(const QString& leftCaption, const QString& leftName, const QString& rightCaption,
                               const QString& rightName, const Style& style, double signMm)
{
    const double colW = width() / 2 - mm(2);
    Style centered = style;
    centered.align = Align::Center;
    auto nameText = [](const QString& name) {
        return name.trimmed().isEmpty() ? QStringLiteral("(..........................)")
                                         : QStringLiteral("( %1 )").arg(name.trimmed());
    };
    const double ch = std::max(textHeight(leftCaption, centered, colW), textHeight(rightCaption, centered, colW));
    const double nh = std::max(textHeight(nameText(leftName), centered, colW),
                               textHeight(nameText(rightName), centered, colW));
    const double h = ch + mm(signMm) + nh;
    ensure(h);
    const double rightX = m_area.left() + width() - colW;
    drawText(QRectF(m_area.left(), m_y, colW, ch), leftCaption, centered);
    drawText(QRectF(rightX, m_y, colW, ch), rightCaption, centered);
    const double nameY = m_y + ch + mm(signMm);
    drawText(QRectF(m_area.left(), nameY, colW, nh), nameText(leftName), centered);
    drawText(QRectF(rightX, nameY, colW, nh), nameText(rightName), centered);
    m_y += h;
}

void ReceiptCanvas::drawQr(const QrMatrix& qr, const QRectF& square) const
{
    if (!m_painter || qr.isNull())
        return;
    constexpr int quiet = 4;
    const double module = square.width() / (qr.size() + 2 * quiet);
    // One path of horizontal runs, filled once: no seams between neighbouring modules.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size();) {
            if (!qr.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < qr.size() && qr.isDark(end, y))
                ++end;
            path.addRect(QRectF(square.left() + (quiet + x) * module, square.top() + (quiet + y) * module,
                                (end - x) * module, module));
            x = end;
        }
    }
    m_painter->save();
    m_painter->setRenderHint(QPainter::Antialiasing, false);
    m_painter->fillRect(square, Qt::white);
    m_painter->fillPath(path, Qt::black);
    m_painter->restore();
}

void ReceiptCanvas::qrBlock(const QrMatrix& qr, double sizeMm, const QList<QPair<QString, Style>>& lines,
                            bool stacked)
{
    const double side = mm(sizeMm);
    const double gap = mm(3);
    const double textW = stacked ? width() : width() - side - gap;
    double linesH = 0;
    for (const auto& [line, style] : lines)
        linesH += textHeight(line, style, textW);
    const double h = stacked ? side + mm(1.5) + linesH : std::max(side, linesH);
    ensure(h);
    const double imageX = stacked ? m_area.left() + (width() - side) / 2 : m_area.left();
    drawQr(qr, QRectF(imageX, m_y, side, side));
    double ty = stacked ? m_y + side + mm(1.5) : m_y + std::max(0.0, (side - linesH) / 2);
    const double tx = stacked ? m_area.left() : m_area.left() + side + gap;
    for (const auto& [line, style] : lines) {
        const double lh = textHeight(line, style, textW);
        drawText(QRectF(tx, ty, textW, lh), line, style);
        ty += lh;
    }
    m_y += h;
}

} // namespace loket::ui
