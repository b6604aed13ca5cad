#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace loket::ui {

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

private:
    void buildPages();
    void showHomePage();
    void refreshStatus();

    UiContext& m_ui;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    QLabel* m_statusUser;
    QLabel* m_statusDb;
};

} // namespace loket::ui
