#include "CaseFixture.h"
#include "PreviewCatcher.h"
#include "cases/CaseActionPanel.h"
#include "cases/CaseListModel.h"
#include "cases/CaseScreen.h"
#include "cases/CasesPage.h"
#include "cases/ChecklistEditor.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "identity/IdentityMask.h"
#include "print/ReceiptRenderer.h"
#include "receipts/ReceiptService.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

class TestCasesPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listShowsCasesNewestFirstWithClockState();
    void searchFiltersByNikAndName();
    void commonNameSaysItsCountIsASample();
    void scannedReceiptOpensTheCase();
    void buttonsFollowTheRole();
    void actionWithTheKeyboard();
    void handOverBringsUpItsReceipt();
    void resubmittedFileBringsUpTheFileReceipt();
    void registrationNumberShowsItsSequence();
    void openCaseFollowsChangesAndOfficer();
    void longNoteLeavesTheRequirementReadable();

private:
    void makePage(const Roles& roles);
    // Confirms the open action panel and returns the title of the modal preview that comes up
    // (closed at once), or empty when none did.
    QString confirmAndCatchPreview();

    std::unique_ptr<CaseFixture> m_fixture;
    std::unique_ptr<UiContext> m_ui;
    std::unique_ptr<CasesPage> m_page;
    ScriptedPrompter m_prompter;
    QStringList m_numbers;
};

