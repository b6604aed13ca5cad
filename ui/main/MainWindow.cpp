#include "MainWindow.h"

#include "SettingsPage.h"
#include "complaints/ComplaintsPage.h"
#include "conflicts/ConflictsPage.h"
#include "calendar/CalendarPage.h"
#include "cases/CasesPage.h"
#include "cases/IntakePage.h"
#include "catalog/CatalogPage.h"
#include "reports/DashboardPage.h"
#include "survey/SurveyPage.h"
#include "audit/AuditPage.h"
#include "sync/SyncController.h"
#include "users/SessionController.h"
#include "users/UsersPage.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace loket::ui {

namespace {
// Line drawings from resources/icons/nav, white for the dark side bar.
QIcon navIcon(const char* name)
{
    return QIcon(QStringLiteral(":/icons/nav/%1.svg").arg(QLatin1String(name)));
}
} // namespace

MainWindow::MainWindow(UiContext& ui, QWidget* parent) : QMainWindow(parent), m_ui(ui)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Loket — %1").arg(SettingsRepository(ui.database()).value(QStringLiteral("office.name"),
                                                                                 tr("Licensing office"))));
    resize(1280, 720);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(220);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #1f3a5f; color: white; border: none; font-size: 11pt; }"
        "QListWidget#navigation::item { padding: 10px 12px; border-left: 4px solid transparent; }"
        "QListWidget#navigation::item:selected { background: #2e5c8a; border-left: 4px solid #f2b632; }"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A page chosen with the mouse or Enter is a page to work in: focus goes to its first field.
    // Arrow keys only browse, so focus stays in the side bar.
    connect(m_nav, &QListWidget::itemClicked, this, &MainWindow::focusPage);
    connect(m_nav, &QListWidget::itemActivated, this, &MainWindow::focusPage);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_syncAction = fileMenu->addAction(tr("&Sync now"));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUser"));
    m_statusDb = new QLabel(this);
    m_statusDb->setObjectName(QStringLiteral("statusDatabase"));
    statusBar()->addWidget(m_statusUser);
    buildSync(fileMenu);
    statusBar()->addPermanentWidget(m_statusDb);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(&m_ui, &UiContext::actorChanged, this, &MainWindow::refreshStatus);

    buildPages();
    refreshStatus();
    showHomePage();
    connect(&m_ui, &UiContext::actorChanged, this, &MainWindow::showHomePage);
}

void MainWindow::buildSync(QMenu* menu)
{
    // Sync rounds run on a worker thread: the status bar shows their progress and the last
    // result, and the counter keeps working meanwhile.
    m_sync = new SyncController(m_ui, this);
    m_syncAction->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncAction->setToolTip(tr("Send this workstation's changes to the central database and receive the "
                                "other workstations' changes (F9)"));
    connect(m_syncAction, &QAction::triggered, m_sync, &SyncController::syncNow);
    // sync configure may have run in loket-cli meanwhile: look again when the menu opens.
    connect(menu, &QMenu::aboutToShow, m_sync, &SyncController::refreshHealth);

    m_syncProgress = new QLabel(this);
    m_syncProgress->setObjectName(QStringLiteral("syncProgressLabel"));
    m_syncProgress->setMaximumWidth(340);
    m_syncProgress->hide();
    m_syncBusy = new QProgressBar(this);
    m_syncBusy->setObjectName(QStringLiteral("syncBusy"));
    m_syncBusy->setRange(0, 0); // busy: a round reports steps, not a fraction
    m_syncBusy->setMaximumWidth(90);
    m_syncBusy->setMaximumHeight(14);
    m_syncBusy->setTextVisible(false);
    m_syncBusy->hide();
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addPermanentWidget(m_syncProgress);
    statusBar()->addPermanentWidget(m_syncBusy);
    m_syncProgressHide = new QTimer(this);
    m_syncProgressHide->setSingleShot(true);
    m_syncProgressHide->setInterval(15000);
    connect(m_syncProgressHide, &QTimer::timeout, m_syncProgress, &QWidget::hide);

    connect(m_sync, &SyncController::availabilityChanged, this, [this] { syncRunningChanged(m_sync->isRunning()); });
    connect(m_sync, &SyncController::runningChanged, this, &MainWindow::syncRunningChanged);
    connect(m_sync, &SyncController::healthChanged, this, &MainWindow::refreshSyncStatus);
    connect(m_sync, &SyncController::progress, this, [this](const QString& line) {
        m_syncProgressHide->stop();
        m_syncProgress->setText(m_syncProgress->fontMetrics().elidedText(line, Qt::ElideRight, 320));
        m_syncProgress->setToolTip(line);
        m_syncProgress->show();
    });
    connect(m_sync, &SyncController::roundFinished, this, [this](bool ok, const QString& message) {
        const QString text = ok ? message : tr("Sync failed: %1").arg(message);
        m_syncProgress->setText(m_syncProgress->fontMetrics().elidedText(text, Qt::ElideRight, 320));
        m_syncProgress->setToolTip(text);
        m_syncProgress->show();
        m_syncProgressHide->start();
    });
    connect(m_sync, &SyncController::dataReceived, this, &MainWindow::reloadAfterSync);
    syncRunningChanged(false);
    refreshSyncStatus();
}

