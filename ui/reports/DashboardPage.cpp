#include "DashboardPage.h"
#include "common/BackgroundWork.h"

#include "DashboardPrinter.h"
#include "calendar/ClockStateText.h"
#include "common/BackgroundWrite.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "reports/XlsxExport.h"
#include "storage/AtomicFiles.h"
#include "storage/Database.h"
#include "users/PersonalData.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEventLoop>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>
#include <functional>

namespace loket::ui {

// One count on the worker thread: what it found, or why it could not.
struct DashboardPage::Job
{
    SlaSnapshot snapshot;
    QString error;
    bool failed = false;
};

namespace {
QString tileText(const QString& value, const QString& caption)
{
    return QStringLiteral("<div style='font-size:22pt;font-weight:bold'>%1</div><div>%2</div>").arg(value, caption);
}
} // namespace

DashboardPage::DashboardPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("<h2>SLA dashboard</h2>"), this));
    head->addStretch(1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_excel = new QPushButton(tr("Export to Excel…"), this);
    m_excel->setObjectName(QStringLiteral("dashboardExcel"));
    m_pdf = new QPushButton(tr("Print to PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("dashboardPdf"));
    head->addWidget(m_refresh);
    head->addWidget(m_excel);
    head->addWidget(m_pdf);
    layout->addLayout(head);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("dashboardNotice"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    auto* tiles = new QGridLayout;
    m_open = tile(QStringLiteral("tileOpen"));
    m_onTrack = tile(QStringLiteral("tileOnTrack"));
    m_atRisk = tile(QStringLiteral("tileAtRisk"));
    m_overdue = tile(QStringLiteral("tileOverdue"));
    m_paused = tile(QStringLiteral("tilePaused"));
    m_notStarted = tile(QStringLiteral("tileNotStarted"));
    m_dueToday = tile(QStringLiteral("tileDueToday"));
    m_complaintsDue = tile(QStringLiteral("tileComplaints"));
    m_month = tile(QStringLiteral("tileMonth"));
    // open = on track + at risk + overdue + paused + not started (returned at intake).
    const QList<QLabel*> all{m_open,       m_onTrack,  m_atRisk,        m_overdue, m_paused,
                             m_notStarted, m_dueToday, m_complaintsDue, m_month};
    for (int i = 0; i < all.size(); ++i) {
        tiles->addWidget(all[i], 0, i);
        tiles->setColumnStretch(i, 1);
    }
    layout->addLayout(tiles);

    auto* body = new QHBoxLayout;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    // The tables take two thirds: at 1366x768 the service names had ~110 px beside a wide chart.
    body->addWidget(m_tabs, 2);
    body->addLayout(buildChart(), 1);
    layout->addLayout(body, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(&m_ui, &UiContext::actorChanged, this, [this] { m_dirty = true; if (isVisible()) refresh(); });
    // Figures change with cases, complaints, the calendar and the office's thresholds: counted
    // again at once when the page is on screen (after a sync too), else when it is next shown.
    connect(&m_ui, &UiContext::dataChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            refresh();
    });
    connect(m_excel, &QPushButton::clicked, this, [this] {
        const QString file = Prompter::instance().saveFile(
            this, tr("Export the SLA dashboard"),
            QStringLiteral("sla-%1.xlsx").arg(m_snapshot.today.toString(Qt::ISODate)), tr("Excel (*.xlsx)"));
        if (!file.isEmpty())
            exportExcel(file);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString file = Prompter::instance().saveFile(
            this, tr("Print the SLA dashboard"), QStringLiteral("sla-%1.pdf").arg(m_snapshot.today.toString(Qt::ISODate)),
            tr("PDF (*.pdf)"));
        if (!file.isEmpty())
            exportPdf(file);
    });
}

std::optional<CaseFilter> DashboardPage::tileFilter(const QString& tileName)
{
    static const QHash<QString, CaseClockFilter> clocks{{QStringLiteral("tileOpen"), CaseClockFilter::Any},
                                                        {QStringLiteral("tileOnTrack"), CaseClockFilter::OnTrack},
                                                        {QStringLiteral("tileAtRisk"), CaseClockFilter::AtRisk},
                                                        {QStringLiteral("tileOverdue"), CaseClockFilter::Overdue},
                                                        {QStringLiteral("tilePaused"), CaseClockFilter::Paused},
                                                        {QStringLiteral("tileNotStarted"), CaseClockFilter::NotStarted},
                                                        {QStringLiteral("tileDueToday"), CaseClockFilter::DueToday}};
    const auto it = clocks.constFind(tileName);
    if (it == clocks.cend())
        return std::nullopt;
    CaseFilter f;
    f.openOnly = true;
    f.clock = *it;
    return f;
}

std::optional<CaseFilter> DashboardPage::groupFilter(const QString& tableKey, int row) const
{
    const QList<SlaGroup>* groups = tableKey == QLatin1String("by_service")   ? &m_snapshot.byService
                                    : tableKey == QLatin1String("by_stage")   ? &m_snapshot.byStage
                                    : tableKey == QLatin1String("by_officer") ? &m_snapshot.byOfficer
                                                                              : nullptr;
    if (!groups || row < 0 || row >= groups->size())
        return std::nullopt;
    const QString key = groups->at(row).key;
    CaseFilter f;
    f.openOnly = true;
    if (groups == &m_snapshot.byService) {
        f.kbli = key;
    } else if (groups == &m_snapshot.byStage) {
        CaseStage stage;
        if (!caseStageFromKey(key, &stage))
            return std::nullopt;
        f.stage = stage;
    } else {
        if (key.isEmpty()) // "(nobody)": no filter can pick the cases nobody holds
            return std::nullopt;
        f.officer = key;
    }
    return f;
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event)
{
    // A tile is a button: a click, or Enter or Space when it has focus, opens what it counts.
    bool open = false;
    if (event->type() == QEvent::MouseButtonRelease)
        open = static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton;
    else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        open = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space;
    }
    if (open) {
        if (const auto f = tileFilter(watched->objectName()); f && m_snapshot.today.isValid()) {
            Q_EMIT openCaseList(*f);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QLabel* DashboardPage::tile(const QString& objectName)
{
    auto* l = new QLabel(this);
    l->setObjectName(objectName);
    if (tileFilter(objectName)) {
        l->setCursor(Qt::PointingHandCursor);
        l->setFocusPolicy(Qt::StrongFocus);
        l->setToolTip(tr("Show these applications in the list (click or Enter)"));
        l->installEventFilter(this);
    }
    l->setAlignment(Qt::AlignCenter);
    l->setMinimumHeight(84);
    l->setTextFormat(Qt::RichText);
    // Captions wrap: nine tiles in one row must fit a 1366-pixel screen beside the side bar.
    l->setWordWrap(true);
    l->setMinimumWidth(90);
    return l;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

DashboardPage::~DashboardPage()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void DashboardPage::refresh()
{
    m_dirty = false;
    const bool allowed = m_ui.actor().can(Permission::ViewReports);
    m_excel->setEnabled(allowed);
    m_pdf->setEnabled(allowed);
    m_refresh->setEnabled(allowed);
    if (!allowed) {
        m_snapshot = SlaSnapshot();
        m_notice->setText(tr("The SLA dashboard is for supervisors and the head of office."));
        return;
    }
    if (m_thread) {
        m_again = true;
        return;
    }
    auto job = std::make_shared<Job>();
    const QString path = m_ui.database().path();
    const Clock* clock = &m_ui.context().clock();
    const Actor actor = m_ui.actor();
    // The worker has its own connection and context; the clock is only read.
    m_thread = QThread::create([job, path, clock, actor] {
        try {
            onOwnConnection(path, *clock, actor,
                            [&job](const Context& ctx) { job->snapshot = SlaDashboard::compute(ctx); });
        } catch (const Error& e) {
            job->failed = true;
            job->error = e.message();
        } catch (const std::exception& e) {
            job->failed = true;
            job->error = QString::fromLocal8Bit(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("loketDashboard"));
    m_job = job;
    connect(m_thread, &QThread::finished, this, &DashboardPage::finishRefresh);
    setBusy(true);
    m_thread->start();
}

void DashboardPage::setBusy(bool busy)
{
    m_refresh->setEnabled(!busy);
    m_excel->setEnabled(!busy);
    m_pdf->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_notice->setText(tr("Counting the office's clocks…"));
    } else {
        unsetCursor();
    }
}

bool DashboardPage::waitForIdle(int msecs)
{
    while (m_thread) {
        if (!m_thread->wait(QDeadlineTimer(msecs)))
            return false;
        finishRefresh();
    }
    return true;
}

void DashboardPage::finishRefresh()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    setBusy(false);
    if (job->failed)
        m_notice->setText(job->error);
    else {
        m_snapshot = std::move(job->snapshot);
        showSnapshot();
    }
    Q_EMIT refreshed();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void DashboardPage::showSnapshotNotice()
{
    const SlaSnapshot& s = m_snapshot;
    m_notice->setText(s.cases.unconfirmedYear > 0
                          ? tr("Warning: %1 due dates fall in a year whose holiday calendar is not confirmed yet.")
                                .arg(s.cases.unconfirmedYear)
                          : tr("Working-day clocks as of %1.").arg(dates::longDate(s.today)));
}

void DashboardPage::showSnapshot()
{
    const SlaSnapshot& s = m_snapshot;
    showSnapshotNotice();
    auto style = [](QLabel* l, const QString& colour) {
        l->setStyleSheet(QStringLiteral("QLabel { border-radius: 6px; background: %1; color: white; padding: 6px; }").arg(colour));
    };
    m_open->setText(tileText(QString::number(s.cases.open), tr("open applications")));
    style(m_open, QStringLiteral("#1f3a5f"));
    m_onTrack->setText(tileText(QString::number(s.cases.onTrack), ClockStateText::title(ClockState::OnTrack)));
    style(m_onTrack, ClockStateText::colour(ClockState::OnTrack));
    m_atRisk->setText(tileText(QString::number(s.cases.atRisk), ClockStateText::title(ClockState::AtRisk)));
    style(m_atRisk, ClockStateText::colour(ClockState::AtRisk));
    m_overdue->setText(tileText(QString::number(s.cases.overdue), ClockStateText::title(ClockState::Overdue)));
    style(m_overdue, ClockStateText::colour(ClockState::Overdue));
    m_paused->setText(tileText(QString::number(s.cases.paused), tr("paused (with the applicant)")));
    style(m_paused, ClockStateText::colour(ClockState::NotStarted));
    m_notStarted->setText(tileText(QString::number(s.cases.notStarted), tr("not started (returned at intake)")));
    style(m_notStarted, QStringLiteral("#7a6a53"));
    m_dueToday->setText(tileText(QString::number(s.cases.dueToday), tr("due today")));
    style(m_dueToday, QStringLiteral("#5b6b7f"));
    m_complaintsDue->setText(
        tileText(QStringLiteral("%1 / %2").arg(s.complaints.overdue).arg(s.complaints.open), tr("complaints late / open")));
    style(m_complaintsDue, s.complaints.overdue > 0 ? ClockStateText::colour(ClockState::Overdue) : QStringLiteral("#5b6b7f"));
    m_month->setText(tileText(QStringLiteral("%1 / %2").arg(s.metThisMonth).arg(s.missedThisMonth),
                              tr("finished in time / late this month")));
    style(m_month, QStringLiteral("#2e5c8a"));

    const QList<ReportTable> tables = s.tables();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_tables.clear();
    for (const ReportTable& t : tables.mid(1)) {
        auto* table = new QTableWidget(m_tabs);
        table->setObjectName(QStringLiteral("dashboard_") + t.key);
        fillTable(table, t);
        m_tabs->addTab(table, t.title);
        m_tables.append(table);
        // Double-click or Enter: a late case opens its case screen, a group row the list of its cases.
        if (t.key == QLatin1String("late_cases")) {
            table->setToolTip(tr("Double-click or Enter opens the application"));
            connect(table, &QTableWidget::cellActivated, this, [this, table](int row, int) {
                if (const QTableWidgetItem* item = table->item(row, 0))
                    Q_EMIT openCase(item->text());
            });
        } else if (t.key == QLatin1String("by_service") || t.key == QLatin1String("by_stage") ||
                   t.key == QLatin1String("by_officer")) {
            table->setToolTip(tr("Double-click or Enter shows these applications in the list"));
            connect(table, &QTableWidget::cellActivated, this, [this, key = t.key](int row, int) {
                if (const auto f = groupFilter(key, row))
                    Q_EMIT openCaseList(*f);
            });
        }
    }
    rebuildChart();
}

namespace {
// A header of more than one word on two lines, broken at the space nearest its middle, so eight
// long Indonesian headers ("Jatuh tempo dalam 5 hari kerja") fit beside each other at 1366x768.
QString twoLines(const QString& text)
{
    const qsizetype middle = text.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    if (best < 0)
        return text;
    QString out = text;
    out[best] = QLatin1Char('\n');
    return out;
}

// The columns of names (service, applicant, officer) stretch and elide; the figures and dates
// take what their content needs.
bool isNameColumn(const ReportTable& data, int column)
{
    if (column == 0)
        return data.key != QLatin1String("late_cases") && data.key != QLatin1String("complaint_deadlines");
    return (column == 1 || column == 2) &&
           (data.key == QLatin1String("late_cases") || data.key == QLatin1String("complaint_deadlines"));
}
} // namespace

void DashboardPage::fillTable(QTableWidget* table, const ReportTable& data)
{
    table->setColumnCount(int(data.headers.size()));
    for (int c = 0; c < data.headers.size(); ++c) {
        auto* header = new QTableWidgetItem(twoLines(data.headers[c]));
        header->setToolTip(data.headers[c]);
        table->setHorizontalHeaderItem(c, header);
    }
    table->setRowCount(int(data.rows.size()));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    for (int r = 0; r < data.rows.size(); ++r) {
        for (int c = 0; c < data.rows[r].size(); ++c) {
            const QVariant& v = data.rows[r][c];
            auto* item =
                new QTableWidgetItem(v.typeId() == QMetaType::QDate ? dates::shortDate(v.toDate()) : v.toString());
            if (v.typeId() == QMetaType::Int)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isNameColumn(data, c))
                item->setToolTip(item->text()); // elided when the column is narrow
            table->setItem(r, c, item);
        }
    }
    table->setTextElideMode(Qt::ElideRight);
    table->setWordWrap(false);
    QHeaderView* header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (int c = 0; c < table->columnCount(); ++c)
        header->setSectionResizeMode(c, isNameColumn(data, c) ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

QVBoxLayout* DashboardPage::buildChart()
{
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("dashboardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(380);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("dashboardLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignCenter);
    auto* side = new QVBoxLayout;
    side->addWidget(m_chart, 1);
    side->addWidget(m_legend);
    return side;
}

void DashboardPage::rebuildChart()
{
    QChart* old = m_chart->chart();
    m_chart->setChart(makeChart(m_snapshot));
    delete old;
    QStringList items;
    for (const auto& [name, colour] : legendOf(m_chart->chart()))
        items << QStringLiteral("<span style='color:%1; font-size:14pt'>■</span>&nbsp;%2")
                     .arg(colour.name(), name.toHtmlEscaped());
    m_legend->setText(items.join(QStringLiteral(" &nbsp; ")));
}

QList<QPair<QString, QColor>> DashboardPage::legendOf(const QChart* chart)
{
    QList<QPair<QString, QColor>> out;
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                out.append({set->label(), set->color()});
    return out;
}

QChart* DashboardPage::makeChart(const SlaSnapshot& snapshot)
{
    auto* onTrack = new QBarSet(ClockStateText::title(ClockState::OnTrack));
    auto* atRisk = new QBarSet(ClockStateText::title(ClockState::AtRisk));
    auto* overdue = new QBarSet(ClockStateText::title(ClockState::Overdue));
    onTrack->setColor(QColor(ClockStateText::colour(ClockState::OnTrack)));
    atRisk->setColor(QColor(ClockStateText::colour(ClockState::AtRisk)));
    overdue->setColor(QColor(ClockStateText::colour(ClockState::Overdue)));
    // Returned files wait for the applicant with their clock paused: shown, in grey, so a stage
    // full of them is not an empty row.
    auto* paused = new QBarSet(tr("Paused"));
    paused->setColor(QColor(ClockStateText::colour(ClockState::NotStarted)));
    auto* notStarted = new QBarSet(tr("Not started"));
    notStarted->setColor(QColor(QStringLiteral("#7a6a53")));
    QStringList stages;
    int most = 1;
    for (const SlaGroup& g : snapshot.byStage) {
        stages << g.title;
        *onTrack << g.counts.onTrack;
        *atRisk << g.counts.atRisk;
        *overdue << g.counts.overdue;
        *paused << g.counts.paused;
        *notStarted << g.counts.notStarted;
        most = qMax(most, g.counts.open);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(onTrack);
    series->append(atRisk);
    series->append(overdue);
    series->append(paused);
    series->append(notStarted);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Open applications by stage"));
    auto* x = new QBarCategoryAxis;
    x->append(stages);
    auto* y = new QValueAxis;
    // Whole numbers on the axis: at most 5 steps of a whole size.
    const int steps = std::min(most, 5);
    const int step = (most + steps - 1) / steps;
    y->setRange(0, step * steps);
    y->setTickCount(steps + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    // Horizontal bars leave room for the stage names.
    chart->addAxis(x, Qt::AlignLeft);
    chart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide(); // legendOf(): drawn whole beside the chart by its users
    return chart;
}

bool DashboardPage::exportExcel(const QString& file)
{
    try {
        // The late list names applicants and complainants: a personal-data export.
        PersonalData::recordExport(m_ui.context(), QStringLiteral("sla_dashboard.xlsx"),
                                   int(m_snapshot.lateCases.size() + m_snapshot.complaintDeadlines.size()), file);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("SLA dashboard"), e.message());
        return false;
    }
    const QString title = tr("SLA %1").arg(dates::shortDate(m_snapshot.today));
    const QList<ReportTable> tables = m_snapshot.tables();
    setBusy(true);
    m_notice->setText(tr("Saving %1…").arg(file));
    // Written whole under a temporary name, then renamed: never half a workbook under its name.
    const QString error = writeOffThread([&] {
        AtomicFiles files;
        const QString temporary = files.temporaryFor(file);
        XlsxExport::write(temporary, title, tables);
        files.adopt(temporary, file);
        files.commit();
    });
    return savedOrNot(error, tr("The Excel file was saved: %1").arg(file));
}

// After a file was written off the UI thread: says where it went, or why it did not.
bool DashboardPage::savedOrNot(const QString& error, const QString& saved)
{
    setBusy(false);
    showSnapshotNotice();
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, tr("SLA dashboard"), error);
        return false;
    }
    Prompter::instance().information(this, tr("SLA dashboard"), saved);
    return true;
}

bool DashboardPage::exportPdf(const QString& file)
{
    try {
        PersonalData::recordExport(m_ui.context(), QStringLiteral("sla_dashboard.pdf"),
                                   int(m_snapshot.lateCases.size() + m_snapshot.complaintDeadlines.size()), file);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("SLA dashboard"), e.message());
        return false;
    }
    setBusy(true);
    m_notice->setText(tr("Saving %1…").arg(file));
    // The chart is drawn here (a widget); the pages, a thousand late cases at a million cases,
    // are painted and written whole on a worker thread, from a copy of the figures (a refresh
    // may replace them meanwhile).
    const DashboardPrinter::Chart chart = DashboardPrinter::chart(m_ui, m_snapshot);
    const SlaSnapshot snapshot = m_snapshot;
    const QString error = writeOffThread([&] {
        AtomicFiles files;
        files.write(file, DashboardPrinter::pdf(chart, snapshot));
        files.commit();
    });
    return savedOrNot(error, tr("The PDF file was saved: %1").arg(file));
}

} // namespace loket::ui
