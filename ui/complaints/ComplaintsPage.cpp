#include "ComplaintsPage.h"
#include "common/Dates.h"

#include "ComplaintDialog.h"
#include "ComplaintIntakeDialog.h"
#include "ComplaintRegisterExport.h"
#include "ComplaintRegisterModel.h"
#include "common/BackgroundWork.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
const QDate kNoDate(2000, 1, 1);

QDateEdit* periodEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(kNoDate, parent);
    edit->setObjectName(name);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::editFormat());
    return edit;
}
} // namespace

ComplaintsPage::ComplaintsPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("<h2>Complaints</h2>"), this));
    head->addStretch(1);
    m_new = new QPushButton(tr("Record a complaint…"), this);
    m_new->setObjectName(QStringLiteral("newComplaint"));
    head->addWidget(m_new);
    layout->addLayout(head);

    m_registers = new QTabBar(this);
    m_registers->setObjectName(QStringLiteral("complaintRegisters"));
    m_registers->setExpanding(false);
    m_registers->addTab(ComplaintRegister::title(ComplaintKind::Complaint));
    m_registers->addTab(ComplaintRegister::title(ComplaintKind::Suggestion));
    layout->addWidget(m_registers);
    layout->addLayout(buildFilters());
    layout->addWidget(buildRegisterView(), 1);
    layout->addLayout(buildActions());

    fillFilterChoices();
    switchRegister();
    connectActions();
    refreshPermissions();
}

