#include "ComplaintFixture.h"
#include "PreviewCatcher.h"
#include "calendar/ClockWidget.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintClosingTab.h"
#include "complaints/ComplaintDialog.h"
#include "complaints/ComplaintLetters.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintOrder.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintReceipts.h"
#include "complaints/ComplaintResolutionTab.h"
#include "complaints/ComplaintReviewTab.h"
#include "receipts/ReceiptRecordRepository.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

namespace {
// Tab pages sit in scroll areas: the tab is the one whose page holds the widget.
void showTab(QWidget* dialog, QWidget* page)
{
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("complaintTabs"));
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(page))
            tabs->setCurrentIndex(i);
}
} // namespace
using test::ComplaintFixture;

// The complaint screen offscreen: review, resolution with APIP approval, and closing, which is
// refused until the answer and the report to the superior are recorded.
class TestComplaintDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Prompter::setInstance(&m_prompter); m_prompter = {}; }
    void cleanup() { Prompter::setInstance(nullptr); }
    void closingIsRefusedUntilAnswerAndReport();
    void apipWaitsForTheHead();
    void suggestionIsNotedAndOverridden();
    void fitsA768PixelScreen();
    void printReceiptPreviewsAndSavesTheStoredReceipt();

private:
    template <typename T> static T* child(QWidget* w, const char* name)
    {
        T* found = w->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    // click() rather than a mouse event: the button may sit on a tab that is not shown.
    static void click(QWidget* w, const char* name) { child<QPushButton>(w, name)->click(); }
    static void type(QWidget* w, const char* name, const QString& text)
    {
        if (auto* line = w->findChild<QLineEdit*>(QString::fromLatin1(name)))
            line->setText(text);
        else
            child<QPlainTextEdit>(w, name)->setPlainText(text);
    }
    static void shoot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    ScriptedPrompter m_prompter;
};

