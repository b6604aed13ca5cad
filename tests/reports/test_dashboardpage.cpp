#include "CaseFixture.h"
#include "calendar/ClockStateText.h"
#include "cases/CaseQueries.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "reports/DashboardPage.h"
#include "reports/DashboardPrinter.h"

#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QThread>
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
    void tilesAndRowsOpenTheCasesTheyCount();
    void pdfPagesArePaintedOnAWorkerThread();
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
    // The tiles add up: open = on track + at risk + late + paused + not started (issue 13, point 1).
    auto tile = [&page](const char* name) {
        static const QRegularExpression number(QStringLiteral(">(\\d+)<"));
        return number.match(page.findChild<QLabel*>(QString::fromLatin1(name))->text()).captured(1).toInt();
    };
    QCOMPARE(tile("tileOpen"), 2);
    QCOMPARE(tile("tileOpen"), tile("tileOnTrack") + tile("tileAtRisk") + tile("tileOverdue") + tile("tilePaused") +
                                   tile("tileNotStarted"));
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
    late->setCurrentCell(0, 1);
    QTest::keyClick(late, Qt::Key_Return); // Enter, as a double-click, activates the row
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), r.record.registrationNumber);

    QTemporaryDir dir;
    prompter.shown.clear();
    prompter.fileAnswers << dir.filePath(QStringLiteral("sla.xlsx")) << dir.filePath(QStringLiteral("sla.pdf"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardExcel")), Qt::LeftButton);
    QVERIFY(QFile(dir.filePath(QStringLiteral("sla.xlsx"))).size() > 1000);
    // The officer is told where the file went.
    QCOMPARE(prompter.shown.size(), 2); // the file dialog, then the message
    QVERIFY2(prompter.shown.last().startsWith(QStringLiteral("info:")) &&
                 prompter.shown.last().contains(dir.filePath(QStringLiteral("sla.xlsx"))),
             qPrintable(prompter.shown.last()));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardPdf")), Qt::LeftButton);
    QVERIFY(QFile(dir.filePath(QStringLiteral("sla.pdf"))).size() > 1000);
    QCOMPARE(prompter.shown.size(), 4);
    QVERIFY(prompter.shown.last().startsWith(QStringLiteral("info:")));
    // Nothing but the two files: no temporaries left beside them.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // Every header of every table is whole in the PDF's text (a wrapped header counts: its words
    // in order), and so is the chart's title and legend.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {dir.filePath(QStringLiteral("sla.pdf")), QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext is not available");
    QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(pdfText.contains(r.record.registrationNumber));
    // Ligatures (ﬃ) back to letters, then without spaces and line breaks.
    pdfText = pdfText.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
    QStringList expected{QStringLiteral("Open applications by stage")};
    // The legend, every name whole (the chart's own legend kept one of five in the PDF, and cut
    // them on screen).
    const auto legend = DashboardPage::legendOf(view->chart());
    QCOMPARE(legend.size(), 5);
    const QString legendText = page.findChild<QLabel*>(QStringLiteral("dashboardLegend"))->text();
    for (const auto& entry : legend) {
        expected << entry.first;
        QVERIFY2(legendText.contains(entry.first.toHtmlEscaped()), qPrintable(legendText));
    }
    for (const ReportTable& t : page.snapshot().tables())
        expected << t.title << t.headers;
    for (const SlaGroup& g : page.snapshot().byService)
        expected << g.title; // service names are not cut either
    for (QString e : expected)
        QVERIFY2(pdfText.contains(e.remove(QRegularExpression(QStringLiteral("\\s")))),
                 qPrintable(e + QStringLiteral(" in ") + pdfText));
    // The chart is drawn: the first page, rendered, has the paused bar's grey and the overdue red.
    QProcess png;
    png.start(QStringLiteral("pdftoppm"),
              {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
               QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), dir.filePath(QStringLiteral("sla.pdf")),
               dir.filePath(QStringLiteral("page"))});
    if (!png.waitForFinished(30000) || png.exitCode() != 0)
        QSKIP("pdftoppm is not available");
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    QCOMPARE(pages.size(), 1);
    const QImage image(dir.filePath(pages.first()));
    QVERIFY(!image.isNull());
    auto has = [&image](const QColor& colour) {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - colour.red()) < 8 && qAbs(c.green() - colour.green()) < 8 &&
                    qAbs(c.blue() - colour.blue()) < 8)
                    return true;
            }
        return false;
    };
    QVERIFY(has(QColor(ClockStateText::colour(ClockState::Overdue))));
    QVERIFY(has(QColor(ClockStateText::colour(ClockState::NotStarted))));
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
    // A supervisor signs in at this PC: the page counts again for them.
    ui.setActor(actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("dashboardExcel"))->isEnabled());
    QVERIFY(page.waitForIdle());
    QCOMPARE(page.snapshot().cases.open, 0);
    // A case arrives (registered elsewhere, or by a sync): the figures on screen follow.
    CaseService::registerCase(f.system(), f.request(1));
    ui.notifyDataChanged(QStringLiteral("cases"));
    QTRY_COMPARE(page.snapshot().cases.open, 1);
}

namespace {
int countOf(const Context& ctx, const CaseFilter& f)
{
    return CaseQueries(ctx).count(f);
}
} // namespace

