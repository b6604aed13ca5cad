#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace loket::ui {

class StaffRegisterModel;
class UiContext;
class UserTableModel;

// Accounts, roles, passwords, training records and the competence checklist, and the staff register (who meets the
// standard's competence list; the staff count against the standard's 30).
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(UiContext& ui, QWidget* parent = nullptr);
    static QString title();

    void reload();
    bool selectUser(const QString& username);
    QString selectedUsername() const;

public Q_SLOTS:
    void addUser();
    void editUser();
    void resetPassword();
    void toggleDisabled();
    void unlockUser();
    void addTraining();
    void removeTraining();

private:
    // The two tabs and the buttons' connections, built once by the constructor.
    QWidget* accountsTab();
    QWidget* registerTab();
    void connectActions();
    void showTraining();
    void showCompetence();
    void competenceChanged(QTableWidgetItem* item);
    void updateButtons();

    UiContext& m_ui;
    QTabWidget* m_tabs;
    UserTableModel* m_model;
    QTableView* m_table;
    QLabel* m_trainingTitle;
    QTableWidget* m_training;
    QTableWidget* m_competence;
    StaffRegisterModel* m_registerModel;
    QTableView* m_register;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QPushButton* m_unlock;
    QPushButton* m_addTraining;
    QPushButton* m_removeTraining;
};

} // namespace loket::ui
