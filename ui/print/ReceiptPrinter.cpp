#include "ReceiptPrinter.h"

#include "common/Error.h"
#include "common/Prompter.h"
#include "receipts/ReceiptService.h"
#include "storage/AtomicFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace loket::ui {

ReceiptPrinter::ReceiptPrinter(const Context& ctx, QWidget* parent)
    : QObject(parent), m_ctx(ctx), m_parent(parent)
{
}

int ReceiptPrinter::writePdf(const ReceiptData& data, ReceiptRenderer::Layout layout, const QString& path)
{
    // Rendered in memory, then written whole under a temporary name and renamed: a full or
    // read-only disk leaves no half receipt under its name (and the caller logs no print).
    int pages = 0;
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Loket"));
        writer.setTitle(ReceiptRenderer::title(data.kind) + QLatin1Char(' ') + data.registrationNumber);
        pages = ReceiptRenderer(layout).render(data, writer);
    }
    if (pages == 0 || pdf.data().isEmpty())
        throw Error::storage(tr("Could not write the receipt to %1.").arg(QDir::toNativeSeparators(path)));
    AtomicFiles file;
    file.write(path, pdf.data());
    file.commit();
    return pages;
}

QString ReceiptPrinter::suggestedFileName(const ReceiptData& data)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString name = ReceiptRenderer::title(data.kind) + QLatin1Char('-') + data.registrationNumber;
    name.replace(unsafe, QStringLiteral("-"));
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name + QStringLiteral(".pdf");
}

bool ReceiptPrinter::checkAllowed(const ReceiptData& data)
{
    try {
        ReceiptService::requirePrint(m_ctx, data.kind);
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(m_parent, tr("Receipt"), e.message());
        return false;
    }
}

void ReceiptPrinter::log(const ReceiptData& data, const QString& target)
{
    try {
        ReceiptService::recordPrint(m_ctx, data, ReceiptRenderer::layoutKey(m_layout), target);
    } catch (const Error& e) {
        // The paper is out already; say the log failed rather than pretend nothing happened.
        Prompter::instance().warning(m_parent, tr("Receipt"),
                                     tr("The receipt was printed, but the print could not be logged: %1")
                                         .arg(e.message()));
    }
    Q_EMIT printed(target);
}

QPrintPreviewDialog* ReceiptPrinter::createPreviewDialog(const ReceiptData& data, QPrinter* printer)
{
    auto* dialog = new QPrintPreviewDialog(printer, m_parent);
    dialog->setObjectName(QStringLiteral("receiptPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview: %1 %2").arg(ReceiptRenderer::title(data.kind), data.registrationNumber));
    const ReceiptRenderer renderer(m_layout);
    connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
            [renderer, data](QPrinter* p) { renderer.render(data, *p); });
    return dialog;
}

bool ReceiptPrinter::preview(const ReceiptData& data)
{
    if (!checkAllowed(data))
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(suggestedFileName(data));
    std::unique_ptr<QPrintPreviewDialog> dialog(createPreviewDialog(data, &printer));
    if (dialog->exec() != QDialog::Accepted)
        return false;
    log(data, printer.outputFormat() == QPrinter::PdfFormat ? QStringLiteral("pdf") : QStringLiteral("printer"));
    return true;
}

bool ReceiptPrinter::print(const ReceiptData& data, QPrinter* printer)
{
    if (!checkAllowed(data))
        return false;
    QPrinter fallback(QPrinter::HighResolution);
    QPrinter* target = printer ? printer : &fallback;
    target->setDocName(suggestedFileName(data));
    if (ReceiptRenderer(m_layout).render(data, *target) == 0) {
        Prompter::instance().warning(m_parent, tr("Receipt"), tr("The printer did not accept the receipt."));
        return false;
    }
    log(data, target->outputFormat() == QPrinter::PdfFormat ? QStringLiteral("pdf") : QStringLiteral("printer"));
    return true;
}

QString ReceiptPrinter::savePdf(const ReceiptData& data)
{
    if (!checkAllowed(data))
        return {};
    QString path = Prompter::instance().saveFile(m_parent, tr("Save receipt as PDF"), suggestedFileName(data),
                                                 tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    try {
        writePdf(data, m_layout, path);
    } catch (const Error& e) {
        Prompter::instance().warning(m_parent, tr("Receipt"), e.message());
        return {};
    }
    log(data, QStringLiteral("pdf"));
    return path;
}

} // namespace loket::ui
