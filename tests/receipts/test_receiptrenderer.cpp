#include "ReceiptTestTools.h"
#include "TestDatabase.h"
#include "i18n/Translations.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptService.h"

#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace loket;
using Layout = ui::ReceiptRenderer::Layout;

class TestReceiptRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pdfHasNumberAndQr_data();
    void pdfHasNumberAndQr();
    void thermalGrowsWithContent();
    void a4BreaksLongChecklists();
    void indonesianTitles();
    void complaintReceiptLineUnderQr_data();
    void complaintReceiptLineUnderQr();

private:
    // Renders to a PDF in m_dir and returns its path.
    QString renderPdf(const ReceiptData& data, Layout layout, const QString& name, int* pages = nullptr);
    QTemporaryDir m_dir;
};

QString TestReceiptRenderer::renderPdf(const ReceiptData& data, Layout layout, const QString& name, int* pages)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QPdfWriter writer(path);
    writer.setResolution(300);
    const int n = ui::ReceiptRenderer(layout).render(data, writer);
    if (pages)
        *pages = n;
    return path;
}

void TestReceiptRenderer::pdfHasNumberAndQr_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("layout");
    for (ReceiptKind k : {ReceiptKind::FileReceipt, ReceiptKind::ReturnSlip, ReceiptKind::HandOver})
        for (Layout l : {Layout::A4, Layout::Thermal})
            QTest::addRow("%s-%s", qPrintable(receiptKindKey(k)), qPrintable(ui::ReceiptRenderer::layoutKey(l)))
                << int(k) << int(l);
}

void TestReceiptRenderer::pdfHasNumberAndQr()
{
    QFETCH(int, kind);
    QFETCH(int, layout);
    test::TestDatabase t;
    const ReceiptData data =
        ReceiptService::sample(t.context(test::actorWith({Role::FrontDesk})), static_cast<ReceiptKind>(kind));
    const QString name = QStringLiteral("%1-%2").arg(receiptKindKey(data.kind),
                                                     ui::ReceiptRenderer::layoutKey(Layout(layout)));
    int pages = 0;
    const QString pdf = renderPdf(data, Layout(layout), name, &pages);
    QCOMPARE(pages, 1);
    if (!test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");

    const QString text = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"),
                                                         {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                               .out);
    QVERIFY2(text.contains(data.registrationNumber), qPrintable(text));
    QVERIFY(text.contains(data.verificationCode));
    QVERIFY(text.contains(ui::ReceiptRenderer::title(data.kind)));
    QVERIFY(text.contains(data.applicantName));
    QVERIFY(text.contains(QStringLiteral("Gratis")));
    if (data.kind == ReceiptKind::HandOver) // a long number may wrap at a slash on the narrow roll
        QVERIFY(QString(text).remove(QRegularExpression(QStringLiteral("\\s+"))).contains(data.permitNumber));
    if (data.kind == ReceiptKind::ReturnSlip)
        QVERIFY(text.contains(QStringLiteral("ketertelusuran")));

    // The QR code is drawn as vector squares (sharp on any printer), not as a compressed image.
    const QByteArray images = test::runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
    QVERIFY2(images.count('\n') <= 2, images.constData()); // the two header lines only

    const QString info = QString::fromUtf8(test::runTool(QStringLiteral("pdfinfo"), {pdf}).out);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    QVERIFY(size.hasMatch());
    const double widthMm = size.captured(1).toDouble() * 25.4 / 72;
    QCOMPARE(qRound(widthMm), Layout(layout) == Layout::Thermal ? 80 : 210);

    // The printed QR decodes to the payload with the registration number.
    const QString prefix = m_dir.filePath(name);
    QCOMPARE(test::runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"),
                                                        QStringLiteral("150"), QStringLiteral("-singlefile"), pdf,
                                                        prefix})
                 .exitCode,
             0);
    if (!qEnvironmentVariableIsEmpty("LOKET_RECEIPT_PNG_DIR"))
        QFile::copy(prefix + QStringLiteral(".png"),
                    QDir(qEnvironmentVariable("LOKET_RECEIPT_PNG_DIR")).filePath(name + QStringLiteral(".png")));
    if (!test::hasTool(QStringLiteral("zbarimg")))
        QSKIP("zbarimg (zbar-tools) is not installed");
    const QStringList found = test::decodeQr(prefix + QStringLiteral(".png"));
    QCOMPARE(found, QStringList{data.qrPayload});
    QVERIFY(found.first().contains(data.registrationNumber));
}