void TestComplaintDialog::closingIsRefusedUntilAnswerAndReport()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    SettingsRepository(f.tdb().db())
        .set(f.tdb().context(), QStringLiteral("office.name"), QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    SettingsRepository(f.tdb().db())
        .set(f.tdb().context(), QStringLiteral("office.address"),
             QStringLiteral("Jalan Veteran Nomor 139, Kelurahan Nagrikaler, Purwakarta 41115"));
    Context front = f.as({Role::FrontDesk});
    ComplaintIntake in = ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9, 10));
    in.complainantAddress = QStringLiteral("Jl. Kapten Halim No. 5, Purwakarta");
    in.serviceKbli = QStringLiteral("71205");
    const Complaint c = ComplaintService::intake(front, in);

    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice}, QStringLiteral("dewi")));
    ComplaintDialog dialog(ui, c.id);
    dialog.show();
    QVERIFY(child<ClockWidget>(&dialog, "clockWidget")->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, "overrideTriage")->isVisible()); // back office may not override

    // Closing straight away is refused with the reason.
    QWidget* closing = dialog.closingTab();
    QVERIFY(child<QLabel>(closing, "closeMissing")->text().contains(QStringLiteral("answer")));
    click(closing, "closeComplaint");
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY2(m_prompter.shown.first().startsWith(QStringLiteral("warning:")), qPrintable(m_prompter.shown.first()));
    QVERIFY(m_prompter.shown.first().contains(ComplaintOrder::RuleClassificationFirst)); // item 5c comes first
    QCOMPARE(dialog.complaint().state, ComplaintStates::Received);

    // Review in the standard's order (items 5c, then 6a-e): a step before the classification is
    // refused, and the screen shows core's reason before and after the click.
    QWidget* review = dialog.reviewTab();
    child<QTableWidget>(review, "reviewSteps")->selectRow(0);
    QVERIFY(child<QLabel>(review, "reviewStepRefusal")->text().contains(QStringLiteral("5c")));
    m_prompter.shown.clear();
    click(review, "recordReviewStep");
    QVERIFY(m_prompter.shown.value(0).contains(ComplaintOrder::RuleClassificationFirst));
    QVERIFY(!dialog.complaint().reviewSteps.at(0).done());
    type(review, "reviewSector", QStringLiteral("Perindustrian"));
    auto* problem = child<QComboBox>(review, "reviewProblemType");
    problem->setCurrentIndex(3);
    click(review, "saveClassification");
    QVERIFY(!dialog.complaint().problemType.isEmpty());
    QCOMPARE(dialog.complaint().state, ComplaintStates::InReview);
    for (int row = 0; row < 5; ++row) {
        if (row == 3) { // step d formulates the plan
            child<QCheckBox>(review, "planConfirmation")->setChecked(true);
            click(review, "savePlan");
        }
        child<QTableWidget>(review, "reviewSteps")->selectRow(row);
        type(review, "reviewStepNote", QStringLiteral("Inti masalah: izin melewati 7 hari kerja"));
        child<QDateEdit>(review, "reviewStepDate")->setDate(QDate(2026, 3, 10));
        click(review, "recordReviewStep");
        QVERIFY(dialog.complaint().reviewSteps.at(row).done());
    }
    QVERIFY(child<QLabel>(review, "reviewNextStep")->text().contains(QStringLiteral("item 7")));
    child<QTabWidget>(&dialog, "complaintTabs")->setCurrentIndex(0);
    shoot(&dialog, QStringLiteral("complaint-review"));

    // Resolution inside the office, level by level from the officer up to the head.
    QWidget* resolution = dialog.resolutionTab();
    child<QRadioButton>(resolution, "path_internal")->setChecked(true);
    click(resolution, "chooseResolutionPath");
    QCOMPARE(dialog.complaint().resolutionPath, ResolutionPaths::Internal);
    for (const QString& post : ComplaintLevels::defaults()) {
        QCOMPARE(child<QLineEdit>(resolution, "levelPosition")->text(), post); // core names the next post
        type(resolution, "levelOfficer", QStringLiteral("Pejabat ") + post);
        child<QDateEdit>(resolution, "levelReportedOn")->setDate(QDate(2026, 3, 11));
        type(resolution, "levelReport", QStringLiteral("Berkas diperiksa; keterlambatan karena verifikasi teknis."));
        click(resolution, "addEscalationLevel");
    }
    QCOMPARE(dialog.complaint().escalations.size(), 5);
    QCOMPARE(dialog.complaint().state, ComplaintStates::Escalated);
    showTab(&dialog, resolution);
    shoot(&dialog, QStringLiteral("complaint-resolution"));

    // The answer, still refused to close without the report to the superior.
    closing = dialog.closingTab();
    child<QComboBox>(closing, "answerChannel")->setCurrentText(QStringLiteral("Surat"));
    child<QDateEdit>(closing, "answerOn")->setDate(QDate(2026, 3, 13));
    type(closing, "answerText", QStringLiteral("Izin Saudara telah terbit pada 12 Maret 2026 dan dapat diambil di "
                                               "loket penyerahan. Keterlambatan disebabkan oleh verifikasi teknis."));
    click(closing, "recordAnswer");
    QCOMPARE(dialog.complaint().state, ComplaintStates::Answered);
    m_prompter.shown.clear();
    click(closing, "closeComplaint");
    QVERIFY(m_prompter.shown.value(0).contains(QStringLiteral("superior")));
    QCOMPARE(dialog.complaint().state, ComplaintStates::Answered);

    type(closing, "superiorName", QStringLiteral("H. Asep Supriatna, Kepala Bidang Pelayanan"));
    child<QDateEdit>(closing, "superiorReportOn")->setDate(QDate(2026, 3, 16));
    type(closing, "superiorReportText", QStringLiteral("Pengaduan telah dijawab dalam 4 hari kerja."));
    click(closing, "recordSuperiorReport");
    showTab(&dialog, closing);
    shoot(&dialog, QStringLiteral("complaint-closing"));

    // Both documents print as PDF.
    QTemporaryDir out;
    m_prompter.fileAnswers << out.filePath(QStringLiteral("jawaban.pdf")) << out.filePath(QStringLiteral("laporan.pdf"));
    click(closing, "printAnswerLetter");
    click(closing, "printSuperiorReport");
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("jawaban.pdf"))).size() > 1000);
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("laporan.pdf"))).size() > 1000);
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFile::copy(out.filePath(QStringLiteral("jawaban.pdf")), dir + QStringLiteral("/answer-letter.pdf"));
        QFile::copy(out.filePath(QStringLiteral("laporan.pdf")), dir + QStringLiteral("/superior-report.pdf"));
    }

    m_prompter.shown.clear();
    click(closing, "closeComplaint");
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(dialog.complaint().state, ComplaintStates::Closed);
    QVERIFY(!child<QPushButton>(closing, "closeComplaint")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.reviewTab(), "savePlan")->isEnabled());
}