QGridLayout* ComplaintsPage::buildFilters()
{
    auto* filters = new QGridLayout;
    m_from = periodEdit(this, QStringLiteral("filterFrom"));
    m_to = periodEdit(this, QStringLiteral("filterTo"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("filterService"));
    m_problem = new QComboBox(this);
    m_problem->setObjectName(QStringLiteral("filterProblemType"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("filterState"));
    m_clock = new QComboBox(this);
    m_clock->setObjectName(QStringLiteral("filterClock"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterSearch"));
    m_search->setPlaceholderText(tr("Number, name or registration number"));
    m_search->setClearButtonEnabled(true);
    for (QComboBox* box : {m_channel, m_service, m_problem})
        box->setMaximumWidth(260);
    filters->addWidget(new QLabel(tr("From"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(tr("to"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(new QLabel(tr("Channel"), this), 0, 4);
    filters->addWidget(m_channel, 0, 5);
    filters->addWidget(new QLabel(tr("Service"), this), 0, 6);
    filters->addWidget(m_service, 0, 7);
    filters->addWidget(new QLabel(tr("Problem type"), this), 1, 0);
    filters->addWidget(m_problem, 1, 1, 1, 3);
    filters->addWidget(new QLabel(tr("State"), this), 1, 4);
    filters->addWidget(m_state, 1, 5);
    filters->addWidget(new QLabel(tr("Clock"), this), 1, 6);
    filters->addWidget(m_clock, 1, 7);
    filters->addWidget(m_search, 0, 8, 1, 2);
    filters->setColumnStretch(8, 1);
    return filters;
}

QTableView* ComplaintsPage::buildRegisterView()
{
    m_complaints = new ComplaintRegisterModel(m_ui.context(), ComplaintKind::Complaint, this);
    m_suggestions = new ComplaintRegisterModel(m_ui.context(), ComplaintKind::Suggestion, this);
    m_view = new QTableView(this);
    // The first page of rows arrives after the reset: fit the columns to it (not to later pages).
    for (ComplaintRegisterModel* m : {m_complaints, m_suggestions})
        connect(m, &QAbstractItemModel::rowsInserted, this, [this, m](const QModelIndex&, int first) {
            if (first == 0 && m_view->model() == m)
                fitColumns();
        });
    m_view->setObjectName(QStringLiteral("complaintRegister"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    return m_view;
}

QHBoxLayout* ComplaintsPage::buildActions()
{
    auto* actions = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registerCount"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openComplaint"));
    m_print = new QPushButton(tr("Print (PDF)…"), this);
    m_print->setObjectName(QStringLiteral("printRegister"));
    m_csv = new QPushButton(tr("Export CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportRegisterCsv"));
    m_xlsx = new QPushButton(tr("Export Excel…"), this);
    m_xlsx->setObjectName(QStringLiteral("exportRegisterXlsx"));
    actions->addWidget(m_count, 1);
    for (QPushButton* b : {m_open, m_print, m_csv, m_xlsx})
        actions->addWidget(b);
    return actions;
}

void ComplaintsPage::connectActions()
{
    connect(m_registers, &QTabBar::currentChanged, this, &ComplaintsPage::switchRegister);
    for (QComboBox* box : {m_channel, m_service, m_problem, m_state, m_clock})
        connect(box, &QComboBox::currentIndexChanged, this, &ComplaintsPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &ComplaintsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &ComplaintsPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &ComplaintsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            applyFilter();
    });
    connect(m_new, &QPushButton::clicked, this, &ComplaintsPage::newComplaint);
    connect(m_open, &QPushButton::clicked, this, &ComplaintsPage::openSelected);
    connect(m_view, &QTableView::doubleClicked, this, &ComplaintsPage::openSelected);
    connect(m_print, &QPushButton::clicked, this, [this] { exportRegister(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportRegister(QStringLiteral("csv")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportRegister(QStringLiteral("xlsx")); });
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("complaints") || domain == QLatin1String("calendar"))
            applyFilter();
    });
    connect(&m_ui, &UiContext::actorChanged, this, [this] {
        refreshPermissions();
        applyFilter();
    });
    for (ComplaintRegisterModel* m : {m_complaints, m_suggestions})
        connect(m, &ComplaintRegisterModel::failed, this,
                [this](const QString& message) { m_count->setText(message); });
}

void ComplaintsPage::fillFilterChoices()
{
    const ComplaintHandling h = ComplaintService::handling(m_ui.database(), {});
    m_channel->addItem(tr("All channels"), QString());
    for (const ComplaintChannel& c : h.channels)
        m_channel->addItem(QStringLiteral("%1. %2").arg(c.key, c.label).left(40), c.key);
    m_service->addItem(tr("All services"), QString());
    for (const ServiceStandard& s : ComplaintService::services(m_ui.database()))
        m_service->addItem(QStringLiteral("%1 %2").arg(s.kbli, s.name).left(40), s.kbli);
    m_problem->addItem(tr("All problem types"), QString());
    for (const QString& t : ComplaintProcess::problemTypeChoices(h))
        m_problem->addItem(t.left(60), t);
    m_clock->addItem(tr("Any clock"), QString());
    for (const QString& key : complaintClockStateKeys())
        m_clock->addItem(ComplaintRegister::clockTitle(key), key);
}

void ComplaintsPage::showRegister(ComplaintKind kind)
{
    m_registers->setCurrentIndex(kind == ComplaintKind::Suggestion ? 1 : 0);
}

void ComplaintsPage::switchRegister()
{
    const bool complaints = m_registers->currentIndex() != 1;
    m_state->blockSignals(true);
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    const QStringList states = complaints ? QStringList{ComplaintStates::Received, ComplaintStates::InReview,
                                                        ComplaintStates::Escalated, ComplaintStates::Answered,
                                                        ComplaintStates::Closed}
                                          : QStringList{ComplaintStates::Registered, ComplaintStates::Noted};
    for (const QString& s : states)
        m_state->addItem(ComplaintStates::title(s), s);
    m_state->blockSignals(false);
    m_clock->setEnabled(complaints);
    m_problem->setEnabled(complaints);
    m_view->setModel(complaints ? m_complaints : m_suggestions);
    applyFilter();
    fitColumns();
}

void ComplaintsPage::fitColumns()
{
    if (!m_view->model())
        return;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 260));
}

ComplaintFilter ComplaintsPage::currentFilter() const
{
    ComplaintFilter f;
    f.kind = m_registers->currentIndex() == 1 ? ComplaintKind::Suggestion : ComplaintKind::Complaint;
    if (m_from->date() > kNoDate)
        f.from = m_from->date();
    if (m_to->date() > kNoDate)
        f.to = m_to->date();
    f.channelKey = m_channel->currentData().toString();
    f.serviceKbli = m_service->currentData().toString();
    if (*f.kind == ComplaintKind::Complaint) {
        f.problemType = m_problem->currentData().toString();
        f.clockState = m_clock->currentData().toString();
    }
    f.state = m_state->currentData().toString();
    f.search = m_search->text().trimmed();
    return f;
}

ComplaintRegisterModel* ComplaintsPage::model() const
{
    return m_registers->currentIndex() == 1 ? m_suggestions : m_complaints;
}

void ComplaintsPage::applyFilter()
{
    ComplaintRegisterModel* m = model();
    m->setFilter(currentFilter());
    m_count->setText(tr("%n entries", nullptr, m->totalCount()));
}

void ComplaintsPage::refreshPermissions()
{
    const Actor& a = m_ui.actor();
    m_new->setEnabled(a.can(Permission::RegisterComplaint));
    const bool read = a.can(Permission::RegisterComplaint) || a.can(Permission::HandleComplaint) ||
                      a.can(Permission::ViewReports);
    for (QPushButton* b : {m_open, m_print, m_csv, m_xlsx})
        b->setEnabled(read);
}

void ComplaintsPage::newComplaint()
{
    ComplaintIntakeDialog dialog(m_ui, this);
    if (dialog.exec() == QDialog::Accepted) {
        const Complaint& c = dialog.saved();
        showRegister(c.kind);
        applyFilter();
        openComplaint(c.id);
    }
}

void ComplaintsPage::openComplaint(const QString& id)
{
    ComplaintDialog dialog(m_ui, id, this);
    dialog.exec();
}

void ComplaintsPage::openSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    openComplaint(model()->idAt(index.row()));
}

// The rows are read and the file written whole on a worker connection while the page shows it is
// busy (issue 16: a register of many thousands of entries), owner-only and under its name only when
// complete (issue 14).
bool ComplaintsPage::exportOffThread(const QString& title, const QString& file,
                                     const std::function<int(const Context&)>& write)
{
    for (QPushButton* b : {m_print, m_csv, m_xlsx})
        b->setEnabled(false);
    int n = 0;
    const QString error = workOffThread(m_ui.context(), [&](const Context& ctx) { n = write(ctx); });
    refreshPermissions();
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, title, error);
        return false;
    }
    Prompter::instance().information(this, title, tr("%n entries written to %1.", nullptr, n).arg(file));
    return true;
}

bool ComplaintsPage::exportRegister(const QString& format)
{
    const ComplaintFilter f = currentFilter();
    const QString base = *f.kind == ComplaintKind::Suggestion ? QStringLiteral("register-saran")
                                                              : QStringLiteral("register-pengaduan");
    QString filter = tr("PDF files (*.pdf)");
    if (format == QLatin1String("csv"))
        filter = tr("CSV files (*.csv)");
    else if (format == QLatin1String("xlsx"))
        filter = tr("Excel workbooks (*.xlsx)");
    const QString title = ComplaintRegister::title(*f.kind);
    const QString file = Prompter::instance().saveFile(this, title, base + QLatin1Char('.') + format, filter);
    if (file.isEmpty())
        return false;
    if (format == QLatin1String("csv"))
        return exportOffThread(title, file,
                               [&](const Context& ctx) { return ComplaintRegisterExport::writeCsv(ctx, f, file); });
    if (format == QLatin1String("xlsx"))
        return exportOffThread(title, file,
                               [&](const Context& ctx) { return ComplaintRegisterExport::writeXlsx(ctx, f, file); });
    // The printed register is capped at kMaxPrintedRows and laid out by Qt's text engine on this thread.
    try {
        const int n = ComplaintRegisterExport::writePdf(m_ui.context(), f, file);
        Prompter::instance().information(this, title, tr("%n entries written to %1.", nullptr, n).arg(file));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, title, e.message());
        return false;
    }
}

} // namespace loket::ui
