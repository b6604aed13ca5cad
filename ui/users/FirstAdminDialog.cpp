#include "FirstAdminDialog.h"

#include "AccountFields.h"

#include "common/Context.h"
#include "common/Error.h"
#include "users/AuthService.h"
#include "users/SecurityPolicy.h"
#include "users/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

FirstAdminDialog::FirstAdminDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Create the administrator account"));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(QStringLiteral("<h3 style='margin:0'>%1</h3><p>%2</p>")
                                 .arg(tr("Welcome to Loket").toHtmlEscaped(),
                                      tr("This database has no accounts yet. Create the administrator's account: "
                                         "the administrator then adds the officers and gives them their roles.")
                                          .toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_user = new QLineEdit(QStringLiteral("admin"), this);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_name->setPlaceholderText(tr("e.g. Andi Pratama, S.Kom."));
    m_password = account::passwordField(this, QStringLiteral("adminPassword"),
                                        tr("at least %1 characters").arg(SecurityPolicy::kMinPasswordLength));
    m_again = account::passwordField(this, QStringLiteral("adminPasswordAgain"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Full name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_again);
    layout->addLayout(form);

    m_error = account::refusalLine(this, QStringLiteral("adminError"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    auto* create = buttons->addButton(tr("Create account"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createAdminButton"));
    create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_name->setFocus();
}

bool FirstAdminDialog::create()
{
    const bool created = account::attempt(m_error, [&] {
        if (m_password->text() != m_again->text())
            throw Error::invalid(tr("The two passwords are not the same."), QStringLiteral("password"));
        const Context system(m_db, m_clock, Actor::systemActor());
        const UserRecord admin =
            UserService::createFirstAdmin(system, m_user->text(), m_name->text(), m_password->text());
        m_actor = AuthService::actorFor(admin);
    });
    if (created)
        accept();
    return created;
}

} // namespace loket::ui
