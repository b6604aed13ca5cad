#include "TestDatabase.h"
#include "common/Prompter.h"
#include "print/ReceiptPrinter.h"
#include "receipts/ReceiptService.h"

#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

class TestReceiptPrinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void savePdfAsksAndLogs();
    void cancelWritesNothing();
    void refusedWithoutPermission();
    void printToPdfPrinter();
    void previewRendersPages();
    void fileNameIsSafe();

private:
    ScriptedPrompter m_prompter;
    QTemporaryDir m_dir;
};

void TestReceiptPrinter::init()
{
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestReceiptPrinter::cleanup()
{
    Prompter::setInstance(nullptr);
}

void TestReceiptPrinter::savePdfAsksAndLogs()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}, QStringLiteral("clerk")));
    const ReceiptData data = ReceiptService::sample(clerk, ReceiptKind::FileReceipt);
    ReceiptPrinter printer(clerk);
    printer.setLayout(ReceiptRenderer::Layout::Thermal);
    QSignalSpy printed(&printer, &ReceiptPrinter::printed);
    m_prompter.fileAnswers << m_dir.filePath(QStringLiteral("saved")); // no extension typed
    const QString path = printer.savePdf(data);
    QCOMPARE(path, m_dir.filePath(QStringLiteral("saved.pdf")));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(printed.count(), 1);
    const auto log = ReceiptService::prints(t.db(), data.registrationNumber);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().layout, QStringLiteral("thermal"));
    QCOMPARE(log.first().target, QStringLiteral("pdf"));
    QCOMPARE(m_prompter.shown, QStringList{QStringLiteral("save: Save receipt as PDF")});
}

void TestReceiptPrinter::cancelWritesNothing()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    const ReceiptData data = ReceiptService::sample(clerk, ReceiptKind::ReturnSlip);
    ReceiptPrinter printer(clerk);
    QVERIFY(printer.savePdf(data).isEmpty()); // no file answer = cancel
    QVERIFY(ReceiptService::prints(t.db(), data.registrationNumber).isEmpty());

    // A folder that does not exist: a warning, no log.
    m_prompter.fileAnswers << QStringLiteral("/nonexistent/folder/r.pdf");
    QVERIFY(printer.savePdf(data).isEmpty());
    QCOMPARE(m_prompter.shown.size(), 3); // two save dialogs, one warning
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("warning: ")));
    QVERIFY(ReceiptService::prints(t.db(), data.registrationNumber).isEmpty());
}

void TestReceiptPrinter::refusedWithoutPermission()
{
    test::TestDatabase t;
    const ReceiptData data = ReceiptService::sample(t.context(), ReceiptKind::HandOver);
    // An actor with no roles may not print a hand-over receipt; no dialog is opened.
    ReceiptPrinter printer(t.context(test::actorWith({}, QStringLiteral("guest"))));
    m_prompter.fileAnswers << m_dir.filePath(QStringLiteral("refused.pdf"));
    QVERIFY(printer.savePdf(data).isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY(m_prompter.shown.first().startsWith(QStringLiteral("warning: ")));
}

void TestReceiptPrinter::printToPdfPrinter()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    const ReceiptData data = ReceiptService::sample(clerk, ReceiptKind::FileReceipt);
    ReceiptPrinter printer(clerk);
    printer.setLayout(ReceiptRenderer::Layout::Thermal);
    QPrinter device(QPrinter::HighResolution);
    device.setOutputFormat(QPrinter::PdfFormat);
    device.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
    QVERIFY(printer.print(data, &device));
    QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
    QCOMPARE(qRound(device.pageLayout().fullRect(QPageLayout::Millimeter).width()), 80);
    QCOMPARE(ReceiptService::prints(t.db(), data.registrationNumber).size(), 1);
}

void TestReceiptPrinter::previewRendersPages()
{
    test::TestDatabase t;
    const Context clerk = t.context(test::actorWith({Role::FrontDesk}));
    const ReceiptData data = ReceiptService::sample(clerk, ReceiptKind::FileReceipt);
    ReceiptPrinter printer(clerk);
    QPrinter device(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(printer.createPreviewDialog(data, &device));
    QCOMPARE(dialog->objectName(), QStringLiteral("receiptPreviewDialog"));
    auto* widget = dialog->findChild<QPrintPreviewWidget*>();
    QVERIFY(widget);
    QSignalSpy painted(dialog.get(), &QPrintPreviewDialog::paintRequested);
    widget->updatePreview();
    QCOMPARE(painted.count(), 1);
    QCOMPARE(widget->pageCount(), 1);
    // Previewing logs nothing; only printing does.
    QVERIFY(ReceiptService::prints(t.db(), data.registrationNumber).isEmpty());
}

void TestReceiptPrinter::fileNameIsSafe()
{
    ReceiptData d;
    d.kind = ReceiptKind::HandOver;
    d.registrationNumber = QStringLiteral("503/C01/2026/000123");
    const QString name = ReceiptPrinter::suggestedFileName(d);
    QVERIFY(name.endsWith(QStringLiteral("-503-C01-2026-000123.pdf")));
    QVERIFY(!name.contains(u'/'));
    QVERIFY(!name.contains(u' '));
}

QTEST_MAIN(TestReceiptPrinter)
#include "test_receiptprinter.moc"