void TestComplaintDialog::apipWaitsForTheHead()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    Context front = f.as({Role::FrontDesk});
    const Complaint c = ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9)));
    Context back = f.as({Role::BackOffice});
    ComplaintProcess::classify(back, c.id, QStringLiteral("Perindustrian"), QStringLiteral("Biaya/tarif"));
    for (int i = 0; i < 5; ++i) {
        if (i == 3)
            ComplaintProcess::setPlan(back, c.id, ComplaintPlan{false, false, false, true});
        ComplaintProcess::recordReviewStep(back, c.id, i, QDate(2026, 3, 10), QStringLiteral("ok"));
    }
    {
        UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice}));
        ComplaintDialog dialog(ui, c.id);
        QWidget* resolution = dialog.resolutionTab();
        // APIP first: refused with the rule, "untuk pengaduan yang tidak bisa diselesaikan secara internal".
        child<QRadioButton>(resolution, "path_apip")->setChecked(true);
        m_prompter.shown.clear();
        click(resolution, "chooseResolutionPath");
        QVERIFY(m_prompter.shown.value(0).contains(ComplaintOrder::RuleApipAfterAttempt));
        QVERIFY(dialog.complaint().resolutionPath.isEmpty());
        child<QRadioButton>(resolution, "path_internal")->setChecked(true);
        click(resolution, "chooseResolutionPath");
        type(resolution, "levelOfficer", QStringLiteral("Andi"));
        type(resolution, "levelReport", QStringLiteral("Dugaan pungutan; di luar kewenangan bidang."));
        click(resolution, "addEscalationLevel");
        type(resolution, "unresolvedNote", QStringLiteral("Perlu pemeriksaan Inspektorat"));
        click(resolution, "recordUnresolved");
        QVERIFY(dialog.complaint().unresolvedOn.isValid());
        child<QRadioButton>(resolution, "path_apip")->setChecked(true);
        click(resolution, "chooseResolutionPath");
        QCOMPARE(dialog.complaint().resolutionPath, ResolutionPaths::Apip);
        QVERIFY(!child<QPushButton>(resolution, "addEscalationLevel")->isEnabled());
        QVERIFY(!child<QPushButton>(resolution, "approveApip")->isEnabled()); // not the head
        dialog.resize(1100, 780);
        showTab(&dialog, resolution);
        shoot(&dialog, QStringLiteral("complaint-apip-waiting"));
    }
    UiContext head(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::Head}, QStringLiteral("kepala")));
    ComplaintDialog dialog(head, c.id);
    QWidget* resolution = dialog.resolutionTab();
    QVERIFY(child<QPushButton>(resolution, "approveApip")->isEnabled());
    type(resolution, "apipApprovalNote", QStringLiteral("Nota dinas 700/12/2026"));
    click(resolution, "approveApip");
    QVERIFY(dialog.complaint().apipApproved());
    QVERIFY(child<QPushButton>(resolution, "addEscalationLevel")->isEnabled());
}

void TestComplaintDialog::suggestionIsNotedAndOverridden()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    Context front = f.as({Role::FrontDesk});
    const Complaint s = ComplaintService::intake(
        front, ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9), QString(), QStringLiteral("Parkir sempit")));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::Supervisor}, QStringLiteral("atasan")));
    ComplaintDialog dialog(ui, s.id);
    dialog.show();
    QVERIFY(!child<ClockWidget>(&dialog, "clockWidget")->isVisible());
    QVERIFY(child<QPushButton>(&dialog, "overrideTriage")->isEnabled());
    shoot(&dialog, QStringLiteral("suggestion"));
    QVERIFY(!dialog.overrideTriage(ComplaintKind::Complaint, QString())); // a reason is needed
    QVERIFY(m_prompter.shown.value(0).startsWith(QStringLiteral("warning:")));
    type(dialog.closingTab(), "suggestionNote", QStringLiteral("Diteruskan ke bagian umum untuk penataan parkir."));
    click(dialog.closingTab(), "noteSuggestion");
    QCOMPARE(dialog.complaint().state, ComplaintStates::Noted);
    QVERIFY(!dialog.overrideTriage(ComplaintKind::Complaint, QStringLiteral("late"))); // noted: no more override
}

