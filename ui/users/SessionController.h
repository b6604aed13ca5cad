#pragma once

#include "common/Permission.h"

#include <QHash>
#include <QObject>

class QAction;
class QMainWindow;
class QTimer;

namespace loket::ui {

class LockScreen;
class UiContext;

// The signed-in session of a shared counter: locks the screen after security.idle_lock_minutes
// without input and on demand (Ctrl+L), switches the officer, and shows each page only to the
// roles allowed to use it (the services check again).
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(UiContext& ui, QMainWindow* window);
    ~SessionController() override;

    // The navigation entry `pageKey` is shown only while the officer holds `permission`.
    void restrictPage(const QString& pageKey, Permission permission);

    bool isLocked() const { return m_locked; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    int idleIntervalMs() const;

public Q_SLOTS:
    void lock();
    void switchOfficer();
    void changeOwnPassword();
    void reloadPolicy();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void unlock();
    void applyPageAccess();
    void closeDialogsOfPreviousOfficer();

    UiContext& m_ui;
    QMainWindow* m_window;
    LockScreen* m_lockScreen;
    QTimer* m_idle;
    QAction* m_lockAction;
    QAction* m_switchAction;
    QAction* m_passwordAction;
    QHash<QString, Permission> m_restricted;
    bool m_locked = false;
    bool m_wasMaximized = false;
};

} // namespace loket::ui