void TestDashboardPage::tilesAndRowsOpenTheCasesTheyCount()
{
    CaseFixture f(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()));
    CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(1));
    CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(2));
    CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(3, false)); // not started
    const QString returned = f.caseAt(CaseStage::Verification, 4).registrationNumber;
    TransitionRequest why;
    why.reason = QStringLiteral("NPWP tidak terbaca");
    CaseService::act(f.system(), returned, CaseAction::ReturnForCorrection, why);
    f.data().clock().set(QDateTime(QDate(2026, 1, 20), QTime(9, 0), Clock::zone()));
    CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(5)); // on track
    UiContext ui(f.data().db(), f.data().clock(), actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    DashboardPage page(ui);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.snapshot().cases.open, 5);
    const SlaCounts& c = page.snapshot().cases;
    QList<CaseFilter> opened;
    connect(&page, &DashboardPage::openCaseList, &page, [&opened](const CaseFilter& filter) { opened << filter; });
    // Every clickable tile opens a list holding exactly the cases it counts.
    const QList<std::pair<QString, int>> tiles{
        {QStringLiteral("tileOpen"), c.open},        {QStringLiteral("tileOnTrack"), c.onTrack},
        {QStringLiteral("tileAtRisk"), c.atRisk},    {QStringLiteral("tileOverdue"), c.overdue},
        {QStringLiteral("tilePaused"), c.paused},    {QStringLiteral("tileNotStarted"), c.notStarted},
        {QStringLiteral("tileDueToday"), c.dueToday}};
    QCOMPARE(c.overdue, 2);
    QCOMPARE(c.paused, 1);
    QCOMPARE(c.notStarted, 1);
    QCOMPARE(c.onTrack, 1);
    for (const auto& [name, count] : tiles) {
        auto* tile = page.findChild<QLabel*>(name);
        QVERIFY2(tile, qPrintable(name));
        opened.clear();
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().openOnly);
        QCOMPARE(countOf(ui.context(), opened.first()), count);
    }
    // Enter on a focused tile does the same.
    opened.clear();
    auto* overdue = page.findChild<QLabel*>(QStringLiteral("tileOverdue"));
    overdue->setFocus();
    QTest::keyClick(overdue, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().clock, CaseClockFilter::Overdue);
    // The complaints tile counts complaints: not a list of cases.
    opened.clear();
    QTest::mouseClick(page.findChild<QLabel*>(QStringLiteral("tileComplaints")), Qt::LeftButton);
    QVERIFY(opened.isEmpty());

    // A row of the service table filters by its service, one of the stage table by its stage.
    auto* services = page.findChild<QTableWidget*>(QStringLiteral("dashboard_by_service"));
    QVERIFY(services);
    QCOMPARE(services->rowCount(), 1);
    opened.clear();
    Q_EMIT services->cellActivated(0, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().kbli, f.standard().kbli);
    QCOMPARE(countOf(ui.context(), opened.first()), page.snapshot().byService.first().counts.open);
    auto* stages = page.findChild<QTableWidget*>(QStringLiteral("dashboard_by_stage"));
    QVERIFY(stages);
    for (int row = 0; row < stages->rowCount(); ++row) {
        opened.clear();
        Q_EMIT stages->cellActivated(row, 2);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().stage.has_value());
        QCOMPARE(countOf(ui.context(), opened.first()), page.snapshot().byStage.at(row).counts.open);
    }
}

// At a million cases the PDF holds a thousand late cases (a third of a second to paint): only the
// chart is drawn on the GUI thread (a widget), the pages are painted on a worker thread.
void TestDashboardPage::pdfPagesArePaintedOnAWorkerThread()
{
    CaseFixture f(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()));
    const IntakeResult r = CaseService::registerCase(f.as({Role::FrontDesk}, QStringLiteral("siti")), f.request(1));
    f.data().clock().set(QDateTime(QDate(2026, 1, 20), QTime(9, 0), Clock::zone())); // overdue
    UiContext ui(f.data().db(), f.data().clock(), actorWith({Role::Supervisor}, QStringLiteral("kasi")));
    DashboardPage page(ui);
    page.show();
    QVERIFY(page.waitForIdle());
    QCOMPARE(page.snapshot().lateCases.size(), 1);
    const DashboardPrinter::Chart chart = DashboardPrinter::chart(ui, page.snapshot());
    QVERIFY(!chart.picture.isNull());
    QCOMPARE(chart.legend.size(), 5);
    const SlaSnapshot snapshot = page.snapshot();
    QByteArray bytes;
    QThread* painter = nullptr;
    QThread* worker = QThread::create([&] {
        painter = QThread::currentThread();
        bytes = DashboardPrinter::pdf(chart, snapshot);
    });
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY(painter && painter != qApp->thread());
    delete worker;
    QVERIFY(bytes.startsWith("%PDF") && bytes.size() > 1000);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("sla.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {file.fileName(), QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QSKIP("pdftotext is not available");
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdfText.contains(r.record.registrationNumber), qPrintable(pdfText));
    // The chart's own text, drawn on the GUI thread and played into the worker's pages.
    QVERIFY2(pdfText.contains(DashboardPage::tr("Open applications by stage")), qPrintable(pdfText));
}

QTEST_MAIN(TestDashboardPage)
#include "test_dashboardpage.moc"
