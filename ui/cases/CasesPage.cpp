#include "CasesPage.h"

#include "CaseListModel.h"
#include "CaseScreen.h"
#include "catalog/CatalogRepository.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "storage/Database.h"
#include "common/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
const QDate kAnyDate(2000, 1, 1); // the date edits' "any" value
// Item data of the stage filter's "open" entry and the service filter's KBLI-wide entries.
const QString kOpenStages = QStringLiteral("open");
const QString kKbliPrefix = QStringLiteral("kbli:");
constexpr int kKbliRole = Qt::UserRole + 1;

// The columns the officer hid in the list (header context menu), by a name that stays when the
// columns are reordered in code. A setting local to this PC.
const QString kHiddenColumnsKey = QStringLiteral("caseList/hiddenColumns");
// Hidden until the officer shows them: with these the list fits a 1366x768 screen.
const QString kDefaultHidden[] = {QStringLiteral("business"), QStringLiteral("officer"), QStringLiteral("workstation")};

QString columnKey(int column)
{
    static const char* const keys[] = {"registration", "received", "stage", "clock",   "due",        "applicant",
                                       "business",     "service",  "nik",   "officer", "workstation"};
    static_assert(std::size(keys) == CaseListModel::ColCount);
    return QString::fromLatin1(keys[column]);
}

// A registration number too long for its column loses its start, never its sequence number (the
// part that tells cases apart): "…/2026/C01/00042".
class ElideLeftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};
} // namespace

CasesPage::CasesPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto* list = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(list);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Applications")), list));
    layout->addLayout(buildScanRow(list));
    layout->addLayout(buildFilters(list));
    m_model = new CaseListModel(ui.context(), this);
    layout->addWidget(buildTable(list), 1);
    m_stack->addWidget(list);

    m_screen = new CaseScreen(ui, m_stack);
    m_stack->addWidget(m_screen);
    connectUpdates();
    reloadChoices();
    applyFilters();
}

QHBoxLayout* CasesPage::buildScanRow(QWidget* list)
{
    auto* scanRow = new QHBoxLayout;
    m_scan = new QLineEdit(list);
    m_scan->setObjectName(QStringLiteral("caseScan"));
    m_scan->setPlaceholderText(tr("Scan a receipt or type a registration number, then Enter (F2)"));
    m_scan->setClearButtonEnabled(true);
    m_scan->setStyleSheet(QStringLiteral("QLineEdit#caseScan { font-size: 12pt; padding: 4px; }"));
    scanRow->addWidget(new QLabel(tr("Open:"), list));
    scanRow->addWidget(m_scan, 1);
    return scanRow;
}

QGridLayout* CasesPage::buildFilters(QWidget* list)
{
    auto* filters = new QGridLayout;
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search: registration number, NIK, NIB, applicant or business name"));
    m_search->setClearButtonEnabled(true);
    m_service = new QComboBox(list);
    m_service->setObjectName(QStringLiteral("caseFilterService"));
    m_stage = new QComboBox(list);
    m_stage->setObjectName(QStringLiteral("caseFilterStage"));
    m_stage->addItem(tr("All stages"), QString());
    m_stage->addItem(tr("Open (not finished)"), kOpenStages);
    for (CaseStage s : allCaseStages())
        m_stage->addItem(caseStageTitle(s), caseStageKey(s));
    m_clock = new QComboBox(list);
    m_clock->setObjectName(QStringLiteral("caseFilterClock"));
    m_clock->addItem(tr("Any clock"), caseClockFilterKey(CaseClockFilter::Any));
    m_clock->addItem(tr("Overdue"), caseClockFilterKey(CaseClockFilter::Overdue));
    m_clock->addItem(tr("At risk"), caseClockFilterKey(CaseClockFilter::AtRisk));
    m_clock->addItem(tr("On track"), caseClockFilterKey(CaseClockFilter::OnTrack));
    m_clock->addItem(tr("Paused (with the applicant)"), caseClockFilterKey(CaseClockFilter::Paused));
    m_clock->addItem(tr("Not started"), caseClockFilterKey(CaseClockFilter::NotStarted));
    m_clock->addItem(tr("Stopped"), caseClockFilterKey(CaseClockFilter::Stopped));
    m_clock->addItem(tr("Due today"), caseClockFilterKey(CaseClockFilter::DueToday));
    m_officer = new QComboBox(list);
    m_officer->setObjectName(QStringLiteral("caseFilterOfficer"));
    m_officer->setToolTip(tr("Who holds the application's current stage and must act next"));
    m_workstation = new QComboBox(list);
    m_workstation->setObjectName(QStringLiteral("caseFilterWorkstation"));
    m_workstation->setToolTip(tr("The workstation that registered the application"));
    auto dateEdit = [list](const char* name) {
        auto* d = new DateEdit(list);
        d->setObjectName(QString::fromLatin1(name));
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDate(kAnyDate);
        return d;
    };
    m_from = dateEdit("caseFilterFrom");
    m_to = dateEdit("caseFilterTo");
    filters->addWidget(m_search, 0, 0, 1, 4);
    filters->addWidget(new QLabel(tr("Received from"), list), 0, 4);
    filters->addWidget(m_from, 0, 5);
    filters->addWidget(new QLabel(tr("to"), list), 0, 6);
    filters->addWidget(m_to, 0, 7);
    filters->addWidget(m_service, 1, 0, 1, 2);
    filters->addWidget(m_stage, 1, 2);
    filters->addWidget(m_clock, 1, 3);
    filters->addWidget(m_officer, 1, 4);
    filters->addWidget(m_workstation, 1, 5);
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("caseCount"));
    filters->addWidget(m_count, 1, 6, 1, 2, Qt::AlignRight);
    filters->setColumnStretch(0, 2);
    filters->setColumnStretch(1, 2);
    return filters;
}

