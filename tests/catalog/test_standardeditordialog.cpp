#include "TestDatabase.h"
#include "audit/AuditTrail.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardEditorDialog.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

// The standard editor on the catalogue page, offscreen: keyboard editing, refusals from core
// shown with the field, permissions, conflicts.
class TestStandardEditorDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardEditSavesNewVersion();
    void badValueNamesTheFieldAndStoresNothing();
    void stageBudgetsComeFromTheOffice();
    void unchangedSaysSo();
    void newServiceFromTheShownStandard();
    void noEditingWithoutPermission();
    void conflictWithANewerVersion();
    void closingAsksBeforeLosingChanges();
    void screenshotsInIndonesian();

private:
    StandardEditorDialog* openEditor(CatalogPage& page, const char* button = "catalogEdit");
    static void type(const QString& text);
    QList<AuditEntry> versionEntries();
    int versionCount() { return int(CatalogRepository(m_tdb->db()).versions(m_serviceId).size()); }

    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<UiContext> m_ui;
    ScriptedPrompter m_prompter;
    QString m_serviceId;
};

void TestStandardEditorDialog::init()
{
    installTranslations(*qApp, QStringLiteral("en"));
    m_tdb = std::make_unique<test::TestDatabase>();
    CatalogService::importBuiltinIfEmpty(m_tdb->db(), m_tdb->clock());
    m_serviceId = CatalogRepository(m_tdb->db()).currentByKbli(QStringLiteral("71205"))->serviceId;
    m_ui = std::make_unique<UiContext>(m_tdb->db(), m_tdb->clock(), test::actorWith({Role::Admin}, QStringLiteral("it")));
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestStandardEditorDialog::cleanup()
{
    Prompter::setInstance(nullptr);
    m_ui.reset();
    m_tdb.reset();
}

StandardEditorDialog* TestStandardEditorDialog::openEditor(CatalogPage& page, const char* button)
{
    page.findChild<QPushButton*>(QLatin1String(button))->click();
    StandardEditorDialog* dialog = page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Keys go to whatever has the focus, as they would from a keyboard.
void TestStandardEditorDialog::type(const QString& text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

QList<AuditEntry> TestStandardEditorDialog::versionEntries()
{
    AuditFilter filter;
    filter.action = QStringLiteral("catalog.standard.version");
    return AuditTrail(m_tdb->context(test::actorWith({Role::Admin}))).query(filter);
}

void TestStandardEditorDialog::keyboardEditSavesNewVersion()
{
    CatalogPage page(*m_ui);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    const int auditBefore = int(versionEntries().size());

    auto* edit = page.findChild<QPushButton*>(QStringLiteral("catalogEdit"));
    QVERIFY(edit->isVisible());
    page.findChild<QTableView*>(QStringLiteral("catalogList"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
    StandardEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor"))));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("editorKbli")));

    // Ctrl+Tab goes round every tab, whatever field has the focus, and edits nothing.
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    for (int i = 1; i <= tabs->count(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i % tabs->count());
        QVERIFY(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    }
    QVERIFY(!dialog->hasChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"));
    days->setFocus();
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("9"));
    QCOMPARE(days->value(), 9);

    // Requirements tab: Insert adds a row and starts on its key; Right arrows reach the text.
    tabs->setCurrentIndex(1);
    auto* requirements = dialog->findChild<QTableWidget*>(QStringLiteral("editorRequirements"));
    const int rowsBefore = requirements->rowCount();
    requirements->setFocus();
    QTest::keyClick(requirements, Qt::Key_Insert);
    QCOMPARE(requirements->rowCount(), rowsBefore + 1);
    QCOMPARE(requirements->currentRow(), rowsBefore);
    QCOMPARE(requirements->currentColumn(), 0);
    type(QStringLiteral("K1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), requirements); // the delegate commits queued
    QTest::keyClick(requirements, Qt::Key_Right);
    QTest::keyClick(requirements, Qt::Key_Right);
    type(QStringLiteral("Surat kuasa"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), requirements);
    QCOMPARE(requirements->item(rowsBefore, 0)->text(), QStringLiteral("K1"));
    QCOMPARE(requirements->item(rowsBefore, 2)->text(), QStringLiteral("Surat kuasa"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QTRY_VERIFY(!page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor")));

    const CatalogRepository repo(m_tdb->db());
    const ServiceStandard current = *repo.currentByServiceId(m_serviceId);
    QCOMPARE(current.version, 2);
    QCOMPARE(current.completionWorkingDays, 9);
    QCOMPARE(current.requirements.last(), (Requirement{QStringLiteral("K1"), QStringLiteral("special"),
                                                       QStringLiteral("Surat kuasa"), 1}));
    QCOMPARE(repo.versions(m_serviceId).first().completionWorkingDays, 7); // version 1 untouched
    const QList<AuditEntry> entries = versionEntries();
    QCOMPARE(entries.size(), auditBefore + 1);
    const AuditEntry& e = entries.first();
    QCOMPARE(e.recordId, current.id);
    QCOMPARE(e.actorName, QStringLiteral("it"));
    const QJsonArray changed = e.after.value(QStringLiteral("changed")).toArray();
    QVERIFY(changed.contains(QStringLiteral("completion_working_days")));
    QVERIFY(changed.contains(QStringLiteral("requirements")));
    QCOMPARE(changed.size(), 2);

    // The page shows the new version.
    QCOMPARE(page.shownStandard()->version, 2);
    QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("catalogVersion"))->count(), 2);
}

// Stage budgets are the office's: none by default, none for `issued` (after the clock stops),
// 0 shown as "none" and stored as no budget.
void TestStandardEditorDialog::stageBudgetsComeFromTheOffice()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QSpinBox*>(QStringLiteral("editorStage_issued")));
    auto* verification = dialog->findChild<QSpinBox*>(QStringLiteral("editorStage_verification"));
    QVERIFY(verification);
    QCOMPARE(verification->value(), 0);
    QCOMPARE(verification->text(), QStringLiteral("none"));
    QVERIFY(dialog->edited().stageBudgets.isEmpty());
    verification->setValue(3);
    QCOMPARE(dialog->edited().stageBudgets, (QList<StageBudget>{{QStringLiteral("verification"), 3}}));
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    const ServiceStandard saved = *CatalogRepository(m_tdb->db()).currentByServiceId(m_serviceId);
    QCOMPARE(saved.stageBudget(QStringLiteral("verification")), 3);

    // Back to 0: the stage has no budget any more.
    QTRY_VERIFY(!page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor")));
    StandardEditorDialog* again = openEditor(page);
    QVERIFY(again);
    again->findChild<QSpinBox*>(QStringLiteral("editorStage_verification"))->setValue(0);
    QVERIFY(again->edited().stageBudgets.isEmpty());
    again->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QVERIFY(CatalogRepository(m_tdb->db()).currentByServiceId(m_serviceId)->stageBudgets.isEmpty());
}

void TestStandardEditorDialog::badValueNamesTheFieldAndStoresNothing()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    const int auditBefore = int(versionEntries().size());
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("editorName"));
    auto* days = dialog->findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"));
    auto* products = dialog->findChild<QPlainTextEdit*>(QStringLiteral("editorProducts"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("editorSave"));

    // An empty name: the message names the field, the general tab and the field are shown.
    name->clear();
    days->setValue(9);
    products->setPlainText(QStringLiteral("Izin baru\n\nNIB"));
    tabs->setCurrentIndex(3);
    save->click();
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("warning: Please correct \"Service name\"")),
             qPrintable(m_prompter.shown.last()));
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("standard.name")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(tabs->currentIndex(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), name);
    // Nothing typed is lost.
    QCOMPARE(days->value(), 9);
    QCOMPARE(products->toPlainText(), QStringLiteral("Izin baru\n\nNIB"));

    // Zero days.
    name->setText(QStringLiteral("Jasa Kalibrasi/Metrologi"));
    days->setValue(0);
    save->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("\"Completion time\"")), qPrintable(m_prompter.shown.last()));
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("standard.completion_working_days")));
    QCOMPARE(tabs->currentIndex(), 2);
    QTRY_COMPARE(QApplication::focusWidget(), days);

    // A requirement key used twice: the cell is selected.
    days->setValue(9);
    auto* requirements = dialog->findChild<QTableWidget*>(QStringLiteral("editorRequirements"));
    requirements->item(3, 0)->setText(QStringLiteral("U1"));
    save->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("\"Requirements, row 4, Key\"")),
             qPrintable(m_prompter.shown.last()));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(requirements->currentRow(), 3);
    QCOMPARE(requirements->currentColumn(), 0);

    // A channel without a label.
    requirements->item(3, 0)->setText(QStringLiteral("U4"));
    auto* channels = dialog->findChild<QTableWidget*>(QStringLiteral("editorChannels"));
    channels->item(2, 2)->setText(QStringLiteral(" "));
    save->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("\"Complaint channels, row 3, Label\"")),
             qPrintable(m_prompter.shown.last()));
    QCOMPARE(tabs->currentIndex(), 3);
    QCOMPARE(channels->currentColumn(), 2);

    QCOMPARE(versionCount(), 1);
    QCOMPARE(int(versionEntries().size()), auditBefore);
    QVERIFY(dialog->isVisible());
    QCOMPARE(days->value(), 9);
}

