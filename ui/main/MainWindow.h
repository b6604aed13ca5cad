#pragma once

#include <QMainWindow>

class QAction;
class QMenu;
class QTimer;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QLabel;

namespace loket::ui {

class SyncController;
class UiContext;

// The shell: a navigation list on the left, one page per domain on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(UiContext& ui, QWidget* parent = nullptr);

    // Adds a page; `key` becomes the objectName of both the page and its navigation item.
    void addPage(const QString& key, const QString& title, const QIcon& icon, QWidget* page);
    bool showPage(const QString& key);
    QWidget* page(const QString& key) const;
    SyncController* syncController() const { return m_sync; }
    // Shows the window where the officer left it, or filling the screen's free area: on the usual
    // 1366x768 office screen a fixed size would push the buttons and status bar off the bottom.
    void showOnScreen();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildSync(QMenu* menu);
    void showHomePage();
    void focusPage();
    void refreshStatus();
    void refreshSyncStatus();
    void syncRunningChanged(bool running);
    void reloadAfterSync();

    UiContext& m_ui;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_statusUser;
    QLabel* m_statusDb;
    SyncController* m_sync = nullptr;
    QAction* m_syncAction = nullptr;
    QLabel* m_syncProgress = nullptr;
    QProgressBar* m_syncBusy = nullptr;
    QLabel* m_syncStatus = nullptr;
    QTimer* m_syncProgressHide = nullptr;
};

} // namespace loket::ui
