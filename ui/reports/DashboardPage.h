#pragma once

#include "cases/CaseQueries.h"
#include "reports/SlaDashboard.h"

#include <QColor>
#include <QWidget>
#include <memory>

class QLabel;
class QVBoxLayout;
class QThread;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QChart;
class QChartView;

namespace loket::ui {

class UiContext;

// The supervisor's SLA dashboard: tiles for the counts, a chart by stage, tables by service,
// stage and officer, the late cases and the complaint deadlines; Excel and PDF export.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(UiContext& ui, QWidget* parent = nullptr);
    ~DashboardPage() override;

    // Counts on a worker thread with its own connection; the page shows a busy state meanwhile
    // and the figures when they arrive (refreshed()). A refresh asked for meanwhile runs after.
    void refresh();
    bool isBusy() const { return m_thread != nullptr; }
    // Waits for a running count and shows it (tests, closing).
    bool waitForIdle(int msecs = 60000);
    const SlaSnapshot& snapshot() const { return m_snapshot; }
    bool exportExcel(const QString& file);
    bool exportPdf(const QString& file);
    // The chart of open applications by stage (the page's, and the PDF's first page).
    static QChart* makeChart(const SlaSnapshot& snapshot);
    // The chart's legend as (name, colour), drawn by the page and the PDF themselves: the chart's
    // own legend cut the names ("Sesuai j…") on screen and lost all but one in the PDF.
    static QList<QPair<QString, QColor>> legendOf(const QChart* chart);
    // The case-list filter behind a tile ("tileOverdue", ...) or a row of a group table; nullopt
    // when the tile or table counts something else (complaints, this month's permits).
    static std::optional<CaseFilter> tileFilter(const QString& tileName);
    std::optional<CaseFilter> groupFilter(const QString& tableKey, int row) const;

Q_SIGNALS:
    // A registration number was opened (double-click or Enter) in the late and at-risk list.
    void openCase(const QString& registrationNumber);
    // A tile or a row of the service, stage or officer table was opened: the case list with the
    // cases it counts (open stages only, as the dashboard counts them).
    void openCaseList(const loket::CaseFilter& filter);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* tile(const QString& objectName);
    void fillTable(QTableWidget* table, const ReportTable& data);
    QVBoxLayout* buildChart();
    void rebuildChart();
    void setBusy(bool busy);
    void finishRefresh();
    void showSnapshot();
    void showSnapshotNotice();
    bool savedOrNot(const QString& error, const QString& saved);

    struct Job;
    std::shared_ptr<Job> m_job;
    QThread* m_thread = nullptr;
    bool m_again = false;

    UiContext& m_ui;
    QLabel* m_notice;
    QLabel* m_open;
    QLabel* m_onTrack;
    QLabel* m_atRisk;
    QLabel* m_overdue;
    QLabel* m_paused;
    QLabel* m_notStarted;
    QLabel* m_dueToday;
    QLabel* m_complaintsDue;
    QLabel* m_month;
    QChartView* m_chart;
    QLabel* m_legend;
    QTabWidget* m_tabs;
    QList<QTableWidget*> m_tables;
    QPushButton* m_refresh;
    QPushButton* m_excel;
    QPushButton* m_pdf;
    SlaSnapshot m_snapshot;
    bool m_dirty = true;
};

} // namespace loket::ui
