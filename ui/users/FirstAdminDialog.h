#pragma once

#include "common/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace loket {
class Clock;
class Database;
} // namespace loket

namespace loket::ui {

// The first start of a new database: create the administrator's account.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    FirstAdminDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    // Creates the account from what is typed and signs it in; accepts the dialog on success.
    bool create();
    const Actor& actor() const { return m_actor; }

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QLineEdit* m_user;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_error;
};

} // namespace loket::ui
