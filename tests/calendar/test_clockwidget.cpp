#include "CalendarFixture.h"
#include "calendar/ClockStateText.h"
#include "calendar/ClockWidget.h"
#include "calendar/ComplaintClock.h"
#include "i18n/Translations.h"

#include <QLabel>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using test::at;
using Type = ClockEvent::Type;

class TestClockWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notStarted();
    void runningWithLedger();
    void overdueAndUnconfirmedYear();
    void pausedAndHiddenLedger();

private:
    void shot(QWidget* w, const QString& name);
    std::shared_ptr<const WorkingCalendar> m_cal = test::builtinCalendar();
};

void TestClockWidget::shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOKET_SHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestClockWidget::initTestCase()
{
    // Screenshots for review can be taken in Indonesian; the assertions below expect English.
    if (!qEnvironmentVariableIsEmpty("LOKET_SHOT_LANG"))
        installTranslations(*QCoreApplication::instance(), qEnvironmentVariable("LOKET_SHOT_LANG"));
}

void TestClockWidget::notStarted()
{
    ui::ClockWidget w;
    w.resize(560, 300);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("clockState"))->text(), ClockStateText::title(ClockState::NotStarted));
    QVERIFY(!w.findChild<QTableWidget*>(QStringLiteral("clockLedger"))->isVisible());
    QVERIFY(!w.findChild<QLabel*>(QStringLiteral("clockWarning"))->isVisible());
}

void TestClockWidget::runningWithLedger()
{
    ClockRule rule;
    rule.workingDays = 7;
    const QList<ClockEvent> ev{{Type::Start, at(2026, 3, 21), {}},
                               {Type::Pause, at(2026, 3, 27), QStringLiteral("Returned: NPWP missing")},
                               {Type::Resume, at(2026, 3, 30), {}}};
    const ClockResult r = SlaClock::evaluate(*m_cal, rule, ev, QDate(2026, 4, 1));
    ui::ClockWidget w;
    w.setTitle(QStringLiteral("Completion clock · REG-0001"));
    w.resize(620, 320);
    w.setResult(r);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* state = w.findChild<QLabel*>(QStringLiteral("clockState"));
    QCOMPARE(state->text(), ClockStateText::title(r.state));
    QVERIFY(state->styleSheet().contains(ClockStateText::colour(r.state)));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("clockDue"))->text().contains(QStringLiteral("2026")));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("clockLeft"))->text().contains(QString::number(r.left)));
    auto* ledger = w.findChild<QTableWidget*>(QStringLiteral("clockLedger"));
    QVERIFY(ledger->isVisible());
    QCOMPARE(ledger->rowCount(), 3);
    QCOMPARE(ledger->item(1, 4)->text(), QStringLiteral("Returned: NPWP missing"));
    QCOMPARE(ledger->item(0, 3)->text(), QStringLiteral("2"));
    shot(&w, QStringLiteral("clockwidget-running"));
}

void TestClockWidget::overdueAndUnconfirmedYear()
{
    ClockRule rule;
    rule.workingDays = 7;
    ClockResult r = SlaClock::evaluate(*m_cal, rule, {{Type::Start, at(2026, 12, 23), {}}}, QDate(2027, 1, 8));
    QCOMPARE(r.state, ClockState::Overdue);
    QVERIFY(r.dueInUnconfirmedYear);
    ui::ClockWidget w;
    w.resize(620, 300);
    w.setResult(r);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("clockWarning"))->isVisible());
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("clockState"))->styleSheet().contains(ClockStateText::colour(ClockState::Overdue)));
    shot(&w, QStringLiteral("clockwidget-overdue"));
    // A complaint answer that was met.
    r = ComplaintClock::answerClock(*m_cal, at(2026, 3, 16), 14, QDate(2026, 5, 1), QDate(2026, 4, 10));
    w.setTitle(QStringLiteral("Complaint answer"));
    w.setResult(r);
    QVERIFY(!w.findChild<QLabel*>(QStringLiteral("clockWarning"))->isVisible());
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("clockState"))->text(), ClockStateText::title(ClockState::Met));
    shot(&w, QStringLiteral("clockwidget-met"));
}

void TestClockWidget::pausedAndHiddenLedger()
{
    ClockRule rule;
    rule.workingDays = 7;
    const ClockResult r = SlaClock::evaluate(
        *m_cal, rule, {{Type::Start, at(2026, 1, 5), {}}, {Type::Pause, at(2026, 1, 7), {}}}, QDate(2026, 1, 9));
    ui::ClockWidget w;
    w.setLedgerVisible(false);
    w.setResult(r);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.findChild<QTableWidget*>(QStringLiteral("clockLedger"))->isVisible());
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("clockDue"))->text().contains(QStringLiteral("resubmitted")));
    w.setLedgerVisible(true);
    QVERIFY(w.findChild<QTableWidget*>(QStringLiteral("clockLedger"))->isVisible());
}

QTEST_MAIN(TestClockWidget)
#include "test_clockwidget.moc"
