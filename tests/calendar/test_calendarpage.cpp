#include "TestDatabase.h"
#include "calendar/CalendarPage.h"
#include "calendar/ImportPreviewDialog.h"
#include "calendar/YearView.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

class TestCalendarPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheYear();
    void editDayWithReason();
    void badImportRefused();
    void importWithPreview();
    void nonUtf8FileIsSaidAndReadAsWindows1252OnlyWhenAsked();
    void confirmUnconfirmedYear();
    void readOnlyForOthers();
    void inMainWindow();

private:
    template <class T> T* child(QWidget* w, const char* name) { return w->findChild<T*>(QLatin1String(name)); }
    void shot(QWidget* w, const QString& name);
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<UiContext> m_ui;
    ScriptedPrompter m_prompter;
};

void TestCalendarPage::shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOKET_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestCalendarPage::initTestCase()
{
    // Screenshots for review can be taken in Indonesian; the assertions below expect English.
    if (!qEnvironmentVariableIsEmpty("LOKET_SHOT_LANG"))
        installTranslations(*QCoreApplication::instance(), qEnvironmentVariable("LOKET_SHOT_LANG"));
}

void TestCalendarPage::init()
{
    m_t = std::make_unique<test::TestDatabase>();
    CalendarService::ensureBuiltins(m_t->db(), m_t->clock());
    m_ui = std::make_unique<UiContext>(m_t->db(), m_t->clock(), test::actorWith({Role::Admin}, QStringLiteral("admin")));
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestCalendarPage::cleanup()
{
    Prompter::setInstance(nullptr);
    m_ui.reset();
    m_t.reset();
}

void TestCalendarPage::showsTheYear()
{
    CalendarPage page(*m_ui);
    page.resize(1180, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(child<QSpinBox>(&page, "calendarYear")->value(), 2026);
    QCOMPARE(child<QTableWidget>(&page, "calendarDayList")->rowCount(), 25);
    QVERIFY(child<QLabel>(&page, "calendarYearStatus")->text().contains(QStringLiteral("2026")));
    QVERIFY(!child<QPushButton>(&page, "calendarConfirmYear")->isVisible());
    QCOMPARE(child<QTableWidget>(&page, "calendarHistory")->rowCount(), 1);
    // Click Idulfitri 2026 in the year view.
    YearView* view = page.yearView();
    QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(QDate(2026, 3, 21)).center());
    QCOMPARE(view->selectedDate(), QDate(2026, 3, 21));
    QVERIFY(child<QLabel>(&page, "calendarDayState")->text().contains(QStringLiteral("Idulfitri 1447 H")));
    QCOMPARE(view->dateAt(view->cellRect(QDate(2026, 12, 31)).center()), QDate(2026, 12, 31));
    shot(&page, QStringLiteral("calendarpage-2026"));
    child<QSpinBox>(&page, "calendarYear")->setValue(2025);
    QCOMPARE(child<QTableWidget>(&page, "calendarDayList")->rowCount(), 28);
}

void TestCalendarPage::editDayWithReason()
{
    CalendarPage page(*m_ui);
    page.show();
    page.selectDate(QDate(2025, 4, 2));
    QVERIFY(child<QLabel>(&page, "calendarDayState")->text().contains(QStringLiteral("Idulfitri")));
    auto* kind = child<QComboBox>(&page, "calendarDayKind");
    QCOMPARE(DayKind(kind->currentData().toInt()), DayKind::Workday); // offers the opposite
    // Without a reason the service refuses and nothing changes.
    QTest::mouseClick(child<QPushButton>(&page, "calendarApplyDay"), Qt::LeftButton);
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("warning:")));
    QCOMPARE(CalendarService::currentVersion(m_t->db()), 1);
    QTest::keyClicks(child<QLineEdit>(&page, "calendarDayReason"), QStringLiteral("Counter open during cuti bersama"));
    QTest::mouseClick(child<QPushButton>(&page, "calendarApplyDay"), Qt::LeftButton);
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("version 2")));
    QVERIFY(CalendarService::current(m_t->db())->isWorkingDay(QDate(2025, 4, 2)));
    QVERIFY(child<QLabel>(&page, "calendarDayState")->text().contains(QStringLiteral("Counter open")));
    QCOMPARE(child<QTableWidget>(&page, "calendarHistory")->rowCount(), 2);
    QVERIFY(child<QPushButton>(&page, "calendarClearOverride")->isEnabled());
    shot(&page, QStringLiteral("calendarpage-edited"));
    // Remove the override again.
    QTest::keyClicks(child<QLineEdit>(&page, "calendarDayReason"), QStringLiteral("Roster cancelled"));
    QTest::mouseClick(child<QPushButton>(&page, "calendarClearOverride"), Qt::LeftButton);
    QVERIFY(!CalendarService::current(m_t->db())->isWorkingDay(QDate(2025, 4, 2)));
}