void TestStandardEditorDialog::unchangedSaysSo()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);
    // Every field round-trips through the widgets unchanged.
    QVERIFY(!dialog->hasChanges());
    QVERIFY(dialog->edited() == *page.shownStandard());
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("info: Nothing changed")),
             qPrintable(m_prompter.shown.last()));
    QTRY_VERIFY(!page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor")));
    QCOMPARE(versionCount(), 1);
}

void TestStandardEditorDialog::newServiceFromTheShownStandard()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    StandardEditorDialog* dialog = openEditor(page, "catalogNew");
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("editorKbli"))->text().isEmpty());
    QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("editorRequirements"))->rowCount(), 0);
    QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("editorChannels"))->rowCount(), 13);

    // Without requirements the service refuses and names them.
    dialog->findChild<QLineEdit*>(QStringLiteral("editorKbli"))->setText(QStringLiteral("10794"));
    dialog->findChild<QLineEdit*>(QStringLiteral("editorName"))->setText(QStringLiteral("Industri Kerupuk"));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("editorProducts"))->setPlainText(QStringLiteral("NIB"));
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("standard.requirements")),
             qPrintable(m_prompter.shown.last()));

    dialog->findChild<QPushButton*>(QStringLiteral("editorRequirementsAdd"))->click();
    auto* requirements = dialog->findChild<QTableWidget*>(QStringLiteral("editorRequirements"));
    requirements->item(0, 0)->setText(QStringLiteral("U1"));
    requirements->item(0, 1)->setData(Qt::EditRole, QStringLiteral("general"));
    requirements->item(0, 2)->setText(QStringLiteral("Skala usaha mikro atau kecil"));
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QTRY_VERIFY(!page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor")));

    const auto created = CatalogRepository(m_tdb->db()).currentByKbli(QStringLiteral("10794"));
    QVERIFY(created);
    QCOMPARE(created->version, 1);
    QVERIFY(created->serviceId != m_serviceId);
    QCOMPARE(created->annexNumber, 0);
    QCOMPARE(created->complaints.channels.size(), 13);
    QCOMPARE(page.shownStandard()->serviceId, created->serviceId);
    QCOMPARE(versionCount(), 1);
}

