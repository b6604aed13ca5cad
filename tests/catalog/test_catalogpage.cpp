#include "TestDatabase.h"
#include "catalog/CatalogPage.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardDocument.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "setup/Bootstrap.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

// The catalogue browser, offscreen: English first, then Indonesian (the default language).
class TestCatalogPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheStandardInEnglish();
    void savesPdf();
    void versionsAndImportThroughPrompter();
    void editingNeedsPermission();
    void nonUtf8AnnexIsSaidAndReadAsWindows1252OnlyWhenAsked();
    void showsTheStandardInIndonesian();
    void firstPageOfMainWindow();

private:
    std::unique_ptr<test::TestDatabase> m_tdb;
    std::unique_ptr<UiContext> m_ui;
    ScriptedPrompter m_prompter;
};

void TestCatalogPage::init()
{
    m_tdb = std::make_unique<test::TestDatabase>();
    CatalogService::importBuiltinIfEmpty(m_tdb->db(), m_tdb->clock());
    m_ui = std::make_unique<UiContext>(m_tdb->db(), m_tdb->clock(), test::actorWith({Role::Admin}));
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestCatalogPage::cleanup()
{
    Prompter::setInstance(nullptr);
    m_ui.reset();
    m_tdb.reset();
}

void TestCatalogPage::showsTheStandardInEnglish()
{
    installTranslations(*qApp, QStringLiteral("en"));
    CatalogPage page(*m_ui);
    page.resize(1200, 800);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    QVERIFY(page.shownStandard().has_value());
    const QString text = page.documentView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Gratis")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("7 working days")));
    QVERIFY(text.contains(QStringLiteral("The office answers within 14 working days.")));
    QVERIFY(text.contains(QStringLiteral("Jasa Kalibrasi/Metrologi")));
    // Requirements, time, fee, product and channels come before the rest of the components.
    const int requirements = text.indexOf(QStringLiteral("Skala industri kecil"));
    const int channels = text.indexOf(QStringLiteral("pengaduanptsp139@gmail.com"));
    const int legal = text.indexOf(QStringLiteral("Undang-Undang Nomor 11 Tahun 2020"));
    QVERIFY(requirements > 0 && channels > requirements && legal > channels);
    QVERIFY(text.contains(QStringLiteral("ID pegawai")));
    // The document fits the view's width: nothing to scroll sideways.
    QTRY_COMPARE(page.documentView()->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(page.findChild<QTableView*>(QStringLiteral("catalogList"))->model()->rowCount(), 1);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("catalogPrint"))->isEnabled());
    if (qEnvironmentVariableIsSet("LOKET_SCREENSHOTS"))
        page.grab().save(qEnvironmentVariable("LOKET_SCREENSHOTS") + QStringLiteral("/catalog-en.png"));
}

void TestCatalogPage::savesPdf()
{
    CatalogPage page(*m_ui);
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    const QString pdf = m_tdb->dir() + QStringLiteral("/standar.pdf");
    m_prompter.fileAnswers << pdf;
    page.findChild<QPushButton*>(QStringLiteral("catalogPdf"))->click();
    QVERIFY(QFile::exists(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(5);
    QCOMPARE(head, QByteArray("%PDF-"));
    QVERIFY(f.size() > 10000);
    if (qEnvironmentVariableIsSet("LOKET_SCREENSHOTS"))
        QFile::copy(pdf, qEnvironmentVariable("LOKET_SCREENSHOTS") + QStringLiteral("/catalog.pdf"));
}

void TestCatalogPage::versionsAndImportThroughPrompter()
{
    CatalogPage page(*m_ui);
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    auto* versions = page.findChild<QComboBox*>(QStringLiteral("catalogVersion"));
    QCOMPARE(versions->count(), 1);

    ServiceStandard edit = *page.shownStandard();
    edit.completionWorkingDays = 9;
    CatalogService::saveNewVersion(m_ui->context(), edit);
    m_ui->notifyDataChanged(QStringLiteral("catalog"));
    QCOMPARE(versions->count(), 2);
    QCOMPARE(page.shownStandard()->version, 2);
    QVERIFY(page.documentView()->toPlainText().contains(QStringLiteral("9 ")));
    versions->setCurrentIndex(0);
    QCOMPARE(page.shownStandard()->version, 1);
    QCOMPARE(page.shownStandard()->completionWorkingDays, 7);

    // Importing a file with two services through the file dialog.
    m_prompter.fileAnswers << qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt");
    page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->click();
    QCOMPARE(page.findChild<QTableView*>(QStringLiteral("catalogList"))->model()->rowCount(), 2);
    QVERIFY(!m_prompter.shown.isEmpty());
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("info:")), qPrintable(m_prompter.shown.last()));

    // A broken file is refused with the message from core.
    const QString broken = m_tdb->dir() + QStringLiteral("/broken.txt");
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("45. Izin (Risiko Tinggi) KBLI 71205 Jasa Kalibrasi/Metrologi\n1\tPersyaratan\t: -\n");
    out.close();
    m_prompter.fileAnswers << broken;
    page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->click();
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("warning:")), qPrintable(m_prompter.shown.last()));
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("71205")));
}