QTableView* CasesPage::buildTable(QWidget* list)
{
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseListModel::ColReceived, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    // Widths for a 1366x768 screen: the service stretches into what is left and elides (its whole
    // name on hover), the other columns keep a width the officer may change.
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(48);
    const int widths[] = {200, 120, 165, 110, 85, 155, 180, 200, 125, 120, 90};
    for (int c = 0; c < CaseListModel::ColCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    header->setSectionResizeMode(CaseListModel::ColService, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(CaseListModel::ColRegistration, new ElideLeftDelegate(m_table));
    const QStringList hidden =
        QSettings()
            .value(kHiddenColumnsKey, QStringList(std::begin(kDefaultHidden), std::end(kDefaultHidden)))
            .toStringList();
    for (int c = 0; c < CaseListModel::ColCount; ++c)
        header->setSectionHidden(c, c != CaseListModel::ColRegistration && hidden.contains(columnKey(c)));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint& at) {
        QMenu* menu = columnMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(at));
    });
    return m_table;
}

QMenu* CasesPage::columnMenu()
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("caseColumnMenu"));
    for (int c = 0; c < CaseListModel::ColCount; ++c) {
        QAction* a = menu->addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != CaseListModel::ColRegistration); // the number tells the cases apart
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    return menu;
}

void CasesPage::setColumnShown(int column, bool shown)
{
    if (column < 0 || column >= CaseListModel::ColCount || column == CaseListModel::ColRegistration)
        return;
    m_table->setColumnHidden(column, !shown);
    QStringList hidden;
    for (int c = 0; c < CaseListModel::ColCount; ++c)
        if (m_table->isColumnHidden(c))
            hidden << columnKey(c);
    QSettings().setValue(kHiddenColumnsKey, hidden); // local to this PC
}

void CasesPage::connectUpdates()
{
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &CasesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CasesPage::applyFilters);
    for (QComboBox* box : {m_service, m_stage, m_clock, m_officer, m_workstation})
        connect(box, &QComboBox::activated, this, &CasesPage::applyFilters);
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &CasesPage::applyFilters);
    connect(m_scan, &QLineEdit::returnPressed, this, &CasesPage::scanned);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(m_model->registrationAt(index.row())); });
    connect(m_screen, &CaseScreen::backRequested, this, &CasesPage::showList);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasesPage::updateCount);
    // The registration number column as wide as its longest number (it grows, never shrinks under
    // what the officer set).
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int set = m_table->columnWidth(CaseListModel::ColRegistration);
        m_table->resizeColumnToContents(CaseListModel::ColRegistration);
        if (m_table->columnWidth(CaseListModel::ColRegistration) < set)
            m_table->setColumnWidth(CaseListModel::ColRegistration, set);
    });
    auto* focusScan = new QShortcut(QKeySequence(Qt::Key_F2), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(focusScan, &QShortcut::activated, this, [this] {
        showList();
        m_scan->setFocus();
        m_scan->selectAll();
    });
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("cases") || domain == QLatin1String("catalog") || domain == QLatin1String("calendar")) {
            reloadChoices();
            if (m_stack->currentWidget() != m_screen)
                m_model->reload();
        }
    });
    connect(&m_ui, &UiContext::actorChanged, this, [this] { m_model->reload(); });
}

void CasesPage::reloadChoices()
{
    const QString service = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const ServiceStandard& s : CatalogRepository(m_ui.database()).listCurrent()) {
        m_service->addItem(QStringLiteral("%1 · %2").arg(s.kbli, s.name), s.serviceId);
        m_service->setItemData(m_service->count() - 1, s.kbli, kKbliRole);
    }
    if (service.startsWith(kKbliPrefix))
        m_service->addItem(tr("KBLI %1 (every service)").arg(service.mid(kKbliPrefix.size())), service);
    m_service->setCurrentIndex(std::max(0, m_service->findData(service)));
    const QString officer = m_officer->currentData().toString();
    m_officer->clear();
    CaseQueries queries(m_ui.context());
    m_officer->addItem(tr("Any holder"), QString());
    for (const QString& o : queries.officers())
        m_officer->addItem(o, o);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(officer)));
    const QString workstation = m_workstation->currentData().toString();
    m_workstation->clear();
    m_workstation->addItem(tr("All workstations"), QString());
    for (const QString& w : queries.workstations())
        m_workstation->addItem(w, w);
    m_workstation->setCurrentIndex(std::max(0, m_workstation->findData(workstation)));
}

