#pragma once

#include "common/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loket {
class Clock;
class Database;
} // namespace loket

namespace loket::ui {

// Sign-in with user name and password. Stays open on a wrong password and says why; on a demo
// database it says so and lists the demo accounts.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Database& db, const Clock& clock, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    // Tries to sign in with what is typed; accepts the dialog on success.
    bool attempt();
    const Actor& actor() const { return m_actor; }

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
};

} // namespace loket::ui