void TestCatalogPage::nonUtf8AnnexIsSaidAndReadAsWindows1252OnlyWhenAsked()
{
    QFile in(qEnvironmentVariable("LOKET_TEST_DATA") + QStringLiteral("/two-services.txt"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(in.readAll());
    QVERIFY(text.contains(QStringLiteral("Jasa Kalibrasi/Metrologi")));
    text.replace(QStringLiteral("Jasa Kalibrasi/Metrologi"), QStringLiteral("Jasa Kalibrasi/M\u00E9trologi"));
    const QString path = m_tdb->dir() + QStringLiteral("/annex-cp1252.txt");
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toLatin1()); // the annex as a Windows program saves it
    out.close();
    CatalogPage page(*m_ui);
    auto names = [this] {
        QStringList list;
        for (const ServiceStandard& s : CatalogRepository(m_ui->context().database()).listCurrent())
            list << s.name;
        return list.join(QLatin1Char('|'));
    };
    const QString before = names();
    m_prompter.fileAnswers << path;
    m_prompter.confirmAnswers << false;
    page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->click();
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("is not UTF-8 text")),
             qPrintable(m_prompter.shown.last()));
    QCOMPARE(names(), before);
    m_prompter.fileAnswers << path;
    m_prompter.confirmAnswers << true;
    page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->click();
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("info:")), qPrintable(m_prompter.shown.last()));
    QVERIFY2(names().contains(QStringLiteral("Jasa Kalibrasi/M\u00E9trologi")), qPrintable(names()));
}

void TestCatalogPage::editingNeedsPermission()
{
    m_ui->setActor(test::actorWith({Role::FrontDesk}));
    CatalogPage page(*m_ui);
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("catalogImportJson"))->isEnabled());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("catalogExportJson"))->isEnabled());
    m_ui->setActor(test::actorWith({Role::Admin}));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("catalogImportText"))->isEnabled());
}

void TestCatalogPage::firstPageOfMainWindow()
{
    Bootstrap::ensureBuiltins(m_tdb->db(), m_tdb->clock());
    MainWindow window(*m_ui);
    auto* page = window.page(QStringLiteral("catalogPage"));
    QVERIFY(page);
    auto* nav = window.findChild<QWidget*>(QStringLiteral("pages"));
    QVERIFY(nav);
    QCOMPARE(nav->findChildren<CatalogPage*>().size(), 1);
    QVERIFY(window.showPage(QStringLiteral("catalogPage")));
    QVERIFY(page->isVisibleTo(&window));
    // Every navigation entry has its drawn icon (the SVGs are compiled in and the SVG plugin loads).
    auto* list = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(list && list->count() > 0);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY2(!list->item(i)->icon().pixmap(22, 22).isNull(), qPrintable(list->item(i)->text()));
    if (qEnvironmentVariableIsSet("LOKET_SCREENSHOTS")) {
        window.resize(1400, 900);
        window.show();
        window.grab().save(qEnvironmentVariable("LOKET_SCREENSHOTS") + QStringLiteral("/main-window.png"));
    }
}

void TestCatalogPage::showsTheStandardInIndonesian()
{
    installTranslations(*qApp, QStringLiteral("id"));
    CatalogPage page(*m_ui);
    page.resize(1200, 800);
    page.show();
    QVERIFY(page.selectKbli(QStringLiteral("71205")));
    const QString text = page.documentView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Gratis")));
    QVERIFY2(text.contains(QStringLiteral("7 hari kerja")), qPrintable(text.left(600)));
    QCOMPARE(StandardDocument::workingDays(7), QStringLiteral("7 hari kerja"));
    QVERIFY(text.contains(QStringLiteral("Kantor menjawab paling lambat 14 hari kerja.")));
    QVERIFY(text.contains(QStringLiteral("Persyaratan umum")));
    QVERIFY(text.contains(QStringLiteral("Persyaratan")));
    if (qEnvironmentVariableIsSet("LOKET_SCREENSHOTS"))
        page.grab().save(qEnvironmentVariable("LOKET_SCREENSHOTS") + QStringLiteral("/catalog-id.png"));
}

QTEST_MAIN(TestCatalogPage)
#include "test_catalogpage.moc"