void TestCasesPage::init()
{
    m_fixture = std::make_unique<CaseFixture>();
    m_numbers.clear();
    for (int i = 1; i <= 3; ++i) {
        m_numbers << CaseService::registerCase(m_fixture->system(), m_fixture->request(i, i != 2)).record.registrationNumber;
        m_fixture->data().clock().advanceSecs(600);
    }
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestCasesPage::cleanup()
{
    m_page.reset();
    Prompter::setInstance(nullptr);
    m_ui.reset();
    m_fixture.reset();
}

void TestCasesPage::makePage(const Roles& roles)
{
    m_page.reset();
    m_ui = std::make_unique<UiContext>(m_fixture->data().db(), m_fixture->data().clock(), actorWith(roles, QStringLiteral("rina")));
    m_page = std::make_unique<CasesPage>(*m_ui);
    m_page->resize(1300, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
}

void TestCasesPage::listShowsCasesNewestFirstWithClockState()
{
    makePage({Role::FrontDesk});
    CaseListModel* model = m_page->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->registrationAt(0), m_numbers[2]);
    QCOMPARE(model->registrationAt(2), m_numbers[0]);
    const QString clock = model->index(0, CaseListModel::ColClock).data().toString();
    QVERIFY(!clock.isEmpty());
    QVERIFY(model->index(0, CaseListModel::ColClock).data(Qt::BackgroundRole).isValid());
    // The returned file has no clock running and no due date.
    QVERIFY(model->index(1, CaseListModel::ColDue).data().toString().isEmpty());
    // The list masks the NIK for every role, the front desk too (the full NIK is on the case screen only).
    const QString nik = model->index(0, CaseListModel::ColNik).data().toString();
    QVERIFY2(nik != CaseFixture::nik(3), qPrintable(nik));
    QCOMPARE(nik, IdentityMask::maskNik(CaseFixture::nik(3)));
    QVERIFY(nik.contains(QStringLiteral("********")));
}

void TestCasesPage::registrationNumberShowsItsSequence()
{
    makePage({Role::FrontDesk});
    auto* table = m_page->findChild<QTableView*>(QStringLiteral("caseTable"));
    QVERIFY(table);
    // The column is as wide as the number in its own font: nothing is cut.
    const QFont font = m_page->model()->index(0, CaseListModel::ColRegistration).data(Qt::FontRole).value<QFont>();
    const int text = QFontMetrics(font).horizontalAdvance(m_numbers[0]);
    QVERIFY2(
        table->columnWidth(CaseListModel::ColRegistration) >= text,
        qPrintable(
            QStringLiteral("column %1, number %2").arg(table->columnWidth(CaseListModel::ColRegistration)).arg(text)));
    // Made narrow by hand, it loses the start of the number, never the sequence at its end.
    table->setColumnWidth(CaseListModel::ColRegistration, text / 2);
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualRect(m_page->model()->index(0, CaseListModel::ColRegistration));
    auto* delegate = table->itemDelegateForColumn(CaseListModel::ColRegistration);
    QVERIFY(delegate);
    // The delegate's own option says how it elides.
    struct Probe : QStyledItemDelegate
    {
        using QStyledItemDelegate::initStyleOption;
    };
    QStyleOptionViewItem styled = option;
    static_cast<Probe*>(static_cast<QStyledItemDelegate*>(delegate))
        ->initStyleOption(&styled, m_page->model()->index(0, CaseListModel::ColRegistration));
    QCOMPARE(styled.textElideMode, Qt::ElideLeft);
}

void TestCasesPage::openCaseFollowsChangesAndOfficer()
{
    makePage({Role::FrontDesk});
    QVERIFY(m_page->openCase(m_numbers[0]));
    auto* stage = m_page->caseScreen()->findChild<QLabel*>(QStringLiteral("caseStage"));
    QVERIFY(stage);
    QCOMPARE(stage->text(), caseStageTitle(CaseStage::Registered));
    // Another workstation moved it (a sync delivered it): the screen shows the case as it now is.
    CaseService::act(m_fixture->system(), m_numbers[0], CaseAction::StartVerification, {});
    m_ui->notifyDataChanged(QStringLiteral("cases"));
    QCOMPARE(stage->text(), caseStageTitle(CaseStage::Verification));
    // Moved again, then another officer signs in at this PC: they see it as it is, not as it was.
    CaseService::act(m_fixture->system(), m_numbers[0], CaseAction::ForwardToSignature, {});
    m_ui->setActor(actorWith({Role::BackOffice}, QStringLiteral("budi")));
    QCOMPARE(stage->text(), caseStageTitle(CaseStage::Signature));
    QCOMPARE(m_page->caseScreen()->registrationNumber(), m_numbers[0]);
}

// The U1 scale warning is a long note: it had squeezed the requirement column to "S…".
void TestCasesPage::longNoteLeavesTheRequirementReadable()
{
    IntakeRequest request = m_fixture->request(4, true);
    QVERIFY(!request.checklist.isEmpty());
    request.checklist[0].note = QStringLiteral("Peringatan: skala usaha yang tercatat adalah Mikro (modal sampai Rp1 "
                                               "miliar), sedangkan persyaratan meminta industri kecil atau menengah.");
    const QString number = CaseService::registerCase(m_fixture->system(), request).record.registrationNumber;
    makePage({Role::FrontDesk});
    m_page->show();
    QVERIFY(m_page->openCase(number));
    auto* table = m_page->caseScreen()->findChild<QTableWidget*>(QStringLiteral("caseChecklist"));
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QTRY_VERIFY2(
        table->columnWidth(1) > table->columnWidth(3),
        qPrintable(
            QStringLiteral("requirement %1 px, note %2 px").arg(table->columnWidth(1)).arg(table->columnWidth(3))));
    QCOMPARE(table->item(0, 3)->toolTip(), request.checklist[0].note); // the whole note, on hover
}

void TestCasesPage::searchFiltersByNikAndName()
{
    makePage({Role::TechnicalTeam});
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    QTest::keyClicks(search, CaseFixture::nik(2));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->registrationAt(0), m_numbers[1]);
    // The count under the list follows the filter just applied (it lagged one filter behind).
    auto* count = m_page->findChild<QLabel*>(QStringLiteral("caseCount"));
    QVERIFY(count);
    QVERIFY2(count->text().startsWith(QStringLiteral("1 ")), qPrintable(count->text()));
    // The technical team may not see NIKs in full.
    QVERIFY(m_page->model()->index(0, CaseListModel::ColNik).data().toString() != CaseFixture::nik(2));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("santoso 3"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_page->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->registrationAt(0), m_numbers[2]);
}