void TestComplaintDialog::printReceiptPreviewsAndSavesTheStoredReceipt()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const Complaint c = ComplaintService::intake(f.as({Role::FrontDesk}),
                                                 ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 16, 9, 30)));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::FrontDesk}, QStringLiteral("rina")));
    ComplaintDialog dialog(ui, c.id);
    dialog.show();
    auto* print = child<QPushButton>(&dialog, "printReceipt");
    QVERIFY(print->isEnabled());
    QVERIFY(print->menu());
    const ReceiptRecordRepository records(f.tdb().db().handle());

    // A4 and thermal open the print preview of this complaint's receipt; closed unprinted,
    // nothing is stored.
    for (const char* name : {"printReceiptA4", "printReceiptThermal"}) {
        test::PreviewCatcher preview;
        QAction* action = child<QAction>(print->menu(), name);
        QVERIFY(action);
        action->trigger(); // the preview is modal: trigger() returns once the catcher closed it
        QVERIFY2(preview.title().contains(c.number), qPrintable(preview.title()));
    }
    QVERIFY(!records.find(c.number, ReceiptKind::Complaint, c.receivedAt));

    // Saved as PDF (the file asked through the Prompter): the receipt is stored with its signature.
    QTemporaryDir dir;
    m_prompter.fileAnswers << dir.filePath(QStringLiteral("pengaduan.pdf"));
    child<QAction>(print->menu(), "saveReceiptPdf")->trigger();
    QVERIFY2(m_prompter.shown.filter(QStringLiteral("warning:")).isEmpty(), qPrintable(m_prompter.shown.join(u'\n')));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("pengaduan.pdf"))).size() > 0);
    const auto stored = records.find(c.number, ReceiptKind::Complaint, c.receivedAt);
    QVERIFY(stored);
    QCOMPARE(stored->issuedBy, QStringLiteral("rina"));

    // Saved again later: the stored receipt, marked as a copy, same signature.
    f.tdb().clock().set(ComplaintFixture::at(2026, 3, 18, 14, 5));
    m_prompter.fileAnswers << dir.filePath(QStringLiteral("salinan"));
    child<QAction>(print->menu(), "saveReceiptPdf")->trigger();
    QVERIFY2(m_prompter.shown.filter(QStringLiteral("warning:")).isEmpty(), qPrintable(m_prompter.shown.join(u'\n')));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("salinan.pdf"))).size() > 0);
    const ReceiptData again = ComplaintReceipts::build(ui.context(), c.id);
    QVERIFY(again.copy);
    QCOMPARE(again.signature, stored->signature);
    QCOMPARE(again.qrPayload, stored->qrText);
    SqlQuery audit(f.tdb().db().handle(),
                   QStringLiteral("SELECT action FROM audit_log WHERE action LIKE 'receipt.%' ORDER BY seq"));
    audit.exec();
    QStringList actions;
    while (audit.next())
        actions << audit.value(0).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("receipt.key_publish"), QStringLiteral("receipt.print"),
                                   QStringLiteral("receipt.reprint")}));
}

// Issue 13, point 6: the dialog was 781 px tall, taller than a 1366x768 screen.
void TestComplaintDialog::fitsA768PixelScreen()
{
    ComplaintFixture f(QDate(2026, 3, 16));
    const Complaint c =
        ComplaintService::intake(f.as({Role::FrontDesk}), ComplaintFixture::intake(ComplaintFixture::at(2026, 3, 9)));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::Supervisor}, QStringLiteral("atasan")));
    ComplaintDialog dialog(ui, c.id);
    dialog.show();
    shoot(&dialog, QStringLiteral("complaint-dialog-768"));
    QVERIFY2(dialog.height() <= 680, qPrintable(QString::number(dialog.height())));
    QVERIFY2(dialog.minimumSizeHint().height() <= 680, qPrintable(QString::number(dialog.minimumSizeHint().height())));
    QVERIFY2(dialog.frameGeometry().height() <= 720, qPrintable(QString::number(dialog.frameGeometry().height())));
}

QTEST_MAIN(TestComplaintDialog)
#include "test_complaintdialog.moc"
