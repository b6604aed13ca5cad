#include "SessionController.h"

#include "LockScreen.h"
#include "PasswordDialog.h"
#include "SignInFlow.h"
#include "common/UiContext.h"
#include "users/SecurityPolicy.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

namespace loket::ui {

SessionController::SessionController(UiContext& ui, QMainWindow* window)
    : QObject(window), m_ui(ui), m_window(window), m_lockScreen(new LockScreen(ui)), m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionController"));
    m_lockScreen->setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    m_lockScreen->setWindowModality(Qt::ApplicationModal);
    connect(m_lockScreen, &LockScreen::unlocked, this, &SessionController::unlock);
    connect(m_lockScreen, &LockScreen::switchRequested, this, &SessionController::switchOfficer);

    auto* menu = window->menuBar()->addMenu(tr("&Officer"));
    menu->setObjectName(QStringLiteral("officerMenu"));
    m_lockAction = menu->addAction(tr("&Lock the screen"), this, &SessionController::lock);
    m_lockAction->setObjectName(QStringLiteral("actionLock"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_switchAction = menu->addAction(tr("&Switch officer…"), this, &SessionController::switchOfficer);
    m_switchAction->setObjectName(QStringLiteral("actionSwitchUser"));
    m_switchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_passwordAction = menu->addAction(tr("&Change my password…"), this, &SessionController::changeOwnPassword);
    m_passwordAction->setObjectName(QStringLiteral("actionChangePassword"));
    window->addAction(m_lockAction);
    window->addAction(m_switchAction);

    m_idle->setObjectName(QStringLiteral("idleTimer"));
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &SessionController::lock);
    qApp->installEventFilter(this);
    connect(&m_ui, &UiContext::actorChanged, this, &SessionController::applyPageAccess);
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("settings"))
            reloadPolicy();
    });
    reloadPolicy();
}

SessionController::~SessionController()
{
    qApp->removeEventFilter(this);
    delete m_lockScreen;
}

int SessionController::idleIntervalMs() const
{
    return m_idle->interval();
}

void SessionController::reloadPolicy()
{
    const double minutes = SecurityPolicy::load(m_ui.database()).idleLockMinutes;
    if (minutes <= 0) {
        m_idle->stop();
        m_idle->setInterval(0);
        return;
    }
    m_idle->setInterval(int(qMin(minutes * 60000.0, 24.0 * 3600 * 1000)));
    if (!m_locked)
        m_idle->start();
}

void SessionController::restrictPage(const QString& pageKey, Permission permission)
{
    m_restricted.insert(pageKey, permission);
    applyPageAccess();
}

void SessionController::applyPageAccess()
{
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    if (!nav)
        return;
    for (int i = 0; i < nav->count(); ++i) {
        const QString key = nav->item(i)->data(Qt::UserRole).toString();
        if (m_restricted.contains(key))
            nav->setRowHidden(i, !m_ui.actor().can(m_restricted.value(key)));
    }
    if (nav->currentRow() >= 0 && !nav->isRowHidden(nav->currentRow()))
        return;
    for (int i = 0; i < nav->count(); ++i) {
        if (!nav->isRowHidden(i)) {
            nav->setCurrentRow(i);
            return;
        }
    }
}

bool SessionController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked && m_idle->interval() > 0)
            m_idle->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    // The lock covers the window where it was; the window itself is hidden so nothing shows.
    m_wasMaximized = m_window->isMaximized();
    m_lockScreen->setGeometry(m_window->geometry());
    m_lockScreen->prepare();
    m_window->hide();
    if (m_wasMaximized)
        m_lockScreen->showMaximized();
    else
        m_lockScreen->show();
    m_lockScreen->raise();
    m_lockScreen->activateWindow();
}

void SessionController::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_lockScreen->hide();
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->show();
    m_window->activateWindow();
    if (m_idle->interval() > 0)
        m_idle->start();
}

void SessionController::switchOfficer()
{
    const QString before = m_ui.actor().userId;
    QWidget* parent = m_locked ? static_cast<QWidget*>(m_lockScreen) : m_window;
    if (!SignInFlow::run(m_ui, parent))
        return;
    if (m_ui.actor().userId != before)
        closeDialogsOfPreviousOfficer();
    unlock();
}

void SessionController::closeDialogsOfPreviousOfficer()
{
    // Work left open by the previous officer is not continued in the new one's name.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
}

void SessionController::changeOwnPassword()
{
    PasswordDialog dialog(m_ui, PasswordDialog::ChangeOwn, m_ui.actor().username, m_window);
    dialog.exec();
}

} // namespace loket::ui