// A first name shared by more people than the list samples: the count says it is a sample.
void TestCasesPage::commonNameSaysItsCountIsASample()
{
    {
        Transaction tx(m_fixture->data().db().handle());
        for (int i = 0; i < CaseQueries::nameSample() + 20; ++i)
            SqlQuery(m_fixture->data().db().handle(),
                     QStringLiteral("INSERT INTO applicants (id, name, nik, created_at, updated_at, workstation) "
                                    "VALUES (:id, :name, :nik, '2026-01-05T09:00:00.000+07:00', "
                                    "'2026-01-05T09:00:00.000+07:00', 'C01')"))
                .bind(QStringLiteral(":id"), QStringLiteral("filler-%1").arg(i))
                .bind(QStringLiteral(":name"), QStringLiteral("Budi Lain %1").arg(i))
                .bind(QStringLiteral(":nik"), QStringLiteral("32150141%1").arg(i, 8, 10, QLatin1Char('0')))
                .exec();
        tx.commit();
    }
    makePage({Role::FrontDesk});
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("caseSearch"));
    auto* count = m_page->findChild<QLabel*>(QStringLiteral("caseCount"));
    QTest::keyClicks(search, QStringLiteral("budi"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(m_page->model()->sampled());
    QVERIFY2(count->text().contains(QStringLiteral("+")) && count->text().contains(QStringLiteral("500")),
             qPrintable(count->text()));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("santoso 3"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!m_page->model()->sampled());
    QVERIFY2(!count->text().contains(QStringLiteral("+")), qPrintable(count->text()));
}

void TestCasesPage::scannedReceiptOpensTheCase()
{
    makePage({Role::FrontDesk});
    QLineEdit* scan = m_page->scanField();
    // A scanner types the QR payload of the file receipt and Enter.
    ReceiptData d = CaseService::receiptData(m_fixture->system(), m_numbers[0], ReceiptKind::FileReceipt);
    QTest::keyClicks(scan, d.qrPayload);
    QTest::keyClick(scan, Qt::Key_Return);
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(m_page->caseScreen()->registrationNumber(), m_numbers[0]);
    QVERIFY(m_page->caseScreen()->isVisible());
    // Esc goes back to the list; a typed registration number opens the case as well.
    QTest::keyClick(m_page->caseScreen(), Qt::Key_Escape);
    QTRY_VERIFY(!m_page->caseScreen()->isVisible());
    QTest::keyClicks(scan, m_numbers[2]);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_page->caseScreen()->registrationNumber(), m_numbers[2]);
    // A tampered code still opens the case, with a warning.
    m_page->showList();
    QString forged = d.qrPayload;
    const QChar last = forged.back();
    forged.chop(1);
    forged += last == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::keyClicks(scan, forged);
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_prompter.shown.size(), 1);
    QCOMPARE(m_page->caseScreen()->registrationNumber(), m_numbers[0]);
    // An unknown number is reported.
    m_page->showList();
    QTest::keyClicks(scan, QStringLiteral("DPMPTSP/71205/2026/C01/99999"));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(m_prompter.shown.size(), 2);
}

void TestCasesPage::buttonsFollowTheRole()
{
    auto buttons = [this] {
        QStringList names;
        for (QPushButton* b : m_page->caseScreen()->findChildren<QPushButton*>())
            if (b->objectName().startsWith(QLatin1String("action_")) && b->isVisible())
                names << b->objectName().mid(7);
        names.sort();
        return names;
    };
    makePage({Role::FrontDesk});
    QVERIFY(m_page->openCase(m_numbers[0]));
    QTRY_COMPARE(buttons(), QStringList({QStringLiteral("withdraw")}));
    makePage({Role::BackOffice});
    QVERIFY(m_page->openCase(m_numbers[0]));
    QTRY_COMPARE(buttons(), QStringList({QStringLiteral("reject"), QStringLiteral("return"),
                                         QStringLiteral("start_verification")}));
    makePage({Role::FrontDesk});
    QVERIFY(m_page->openCase(m_numbers[1])); // returned at intake
    QTRY_COMPARE(buttons(), QStringList({QStringLiteral("resubmit"), QStringLiteral("withdraw")}));
    makePage({Role::Admin});
    QVERIFY(m_page->openCase(m_numbers[0]));
    QTRY_VERIFY(buttons().isEmpty());
}

