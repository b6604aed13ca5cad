#pragma once

#include "receipts/ReceiptData.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPagedPaintDevice;
class QPaintDevice;

namespace loket::ui {

class ReceiptCanvas;

// Paints a ReceiptData: an A4 page, or an 80 mm thermal-printer strip as long as its content.
// The data must be stamped (verification code and QR payload) before rendering.
class ReceiptRenderer
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::ReceiptRenderer)

public:
    enum class Layout { A4, Thermal };

    static QString layoutKey(Layout layout); // "a4" | "thermal"
    static bool layoutFromKey(const QString& key, Layout* out);
    // The printed title of a receipt kind, translated (Indonesian by default).
    static QString title(ReceiptKind kind);
    // One pixel per module with a quiet zone of `quietZone` modules, black on white.
    static QImage qrImage(const QString& payload, int quietZone = 4);

    explicit ReceiptRenderer(Layout layout = Layout::A4) : m_layout(layout) {}
    Layout layout() const { return m_layout; }

    // Sets the page layout of `device` (A4 portrait, or 80 mm x content height) and paints.
    // Returns the number of pages written.
    int render(const ReceiptData& data, QPagedPaintDevice& device) const;

    // Height in millimetres the thermal page needs for `data`, measured with `device`'s metrics.
    double thermalHeightMm(const ReceiptData& data, QPaintDevice& device) const;

private:
    void paintContent(ReceiptCanvas& c, const ReceiptData& data) const;
    void paintHeader(ReceiptCanvas& c, const ReceiptData& data) const;
    void paintParties(ReceiptCanvas& c, const ReceiptData& data) const;
    void paintChecklist(ReceiptCanvas& c, const ReceiptData& data, bool receivedOnly) const;
    void paintKindDetails(ReceiptCanvas& c, const ReceiptData& data) const;
    void paintFooter(ReceiptCanvas& c, const ReceiptData& data) const;
    void paintComplaint(ReceiptCanvas& c, const ReceiptData& data) const;

    Layout m_layout;
};

} // namespace loket::ui