void TestStandardEditorDialog::noEditingWithoutPermission()
{
    m_ui->setActor(test::actorWith({Role::FrontDesk}));
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("catalogEdit"))->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("catalogNew"))->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.findChild<QTableView*>(QStringLiteral("catalogList"))->setFocus();
    QTest::keyClick(page.findChild<QTableView*>(QStringLiteral("catalogList")), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!page.findChild<StandardEditorDialog*>());

    // Core refuses too, whatever the screen does.
    StandardEditorDialog dialog(*m_ui, *page.shownStandard());
    dialog.findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"))->setValue(9);
    QVERIFY(!dialog.save());
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("warning:")));
    QCOMPARE(versionCount(), 1);

    // The buttons come back when an administrator signs in.
    m_ui->setActor(test::actorWith({Role::Admin}));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("catalogEdit"))->isVisible());
}

void TestStandardEditorDialog::conflictWithANewerVersion()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);

    // Someone at another desk saves version 2 meanwhile.
    ServiceStandard other = *CatalogRepository(m_tdb->db()).currentByServiceId(m_serviceId);
    other.staffCount = 31;
    CatalogService::saveNewVersion(m_tdb->context(test::actorWith({Role::Admin})), other);

    dialog->findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"))->setValue(10);
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QCOMPARE(m_prompter.shown.size(), 1);
    const QString shown = m_prompter.shown.last();
    QVERIFY2(shown.startsWith(QStringLiteral("warning: While you were editing version 1, someone saved version 2")),
             qPrintable(shown));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"))->value(), 10);
    const ServiceStandard current = *CatalogRepository(m_tdb->db()).currentByServiceId(m_serviceId);
    QCOMPARE(current.version, 2);
    QCOMPARE(current.staffCount, 31);
    QCOMPARE(current.completionWorkingDays, 7);
}

void TestStandardEditorDialog::closingAsksBeforeLosingChanges()
{
    CatalogPage page(*m_ui);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("editorFeeText"))->setText(QStringLiteral("Tidak dipungut biaya"));
    m_prompter.confirmAnswers << false;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("confirm:")));
    QVERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape); // the next answer is yes
    QTRY_VERIFY(!page.findChild<StandardEditorDialog*>(QStringLiteral("standardEditor")));
    QCOMPARE(versionCount(), 1);
}

void TestStandardEditorDialog::screenshotsInIndonesian()
{
    installTranslations(*qApp, QStringLiteral("id"));
    CatalogPage page(*m_ui);
    page.resize(1200, 800);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("catalogEdit"))->text(), QStringLiteral("Ubah…"));
    StandardEditorDialog* dialog = openEditor(page);
    QVERIFY(dialog);
    auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("editorTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Persyaratan"));
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOTS");
    if (!dir.isEmpty()) {
        page.grab().save(dir + QStringLiteral("/catalog-edit-page.png"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents(); // let the shown tab lay out, as a user would see it
            dialog->grab().save(dir + QStringLiteral("/standard-editor-%1.png").arg(i));
        }
    }
    dialog->findChild<QSpinBox*>(QStringLiteral("editorCompletionDays"))->setValue(0);
    dialog->findChild<QPushButton*>(QStringLiteral("editorSave"))->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("\"Waktu penyelesaian\"")),
             qPrintable(m_prompter.shown.last()));
}

QTEST_MAIN(TestStandardEditorDialog)
#include "test_standardeditordialog.moc"