void MainWindow::syncRunningChanged(bool running)
{
    m_syncAction->setEnabled(m_sync->isAvailable() && !running);
    m_syncBusy->setVisible(running);
}

void MainWindow::refreshSyncStatus()
{
    const SyncHealth& h = m_sync->health();
    m_syncStatus->setText(m_sync->statusText());
    m_syncStatus->setToolTip(m_sync->statusToolTip());
    m_syncStatus->setMinimumWidth(m_syncStatus->sizeHint().width()); // the others give way first
    // Offline is worth a glance; the rest stays quiet.
    m_syncStatus->setStyleSheet(h.offlineSince.isValid() ? QStringLiteral("QLabel { color: #a0361c; }") : QString());
}

void MainWindow::reloadAfterSync()
{
    // Other workstations' applications and complaints arrived: the lists reload as after a
    // local change (a case being edited stays as it is).
    m_ui.notifyDataChanged(QStringLiteral("cases"));
    m_ui.notifyDataChanged(QStringLiteral("complaints"));
}

void MainWindow::showOnScreen()
{
    // A PC's own preference, not office data: kept in the user's settings, not the database.
    QSettings settings;
    const QByteArray saved = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!saved.isEmpty() && restoreGeometry(saved)) {
        const QScreen* screen = this->screen();
        if (screen && screen->availableGeometry().contains(frameGeometry())) {
            show();
            return;
        }
    }
    // The free area first, for a desktop whose window manager ignores "maximised".
    if (const QScreen* screen = this->screen())
        setGeometry(screen->availableGeometry());
    showMaximized();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // A running round stops after its current batch; the controller waits for it when it goes.
    if (m_sync)
        m_sync->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::showHomePage()
{
    // Each officer starts where their day starts: the counter at intake, supervisors at the
    // dashboard, the back office and technical team at the case list.
    const Actor& a = m_ui.actor();
    QString key = QStringLiteral("catalogPage");
    if (a.can(Permission::RegisterCase))
        key = QStringLiteral("intakePage");
    else if (a.can(Permission::ViewReports))
        key = QStringLiteral("dashboardPage");
    else if (a.can(Permission::VerifyCase) || a.can(Permission::TechnicalReview) || a.can(Permission::SignPermit))
        key = QStringLiteral("casesPage");
    else if (a.can(Permission::ManageUsers))
        key = QStringLiteral("usersPage");
    if (!showPage(key) && m_nav->count() > 0)
        m_nav->setCurrentRow(0);
    focusPage();
}

