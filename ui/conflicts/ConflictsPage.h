#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace loket::ui {

class ConflictListModel;
class UiContext;

// "Conflicts": actions two workstations took on the same application while apart (docs/SYNC.md).
// The application follows the action recorded first; a head of office or supervisor keeps that
// outcome or takes an overridden one, with a note. Everyone who views reports sees the list; the
// buttons follow the signed-in officer's permissions and the service checks again.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(UiContext& ui, QWidget* parent = nullptr);

    static QString title();
    ConflictListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void reload();
    // Settles the selected conflict after asking for a note; false when nothing was settled.
    bool keepSelected();
    bool takeSelected();
    void openSelected();

Q_SIGNALS:
    void openCaseRequested(const QString& registrationNumber);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTableView* buildTable();
    QHBoxLayout* buildButtons();
    void connectActions();
    int selectedRow() const;
    bool settle(bool take);
    void updateState();

    UiContext& m_ui;
    QLabel* m_title;
    QLabel* m_message;
    QCheckBox* m_showSettled;
    QTableView* m_table;
    QLabel* m_details;
    QPushButton* m_open;
    QPushButton* m_keep;
    QPushButton* m_take;
    QAction* m_openAction;
    QAction* m_keepAction;
    QAction* m_takeAction;
    ConflictListModel* m_model;
};

} // namespace loket::ui
