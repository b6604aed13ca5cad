#include "CaseFixture.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "reports/DashboardPage.h"

#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::ui;
using namespace loket::test;

class TestDashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsLateCasesAndExports();
    void counterOfficerSeesNoFigures();
};

void TestDashboardPage::showsLateCasesAndExports()
{
    CaseFixture f(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()));
    const IntakeResult r = CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(1));
    // Returned for correction by the back office: waits for the applicant with its clock paused.
    const QString returned = f.caseAt(CaseStage::Verification, 2).registrationNumber;
    TransitionRequest why;
    why.reason = QStringLiteral("NPWP tidak terbaca");
    CaseService::act(f.system(), returned, CaseAction::ReturnForCorrection, why);
    f.data().clock().set(QDateTime(QDate(2026, 1, 16 + 4), QTime(9, 0), Clock::zone())); // past 14 January
    UiContext ui(f.data().db(), f.data().clock(), actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    DashboardPage page(ui);
    page.show();
    QTRY_COMPARE(page.snapshot().cases.overdue, 1);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("tileOverdue"))->text().contains(QStringLiteral(">1<")));
    auto* late = page.findChild<QTableWidget*>(QStringLiteral("dashboard_late_cases"));
    QVERIFY(late);
    QCOMPARE(late->rowCount(), 1);
    QCOMPARE(late->item(0, 0)->text(), r.record.registrationNumber);
    // The chart shows the paused file too, as its own grey part of the bars.
    auto* view = page.findChild<QChartView*>(QStringLiteral("dashboardChart"));
    QVERIFY(view && view->chart());
    auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(view->chart()->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 5);
    qreal paused = 0;
    for (int i = 0; i < bars->barSets().at(3)->count(); ++i)
        paused += bars->barSets().at(3)->at(i);
    QCOMPARE(int(paused), page.snapshot().cases.paused);
    QCOMPARE(page.snapshot().cases.paused, 1);

    QSignalSpy open(&page, &DashboardPage::openCase);
    Q_EMIT late->cellDoubleClicked(0, 1);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), r.record.registrationNumber);

    QTemporaryDir dir;
    prompter.fileAnswers << dir.filePath(QStringLiteral("sla.xlsx")) << dir.filePath(QStringLiteral("sla.pdf"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardExcel")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardPdf")), Qt::LeftButton);
    QVERIFY(QFile(dir.filePath(QStringLiteral("sla.xlsx"))).size() > 1000);
    QVERIFY(QFile(dir.filePath(QStringLiteral("sla.pdf"))).size() > 1000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("sla.pdf")), QStringLiteral("-")});
    if (text.waitForFinished(30000) && text.exitCode() == 0)
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(r.record.registrationNumber));
    Prompter::setInstance(nullptr);
}

void TestDashboardPage::counterOfficerSeesNoFigures()
{
    CaseFixture f;
    UiContext ui(f.data().db(), f.data().clock(), actorWith({Role::FrontDesk}));
    DashboardPage page(ui);
    page.show();
    QTRY_VERIFY(!page.findChild<QPushButton*>(QStringLiteral("dashboardExcel"))->isEnabled());
    QCOMPARE(page.snapshot().cases.open, 0);
}

QTEST_MAIN(TestDashboardPage)
#include "test_dashboardpage.moc"
