#pragma once

#include "receipts/QrMatrix.h"

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPainter;
class QPaintDevice;

namespace loket::ui {

// A top-to-bottom flow of receipt blocks in device pixels. It runs twice: once with no painter
// to measure the height (the thermal page is as long as its content), then painting. On a
// fixed-height page a block that does not fit starts a new page through the newPage callback.
class ReceiptCanvas
{
public:
    enum class Align { Left, Center, Right };
    struct Style {
        double pointSize = 9;
        bool bold = false;
        bool mono = false;
        Align align = Align::Left;
        bool italic = false;
    };

    // `painter` null: measure only. Metrics always come from `device`.
    ReceiptCanvas(QPainter* painter, QPaintDevice* device, const QRectF& area);

    void setNewPage(std::function<void()> newPage) { m_newPage = std::move(newPage); }
    // A line printed at the top of every page after the first (title and number, "continued").
    void setContinuation(const QString& text, const Style& style)
    {
        m_continuation = text;
        m_continuationStyle = style;
    }
    void setBaseFamily(const QString& family) { m_family = family; }

    double mm(double millimetres) const;
    double y() const { return m_y - m_area.top(); } // used height on the current page
    double width() const { return m_area.width(); }
    int pages() const { return m_pages; }

    QFont font(const Style& style) const;
    double textHeight(const QString& text, const Style& style, double width) const;

    void space(double mmHeight);
    // Starts a new page first unless `height` more fits on this one (keeps a heading with its text).
    void keepTogether(double height) { ensure(height); }
    // Wrapped paragraph across the full width.
    void text(const QString& text, const Style& style);
    // One line, shrunk (down to `minPointSize`) until it fits the width; for long registration numbers.
    void fittedLine(const QString& text, Style style, double minPointSize);
    // "Label   value" with the value wrapped in its own column.
    void field(const QString& label, const QString& value, double labelWidthMm, const Style& style,
               bool boldValue = false);
    void rule(double thicknessMm = 0.25, bool dashed = false);
    // One checklist row: number, a box (ticked / crossed / empty), the text and a note under it.
    enum class Mark { Tick, Cross, None };
    void checkRow(const QString& number, Mark mark, const QString& text, const QString& note, const Style& style);
    // Two signature columns: caption on top, room to sign, then "(name)".
    void signatures(const QString& leftCaption, const QString& leftName, const QString& rightCaption,
                    const QString& rightName, const Style& style, double signMm);
    // The QR code (with its 4-module quiet zone) `sizeMm` square, drawn as vector squares, with the
    // lines of text beside it (or under it when `stacked`).
    void qrBlock(const QrMatrix& qr, double sizeMm, const QList<QPair<QString, Style>>& lines, bool stacked);

private:
    void ensure(double height);
    void drawText(const QRectF& rect, const QString& text, const Style& style) const;
    void drawStyled(const QRectF& rect, const QString& text, const QFont& font, Align align) const;
    void drawMark(const QRectF& box, Mark mark) const;
    void drawQr(const QrMatrix& qr, const QRectF& square) const;

    QPainter* m_painter;
    QPaintDevice* m_device;
    QRectF m_area;
    double m_y;
    int m_pages = 1;
    QString m_family = QStringLiteral("DejaVu Sans");
    std::function<void()> m_newPage;
    QString m_continuation;
    Style m_continuationStyle;
};

} // namespace loket::ui