void MainWindow::focusPage()
{
    QWidget* page = m_pages->currentWidget();
    if (!page)
        return;
    // The first widget in the page's tab order that takes keyboard focus.
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::buildPages()
{
    // Domain pages are added here in the order a counter's day runs.
    auto* intake = new IntakePage(m_ui, this);
    auto* cases = new CasesPage(m_ui, this);
    addPage(QStringLiteral("intakePage"), tr("New application"), navIcon("intake"), intake);
    addPage(QStringLiteral("casesPage"), tr("Applications"), navIcon("cases"), cases);
    connect(intake, &IntakePage::openCaseRequested, this, [this, cases](const QString& reg) {
        showPage(QStringLiteral("casesPage"));
        cases->openCase(reg);
    });
    addPage(QStringLiteral("catalogPage"), tr("Service catalogue"), navIcon("catalog"),
            new CatalogPage(m_ui, this));
    auto* dashboard = new DashboardPage(m_ui, this);
    addPage(QStringLiteral("dashboardPage"), tr("SLA dashboard"), navIcon("dashboard"), dashboard);
    // Drill-down: a late case opens its case screen, a tile or a table row the list of its cases.
    connect(dashboard, &DashboardPage::openCase, this, [this, cases](const QString& reg) {
        showPage(QStringLiteral("casesPage"));
        cases->openCase(reg);
    });
    connect(dashboard, &DashboardPage::openCaseList, this, [this, cases](const CaseFilter& filter) {
        showPage(QStringLiteral("casesPage"));
        cases->showFiltered(filter);
    });
    auto* conflicts = new ConflictsPage(m_ui, this);
    addPage(QStringLiteral("conflictsPage"), ConflictsPage::title(), navIcon("conflicts"), conflicts);
    connect(conflicts, &ConflictsPage::openCaseRequested, this, [this, cases](const QString& reg) {
        showPage(QStringLiteral("casesPage"));
        cases->openCase(reg);
    });
    addPage(QStringLiteral("complaintsPage"), tr("Complaints"), navIcon("complaints"),
            new ComplaintsPage(m_ui, this));
    addPage(QStringLiteral("surveyPage"), tr("Satisfaction survey"), navIcon("survey"),
            new SurveyPage(m_ui, this));
    addPage(QStringLiteral("calendarPage"), tr("Working calendar"), navIcon("calendar"),
            new CalendarPage(m_ui, this));
    addPage(QStringLiteral("usersPage"), UsersPage::title(), navIcon("users"),
            new UsersPage(m_ui, this));
    addPage(QStringLiteral("auditPage"), AuditPage::title(), navIcon("audit"),
            new AuditPage(m_ui, this));
    addPage(QStringLiteral("settingsPage"), tr("Settings"), navIcon("settings"),
            new SettingsPage(m_ui, this));
    // The signed-in session: lock (Ctrl+L), switch officer, idle lock, and who sees which page.
    auto* session = new SessionController(m_ui, this);
    session->restrictPage(QStringLiteral("usersPage"), Permission::ManageUsers);
    session->restrictPage(QStringLiteral("auditPage"), Permission::ViewAudit);
    session->restrictPage(QStringLiteral("intakePage"), Permission::RegisterCase);
    session->restrictPage(QStringLiteral("dashboardPage"), Permission::ViewReports);
    session->restrictPage(QStringLiteral("conflictsPage"), Permission::ViewReports);
}

void MainWindow::addPage(const QString& key, const QString& title, const QIcon& icon, QWidget* page)
{
    page->setObjectName(key);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(icon, title, m_nav);
    item->setData(Qt::UserRole, key);
}

bool MainWindow::showPage(const QString& key)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == key) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget* MainWindow::page(const QString& key) const
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i)->objectName() == key)
            return m_pages->widget(i);
    return nullptr;
}

void MainWindow::refreshStatus()
{
    const Actor& a = m_ui.actor();
    m_statusUser->setText(tr("Officer: %1").arg(a.displayName.isEmpty() ? a.username : a.displayName));
    m_statusDb->setText(tr("Workstation %1 · %2").arg(m_ui.database().workstationCode(), m_ui.database().path()));
}

} // namespace loket::ui