void TestCalendarPage::badImportRefused()
{
    CalendarPage page(*m_ui);
    page.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.ics"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20271301\nSUMMARY:X\nEND:VEVENT\nEND:VCALENDAR\n");
    f.close();
    m_prompter.fileAnswers << path;
    QTest::mouseClick(child<QPushButton>(&page, "calendarImport"), Qt::LeftButton);
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("Line 3")));
    QVERIFY(!page.importDialog());
    QCOMPARE(CalendarService::currentVersion(m_t->db()), 1);
}

void TestCalendarPage::importWithPreview()
{
    CalendarPage page(*m_ui);
    page.resize(1180, 760);
    page.show();
    QVERIFY(page.importFile(QFINDTESTDATA("data/skb-2027.ics")));
    ImportPreviewDialog* dialog = page.importDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QTableWidget>(dialog, "importChanges")->rowCount(), 3);
    auto* apply = child<QPushButton>(dialog, "importApply");
    QVERIFY(!apply->isEnabled()); // a reason first
    QTest::keyClicks(child<QLineEdit>(dialog, "importReason"), QStringLiteral("SKB 2027"));
    QVERIFY(apply->isEnabled());
    shot(dialog, QStringLiteral("calendar-import-preview"));
    QCOMPARE(CalendarService::currentVersion(m_t->db()), 1); // the preview changed nothing
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE(CalendarService::currentVersion(m_t->db()), 2);
    QVERIFY(!CalendarService::current(m_t->db())->isWorkingDay(QDate(2027, 3, 11)));
    QVERIFY(m_prompter.shown.last().contains(QStringLiteral("version 2")));
}

void TestCalendarPage::nonUtf8FileIsSaidAndReadAsWindows1252OnlyWhenAsked()
{
    // "Hari Raya Nyepi (Saka 1949) – Bali" as a Windows program saves it (cp1252: 0x96 is the dash).
    const QString path = m_t->dir() + QStringLiteral("/nyepi-cp1252.ics");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270308\r\n"
            "SUMMARY:Hari Raya Nyepi \x96 Saka 1949\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    CalendarPage page(*m_ui);
    m_prompter.confirmAnswers << false;
    QVERIFY(!page.importFile(path));
    QVERIFY2(m_prompter.shown.last().contains(QStringLiteral("is not UTF-8 text: line 5")) &&
                 m_prompter.shown.last().contains(QStringLiteral("Windows-1252")),
             qPrintable(m_prompter.shown.last()));
    QVERIFY(!page.importDialog());
    m_prompter.confirmAnswers << true;
    QVERIFY(page.importFile(path));
    QVERIFY(page.importDialog());
    const QList<CalendarDayChange> changes = page.importDialog()->preview().changes;
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().after->name, QStringLiteral("Hari Raya Nyepi \u2013 Saka 1949"));
    QCOMPARE(CalendarService::currentVersion(m_t->db()), 1); // the preview changed nothing
}

void TestCalendarPage::confirmUnconfirmedYear()
{
    CalendarPage page(*m_ui);
    page.resize(1180, 760);
    page.show();
    child<QSpinBox>(&page, "calendarYear")->setValue(2027);
    auto* status = child<QLabel>(&page, "calendarYearStatus");
    QVERIFY(status->text().contains(QStringLiteral("NOT confirmed")));
    auto* confirm = child<QPushButton>(&page, "calendarConfirmYear");
    QVERIFY(confirm->isVisible());
    shot(&page, QStringLiteral("calendarpage-2027"));
    m_prompter.confirmAnswers << false;
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(!CalendarService::current(m_t->db())->isConfirmedYear(2027));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(CalendarService::current(m_t->db())->isConfirmedYear(2027));
    QVERIFY(!confirm->isVisible());
    QVERIFY(!status->text().contains(QStringLiteral("NOT")));
}

void TestCalendarPage::readOnlyForOthers()
{
    m_ui->setActor(test::actorWith({Role::FrontDesk}));
    CalendarPage page(*m_ui);
    page.show();
    QVERIFY(!child<QPushButton>(&page, "calendarApplyDay")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "calendarImport")->isEnabled());
    QVERIFY(child<QLabel>(&page, "calendarReadOnlyHint")->isVisible());
    m_ui->setActor(test::actorWith({Role::Admin}));
    QVERIFY(child<QPushButton>(&page, "calendarApplyDay")->isEnabled());
    QVERIFY(!child<QLabel>(&page, "calendarReadOnlyHint")->isVisible());
}

void TestCalendarPage::inMainWindow()
{
    MainWindow window(*m_ui);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("calendarPage")));
    auto* page = qobject_cast<CalendarPage*>(window.page(QStringLiteral("calendarPage")));
    QVERIFY(page);
    page->selectDate(QDate(2026, 3, 23));
    shot(&window, QStringLiteral("mainwindow-calendar"));
}

QTEST_MAIN(TestCalendarPage)
#include "test_calendarpage.moc"