void TestReceiptRenderer::thermalGrowsWithContent()
{
    test::TestDatabase t;
    ReceiptData data = ReceiptService::sample(t.context(), ReceiptKind::FileReceipt);
    QPdfWriter probe(m_dir.filePath(QStringLiteral("probe.pdf")));
    probe.setResolution(300);
    const ui::ReceiptRenderer thermal(Layout::Thermal);
    const double shortMm = thermal.thermalHeightMm(data, probe);
    for (int i = 0; i < 20; ++i)
        data.checklist.append({QStringLiteral("K%1").arg(i), QStringLiteral("Dokumen tambahan nomor %1").arg(i),
                               ReceiptChecklistLine::Status::Present, {}});
    const double longMm = thermal.thermalHeightMm(data, probe);
    QVERIFY2(longMm > shortMm + 40, qPrintable(QStringLiteral("%1 -> %2").arg(shortMm).arg(longMm)));
    int pages = 0;
    const QString pdf = renderPdf(data, Layout::Thermal, QStringLiteral("thermal-long"), &pages);
    QCOMPARE(pages, 1); // a roll has no page breaks
    if (!test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    QVERIFY(text.contains(QStringLiteral("Dokumen tambahan nomor 19")));
    QVERIFY(text.contains(data.verificationCode)); // nothing clipped at the end
}

void TestReceiptRenderer::a4BreaksLongChecklists()
{
    test::TestDatabase t;
    ReceiptData data = ReceiptService::sample(t.context(), ReceiptKind::FileReceipt);
    for (int i = 0; i < 60; ++i)
        data.checklist.append({QStringLiteral("K%1").arg(i), QStringLiteral("Dokumen tambahan nomor %1").arg(i),
                               ReceiptChecklistLine::Status::Valid, QStringLiteral("asli diperlihatkan")});
    int pages = 0;
    const QString pdf = renderPdf(data, Layout::A4, QStringLiteral("a4-long"), &pages);
    QVERIFY(pages >= 2);
    if (!test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    QVERIFY(text.contains(QStringLiteral("Dokumen tambahan nomor 59")));
    QVERIFY(text.contains(data.verificationCode));
}

void TestReceiptRenderer::indonesianTitles()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
    QCOMPARE(ui::ReceiptRenderer::title(ReceiptKind::FileReceipt), QStringLiteral("TANDA TERIMA BERKAS"));
    QCOMPARE(ui::ReceiptRenderer::title(ReceiptKind::ReturnSlip), QStringLiteral("SURAT PENGEMBALIAN BERKAS"));
    QCOMPARE(ui::ReceiptRenderer::title(ReceiptKind::HandOver), QStringLiteral("TANDA TERIMA PENYERAHAN NIB/IZIN"));
    test::TestDatabase t;
    const ReceiptData data = ReceiptService::sample(t.context(), ReceiptKind::FileReceipt);
    const QString pdf = renderPdf(data, Layout::A4, QStringLiteral("id-file"));
    if (!qEnvironmentVariableIsEmpty("LOKET_RECEIPT_PNG_DIR"))
        QFile::copy(pdf, QDir(qEnvironmentVariable("LOKET_RECEIPT_PNG_DIR")).filePath(QStringLiteral("id-file.pdf")));
    if (!test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out);
    QVERIFY(text.contains(QStringLiteral("TANDA TERIMA BERKAS")));
    QVERIFY(text.contains(QStringLiteral("Nomor pendaftaran")));
}

void TestReceiptRenderer::complaintReceiptLineUnderQr_data()
{
    QTest::addColumn<bool>("complaint");
    QTest::addColumn<int>("layout");
    QTest::newRow("complaint a4") << true << int(Layout::A4);
    QTest::newRow("complaint thermal") << true << int(Layout::Thermal);
    QTest::newRow("suggestion a4") << false << int(Layout::A4);
    QTest::newRow("suggestion thermal") << false << int(Layout::Thermal);
}

// Under a complaint receipt's QR code: how to follow up this complaint (or ask about this
// suggestion) with its number, not "to follow the application" as on a case receipt.
void TestReceiptRenderer::complaintReceiptLineUnderQr()
{
    QFETCH(bool, complaint);
    QFETCH(int, layout);
    if (!test::hasTool(QStringLiteral("pdftotext")))
        QSKIP("poppler-utils are not installed");
    installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
    test::TestDatabase t;
    ReceiptData data;
    data.kind = ReceiptKind::Complaint;
    data.registrationNumber = QStringLiteral("PGD-C01-2026-00009");
    data.receivedAt = QDateTime(QDate(2026, 3, 17), QTime(9, 40), Clock::zone());
    data.eventAt = data.receivedAt;
    data.printedAt = data.receivedAt.addSecs(600);
    data.applicantName = QStringLiteral("Rina Marlina");
    if (complaint) {
        data.expectedCompletion = QDate(2026, 4, 14);
        data.workingDays = 14;
    }
    ReceiptService::stamp(t.context(), data);
    const QString pdf = renderPdf(data, static_cast<Layout>(layout),
                                  QStringLiteral("pgd-%1-%2").arg(QString::number(complaint), QString::number(layout)));
    const QString text =
        QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out).simplified();
    QVERIFY2(!text.contains(QStringLiteral("permohonan")), qPrintable(text));
    QString compact = text;
    compact.remove(u' ');
    const QString expected = complaint ? QStringLiteral("Untukmenindaklanjutipengaduan,sebutkannomorpengaduan")
                                       : QStringLiteral("Untukmenanyakansaranini,sebutkannomornya");
    QVERIFY2(compact.contains(expected + data.registrationNumber), qPrintable(text));
}

QTEST_MAIN(TestReceiptRenderer)
#include "test_receiptrenderer.moc"
