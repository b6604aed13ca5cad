#include "LockScreen.h"

#include "common/Error.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"
#include "users/AuthService.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

LockScreen::LockScreen(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Loket is locked"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("QWidget#lockScreen { background: #1f3a5f; }"
                       "QFrame#lockCard { background: white; border-radius: 8px; }"
                       "QLabel#lockTitle { font-size: 16pt; font-weight: bold; color: #1f3a5f; }"
                       "QLabel#lockError { color: #b00020; }"
                       "QLabel#lockOffice { color: #667; }"
                       "QPushButton#lockSwitchUser { color: #2e5c8a; text-decoration: underline; border: none; }"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setMinimumWidth(380);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    auto* office = new QLabel(
        SettingsRepository(ui.database()).value(QStringLiteral("office.name"), QStringLiteral("Loket")), card);
    office->setObjectName(QStringLiteral("lockOffice"));
    office->setAlignment(Qt::AlignCenter);
    office->setWordWrap(true);
    auto* title = new QLabel(tr("Loket is locked"), card);
    title->setObjectName(QStringLiteral("lockTitle"));
    title->setAlignment(Qt::AlignCenter);
    m_officer = new QLabel(card);
    m_officer->setObjectName(QStringLiteral("lockOfficer"));
    m_officer->setAlignment(Qt::AlignCenter);
    m_officer->setWordWrap(true);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_error = new QLabel(card);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_unlock = new QPushButton(tr("Unlock"), card);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* switchUser = new QPushButton(tr("Switch officer…"), card);
    switchUser->setObjectName(QStringLiteral("lockSwitchUser"));
    switchUser->setFlat(true);
    layout->addWidget(office);
    layout->addWidget(title);
    layout->addWidget(m_officer);
    layout->addSpacing(6);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(m_unlock);
    layout->addWidget(switchUser);
    row->addWidget(card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(switchUser, &QPushButton::clicked, this, &LockScreen::switchRequested);
}

void LockScreen::prepare()
{
    const Actor& a = m_ui.actor();
    m_officer->setText(tr("Signed in: %1 (%2). Enter the password to go on.")
                           .arg(a.displayName.isEmpty() ? a.username : a.displayName, a.username));
    m_password->clear();
    m_error->hide();
    m_password->setFocus();
}

bool LockScreen::tryUnlock()
{
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Actor fresh =
            AuthService::signIn(m_ui.database(), m_ui.context().clock(), m_ui.actor().username, m_password->text());
        QApplication::restoreOverrideCursor();
        m_password->clear();
        // An administrator may have changed the roles meanwhile.
        if (fresh.roles != m_ui.actor().roles || fresh.displayName != m_ui.actor().displayName)
            m_ui.setActor(fresh);
        Q_EMIT unlocked();
        return true;
    } catch (const Error& e) {
        if (QApplication::overrideCursor())
            QApplication::restoreOverrideCursor();
        m_password->clear();
        m_error->setText(e.message());
        m_error->show();
        m_password->setFocus();
        return false;
    }
}

} // namespace loket::ui
