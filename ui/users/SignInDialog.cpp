#include "SignInDialog.h"

#include "AccountFields.h"

#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "users/AuthService.h"
#include "users/DemoUsers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

SignInDialog::SignInDialog(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Loket"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    const QString office =
        SettingsRepository(db).value(QStringLiteral("office.name"), tr("Licensing office")).toHtmlEscaped();
    auto* heading =
        new QLabel(QStringLiteral("<h2 style='margin:0'>Loket</h2><div style='color:#555'>%1</div>").arg(office), this);
    heading->setObjectName(QStringLiteral("signInHeading"));
    layout->addWidget(heading);

    if (DemoUsers::isDemo(db)) {
        auto* demo = new QFrame(this);
        demo->setObjectName(QStringLiteral("demoAccounts"));
        demo->setStyleSheet(QStringLiteral("QFrame#demoAccounts { background: #fff6d6; border: 1px solid #e0c060; "
                                           "border-radius: 4px; } QLabel { background: transparent; }"));
        auto* grid = new QGridLayout(demo);
        grid->setContentsMargins(10, 8, 10, 8);
        grid->setHorizontalSpacing(14);
        // Short lines without word wrap: a wrapped label in a grid is given too little height.
        auto* intro = new QLabel(QStringLiteral("<b>%1</b><br>%2<br>%3")
                                     .arg(tr("Demo database").toHtmlEscaped(),
                                          tr("The data in it are invented, for trying Loket out.").toHtmlEscaped(),
                                          tr("Sign in with one of these accounts:").toHtmlEscaped()),
                                 demo);
        grid->addWidget(intro, 0, 0, 1, 3);
        int row = 1;
        for (const DemoUsers::Account& a : DemoUsers::accounts()) {
            auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(a.username.toHtmlEscaped()), demo);
            auto* password = new QLabel(a.password, demo);
            password->setTextInteractionFlags(Qt::TextSelectableByMouse);
            auto* role = new QLabel(roleTitle(a.role), demo);
            role->setStyleSheet(QStringLiteral("color: #555;"));
            grid->addWidget(name, row, 0);
            grid->addWidget(password, row, 1);
            grid->addWidget(role, row, 2);
            ++row;
        }
        grid->setColumnStretch(2, 1);
        layout->addWidget(demo);
    }

    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password = account::passwordField(this, QStringLiteral("signInPassword"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);

    m_error = account::refusalLine(this, QStringLiteral("signInError"));
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("signInCancel"));
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_user->setFocus();
}

void SignInDialog::setUsername(const QString& username)
{
    m_user->setText(username);
    m_password->setFocus();
}

bool SignInDialog::attempt()
{
    const bool signedIn = account::attempt(
        m_error,
        [&] {
            m_actor = AuthService::signIn(m_db, m_clock, m_user->text(), m_password->text(),
                                          AuthService::Record::EverySignIn);
        },
        [&](const Error& e) {
            m_password->clear();
            (e.field() == QLatin1String("username") ? m_user : m_password)->setFocus();
        });
    if (signedIn) {
        m_password->clear();
        accept();
    }
    return signedIn;
}

} // namespace loket::ui
