#pragma once

#include "ReceiptRenderer.h"
#include "common/Context.h"

#include <QObject>

class QPrinter;
class QPrintPreviewDialog;
class QWidget;

namespace loket::ui {

// Print preview, printing and PDF for one stamped receipt. Every receipt that reaches a printer
// or a PDF is logged (ReceiptService::recordPrint). File dialogs and errors go through Prompter.
class ReceiptPrinter : public QObject
{
    Q_OBJECT
public:
    ReceiptPrinter(const Context& ctx, QWidget* parent = nullptr);

    void setLayout(ReceiptRenderer::Layout layout) { m_layout = layout; }
    ReceiptRenderer::Layout layout() const { return m_layout; }

    // Opens the print preview (modal); true when the receipt was printed from it.
    bool preview(const ReceiptData& data);
    // Prints without a dialog to `printer` (the default printer when null); true when printed.
    bool print(const ReceiptData& data, QPrinter* printer = nullptr);
    // Asks for a file and writes the PDF; the path, or empty when cancelled or failed.
    QString savePdf(const ReceiptData& data);

    // The preview dialog for `printer`, not yet shown (the caller owns it).
    QPrintPreviewDialog* createPreviewDialog(const ReceiptData& data, QPrinter* printer);

    // Writes a PDF without asking or logging; returns the number of pages. Error::storage when
    // the file cannot be written.
    static int writePdf(const ReceiptData& data, ReceiptRenderer::Layout layout, const QString& path);
    // "TANDA-TERIMA-BERKAS-503-C01-2026-000123.pdf": a file name from the title and number.
    static QString suggestedFileName(const ReceiptData& data);

Q_SIGNALS:
    void printed(const QString& target); // "printer" | "pdf"

private:
    bool checkAllowed(const ReceiptData& data);
    void log(const ReceiptData& data, const QString& target);

    Context m_ctx;
    QWidget* m_parent;
    ReceiptRenderer::Layout m_layout = ReceiptRenderer::Layout::A4;
};

} // namespace loket::ui
