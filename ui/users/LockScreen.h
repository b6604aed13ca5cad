#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace loket::ui {

class UiContext;

// Covers the program while the officer is away. Only the officer's password opens it again;
// "Switch officer" lets a colleague sign in instead.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(UiContext& ui, QWidget* parent = nullptr);

    // Refreshes the officer's name and clears the password and any message.
    void prepare();
    // Checks the typed password; emits unlocked() when right.
    bool tryUnlock();

Q_SIGNALS:
    void unlocked();
    void switchRequested();

private:
    UiContext& m_ui;
    QLabel* m_officer;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
};

} // namespace loket::ui
