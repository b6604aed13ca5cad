#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace loket::ui {

class UiContext;

// A new password typed twice: for changing one's own (with the current one) or for an
// administrator's reset of someone else's.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode
    {
        ChangeOwn,
        Reset
    };
    PasswordDialog(UiContext& ui, Mode mode, const QString& username, QWidget* parent = nullptr);

    // Saves through UserService; accepts the dialog on success.
    bool save();
    void setExplanation(const QString& text);
    // Shown when an administrator set the password and the user must choose their own.
    static QString requiredChangeText();

private:
    UiContext& m_ui;
    Mode m_mode;
    QString m_username;
    QLabel* m_explanation;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_again;
    QLabel* m_error;
};

} // namespace loket::ui
