#pragma once

#include "users/UserRecord.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace loket::ui {

class UiContext;

// Adds an account (with a first password) or edits one: name, roles and the staff profile the
// competence list asks about.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` null: a new account.
    UserEditDialog(UiContext& ui, const UserRecord* existing, QWidget* parent = nullptr);

    // Saves through UserService; accepts the dialog on success and keeps it open with the
    // message otherwise.
    bool save();
    QString username() const;

private:
    QGroupBox* buildAccountBox(const UserRecord* existing);
    QGroupBox* buildRolesBox(const UserRecord* existing);
    QGroupBox* buildStaffBox(const UserRecord* existing);
    Roles checkedRoles() const;
    StaffProfile profile() const;

    UiContext& m_ui;
    bool m_new;
    QString m_username;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QLineEdit* m_position;
    QComboBox* m_education;
    QSpinBox* m_govYears;
    QSpinBox* m_ptspYears;
    QCheckBox* m_technical;
    QMap<Role, QCheckBox*> m_roles;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_again = nullptr;
    QLabel* m_error;
};

} // namespace loket::ui