void CasesPage::applyFilters()
{
    m_searchDelay->stop();
    CaseFilter f = m_model->filter();
    f.search = m_search->text();
    const QString service = m_service->currentData().toString();
    f.serviceId = service.startsWith(kKbliPrefix) ? QString() : service;
    f.kbli = service.startsWith(kKbliPrefix) ? service.mid(kKbliPrefix.size()) : QString();
    f.stage.reset();
    f.openOnly = m_stage->currentData().toString() == kOpenStages;
    CaseStage stage;
    if (caseStageFromKey(m_stage->currentData().toString(), &stage))
        f.stage = stage;
    caseClockFilterFromKey(m_clock->currentData().toString(), &f.clock);
    f.officer = m_officer->currentData().toString();
    f.workstation = m_workstation->currentData().toString();
    f.receivedFrom = m_from->date() == kAnyDate ? QDate() : m_from->date();
    f.receivedTo = m_to->date() == kAnyDate ? QDate() : m_to->date();
    m_model->setFilter(f);
}

void CasesPage::showFiltered(const CaseFilter& filter)
{
    m_search->blockSignals(true);
    m_search->setText(filter.search);
    m_search->blockSignals(false);
    // A KBLI is one service of the list when only one current service has it.
    QString service = filter.serviceId;
    if (!filter.kbli.isEmpty()) {
        QList<int> matches;
        for (int i = 0; i < m_service->count(); ++i)
            if (m_service->itemData(i, kKbliRole).toString() == filter.kbli)
                matches << i;
        if (matches.size() == 1) {
            service = m_service->itemData(matches.first()).toString();
        } else {
            service = kKbliPrefix + filter.kbli;
            if (m_service->findData(service) < 0)
                m_service->addItem(tr("KBLI %1 (every service)").arg(filter.kbli), service);
        }
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(service)));
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(filter.stage      ? caseStageKey(*filter.stage)
                                                           : filter.openOnly ? kOpenStages
                                                                             : QString())));
    m_clock->setCurrentIndex(std::max(0, m_clock->findData(caseClockFilterKey(filter.clock))));
    if (!filter.officer.isEmpty() && m_officer->findData(filter.officer) < 0)
        m_officer->addItem(filter.officer, filter.officer);
    m_officer->setCurrentIndex(std::max(0, m_officer->findData(filter.officer)));
    m_workstation->setCurrentIndex(std::max(0, m_workstation->findData(filter.workstation)));
    for (QDateEdit* d : {m_from, m_to})
        d->blockSignals(true);
    m_from->setDate(filter.receivedFrom.isValid() ? filter.receivedFrom : kAnyDate);
    m_to->setDate(filter.receivedTo.isValid() ? filter.receivedTo : kAnyDate);
    for (QDateEdit* d : {m_from, m_to})
        d->blockSignals(false);
    if (m_stack->currentWidget() == m_screen)
        m_stack->setCurrentWidget(m_stack->widget(0));
    applyFilters();
    m_table->setFocus();
}

void CasesPage::updateCount()
{
    const int total = m_model->total();
    if (m_model->sampled()) {
        // The count is of a sample: say so, and how to narrow it (issue 16).
        m_count->setText(tr("%1+ applications: more than %2 names match, the newest %2 are listed; type more of "
                            "the name")
                             .arg(QLocale().toString(total), QLocale().toString(CaseQueries::nameSample())));
        return;
    }
    m_count->setText(total > 100000 ? tr("more than %1 applications").arg(QLocale().toString(100000))
                                    : tr("%n application(s)", nullptr, total));
}

void CasesPage::scanned()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty())
        return;
    bool genuine = false;
    bool receipt = false;
    const QString reg = CaseQueries(m_ui.context()).resolveScan(text, &genuine, &receipt);
    if (reg.isEmpty()) {
        Prompter::instance().warning(this, tr("Applications"), tr("No application has the number %1.").arg(text));
        m_scan->selectAll();
        return;
    }
    if (receipt && !genuine)
        Prompter::instance().warning(this, tr("Applications"),
                                     tr("The verification code of this receipt does not match: the receipt may not be "
                                        "genuine. The application %1 is opened for checking.")
                                         .arg(reg));
    m_scan->clear();
    openCase(reg);
}

bool CasesPage::openCase(const QString& registrationNumber)
{
    if (!m_screen->open(registrationNumber))
        return false;
    m_stack->setCurrentWidget(m_screen);
    m_screen->setFocus();
    return true;
}

void CasesPage::showList()
{
    if (m_stack->currentWidget() == m_screen) {
        m_stack->setCurrentWidget(m_stack->widget(0));
        m_model->reload();
        m_table->setFocus();
    }
}

} // namespace loket::ui