void TestCasesPage::actionWithTheKeyboard()
{
    makePage({Role::BackOffice});
    QVERIFY(m_page->openCase(m_numbers[0]));
    auto* start = m_page->caseScreen()->findChild<QPushButton*>(QStringLiteral("action_return"));
    QTRY_VERIFY(start && start->isVisible());
    start->setFocus();
    QTest::keyClick(start, Qt::Key_Space);
    CaseActionPanel* panel = m_page->caseScreen()->actionPanel();
    QTRY_VERIFY(panel->isVisible());
    auto* reason = panel->findChild<QLineEdit*>(QStringLiteral("actionReason"));
    QTRY_VERIFY(reason->hasFocus());
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier); // no reason yet: refused
    QCOMPARE(m_prompter.shown.size(), 1);
    QTest::keyClicks(reason, QStringLiteral("Akun SIINas tidak aktif"));
    QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel->isVisible());
    const CaseRecord c = CaseService::get(m_fixture->system(), m_numbers[0]);
    QCOMPARE(c.stage, CaseStage::Returned);
    QCOMPARE(c.clock, QStringLiteral("paused"));
    QCOMPARE(m_page->caseScreen()->view().record.stage, CaseStage::Returned);
}

QString TestCasesPage::confirmAndCatchPreview()
{
    test::PreviewCatcher preview;
    CaseActionPanel* panel = m_page->caseScreen()->actionPanel();
    auto* confirm = panel->findChild<QPushButton*>(QStringLiteral("actionConfirm"));
    confirm->click();
    // The preview is modal: click() returns once the catcher has closed it.
    return QTest::qWaitFor([&] { return !preview.title().isEmpty(); }, 2000) ? preview.title() : QString();
}

void TestCasesPage::handOverBringsUpItsReceipt()
{
    const CaseRecord issued = m_fixture->caseAt(CaseStage::Issued, 7);
    makePage({Role::FrontDesk});
    QVERIFY(m_page->openCase(issued.registrationNumber));
    auto* handOver = m_page->caseScreen()->findChild<QPushButton*>(QStringLiteral("action_hand_over"));
    QTRY_VERIFY(handOver && handOver->isVisible());
    handOver->click();
    QTRY_VERIFY(m_page->caseScreen()->actionPanel()->isVisible());
    const QString title = confirmAndCatchPreview();
    QVERIFY2(title.contains(issued.registrationNumber), qPrintable(title));
    QCOMPARE(CaseService::get(m_fixture->system(), issued.registrationNumber).stage, CaseStage::HandedOver);
    // The preview was closed without printing: nothing is logged, and the button stays for later.
    QVERIFY(ReceiptService::prints(m_fixture->data().db(), issued.registrationNumber).isEmpty());
    QVERIFY(m_page->caseScreen()->findChild<QPushButton*>(QStringLiteral("printHandOverReceipt")));
}

void TestCasesPage::resubmittedFileBringsUpTheFileReceipt()
{
    makePage({Role::FrontDesk});
    QVERIFY(m_page->openCase(m_numbers[1])); // registered incomplete: returned
    auto* resubmit = m_page->caseScreen()->findChild<QPushButton*>(QStringLiteral("action_resubmit"));
    QTRY_VERIFY(resubmit && resubmit->isVisible());
    resubmit->click();
    CaseActionPanel* panel = m_page->caseScreen()->actionPanel();
    QTRY_VERIFY(panel->isVisible());
    auto* editor = panel->findChild<ChecklistEditor*>();
    QVERIFY(editor);
    editor->setItems(m_fixture->checklist(true));
    const QString title = confirmAndCatchPreview();
    QVERIFY2(title.contains(m_numbers[1]), qPrintable(title));
    QVERIFY2(title.contains(ReceiptRenderer::title(ReceiptKind::FileReceipt)), qPrintable(title));
    QVERIFY(CaseService::get(m_fixture->system(), m_numbers[1]).completeAt.isValid());
}

QTEST_MAIN(TestCasesPage)
#include "test_casespage.moc"
