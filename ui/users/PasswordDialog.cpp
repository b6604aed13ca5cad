#include "PasswordDialog.h"

#include "AccountFields.h"

#include "common/Error.h"
#include "common/UiContext.h"
#include "users/SecurityPolicy.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

PasswordDialog::PasswordDialog(UiContext& ui, Mode mode, const QString& username, QWidget* parent)
    : QDialog(parent), m_ui(ui), m_mode(mode), m_username(username)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == ChangeOwn ? tr("Change my password") : tr("Reset the password of %1").arg(username));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    m_explanation = new QLabel(mode == ChangeOwn ? tr("Choose a password of at least %1 characters that only you know.")
                                                       .arg(SecurityPolicy::kMinPasswordLength)
                                                 : tr("Give %1 this temporary password in person; they must choose "
                                                      "their own at the next sign-in.")
                                                       .arg(username),
                               this);
    m_explanation->setObjectName(QStringLiteral("passwordExplanation"));
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    auto* form = new QFormLayout;
    if (mode == ChangeOwn) {
        m_current = account::passwordField(this, QStringLiteral("currentPassword"));
        form->addRow(tr("Current password"), m_current);
    }
    m_new = account::passwordField(this, QStringLiteral("newPassword"));
    m_again = account::passwordField(this, QStringLiteral("newPasswordAgain"));
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_again);
    layout->addLayout(form);
    m_error = account::refusalLine(this, QStringLiteral("passwordError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePassword"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::setExplanation(const QString& text)
{
    m_explanation->setText(text);
}

QString PasswordDialog::requiredChangeText()
{
    return tr("Your password was set by the administrator. Choose your own password now (at least %1 characters) "
              "before you continue.")
        .arg(SecurityPolicy::kMinPasswordLength);
}

bool PasswordDialog::save()
{
    const bool saved = account::attempt(m_error, [&] {
        if (m_new->text() != m_again->text())
            throw Error::invalid(tr("The two new passwords are not the same."), QStringLiteral("new_password"));
        if (m_mode == ChangeOwn)
            UserService::changeOwnPassword(m_ui.context(), m_current->text(), m_new->text());
        else
            UserService::resetPassword(m_ui.context(), m_username, m_new->text());
    });
    if (saved) {
        m_ui.notifyDataChanged(QStringLiteral("users"));
        accept();
    }
    return saved;
}

} // namespace loket::ui
