#include "UserEditDialog.h"

#include "common/Error.h"
#include "common/UiContext.h"
#include "users/SecurityPolicy.h"
#include "users/UserService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace loket::ui {

UserEditDialog::UserEditDialog(UiContext& ui, const UserRecord* existing, QWidget* parent)
    : QDialog(parent), m_ui(ui), m_new(existing == nullptr), m_username(existing ? existing->username : QString())
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(m_new ? tr("Add user") : tr("Edit user %1").arg(m_username));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);

    auto* account = new QGroupBox(tr("Account"), this);
    auto* form = new QFormLayout(account);
    m_user = new QLineEdit(m_username, account);
    m_user->setObjectName(QStringLiteral("editUsername"));
    m_user->setReadOnly(!m_new);
    m_user->setPlaceholderText(tr("e.g. siti.rahma"));
    m_name = new QLineEdit(existing ? existing->displayName : QString(), account);
    m_name->setObjectName(QStringLiteral("editFullName"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Full name"), m_name);
    if (m_new) {
        m_password = new QLineEdit(account);
        m_password->setObjectName(QStringLiteral("editPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(
            tr("at least %1 characters; changed at the first sign-in").arg(SecurityPolicy::kMinPasswordLength));
        m_again = new QLineEdit(account);
        m_again->setObjectName(QStringLiteral("editPasswordAgain"));
        m_again->setEchoMode(QLineEdit::Password);
        form->addRow(tr("First password"), m_password);
        form->addRow(tr("Password again"), m_again);
    }
    layout->addWidget(account);

    auto* rolesBox = new QGroupBox(tr("Roles"), this);
    auto* grid = new QGridLayout(rolesBox);
    int i = 0;
    for (Role r : allRoles()) {
        auto* box = new QCheckBox(roleTitle(r), rolesBox);
        box->setObjectName(QStringLiteral("role_") + roleKey(r));
        box->setChecked(existing && existing->roles.contains(r));
        m_roles.insert(r, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    layout->addWidget(rolesBox);

    auto* staff = new QGroupBox(tr("Staff register"), this);
    auto* staffForm = new QFormLayout(staff);
    m_position = new QLineEdit(existing ? existing->profile.position : QString(), staff);
    m_position->setObjectName(QStringLiteral("editPosition"));
    m_education = new QComboBox(staff);
    m_education->setObjectName(QStringLiteral("editEducation"));
    for (loket::Education e : allEducationLevels())
        m_education->addItem(educationTitle(e), educationKey(e));
    m_education->setCurrentIndex(
        m_education->findData(educationKey(existing ? existing->profile.education : loket::Education::None)));
    m_govYears = new QSpinBox(staff);
    m_govYears->setObjectName(QStringLiteral("editGovYears"));
    m_govYears->setRange(0, 60);
    m_govYears->setSuffix(tr(" years"));
    m_govYears->setValue(existing ? existing->profile.govExperienceYears : 0);
    m_ptspYears = new QSpinBox(staff);
    m_ptspYears->setObjectName(QStringLiteral("editPtspYears"));
    m_ptspYears->setRange(0, 60);
    m_ptspYears->setSuffix(tr(" years"));
    m_ptspYears->setValue(existing ? existing->profile.ptspExperienceYears : 0);
    m_technical = new QCheckBox(tr("Has technical competence in the PTSP field handled"), staff);
    m_technical->setObjectName(QStringLiteral("editTechnical"));
    m_technical->setChecked(existing && existing->profile.technicalCompetence);
    staffForm->addRow(tr("Position"), m_position);
    staffForm->addRow(tr("Education"), m_education);
    staffForm->addRow(tr("Work in government"), m_govYears);
    staffForm->addRow(tr("Work in PTSP service"), m_ptspYears);
    staffForm->addRow(QString(), m_technical);
    layout->addWidget(staff);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("editError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveUser"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_new ? m_user : m_name)->setFocus();
}

QString UserEditDialog::username() const
{
    return m_username;
}

Roles UserEditDialog::checkedRoles() const
{
    Roles roles;
    for (Role r : allRoles())
        if (m_roles.value(r)->isChecked())
            roles << r;
    return roles;
}

StaffProfile UserEditDialog::profile() const
{
    StaffProfile p;
    p.position = m_position->text();
    educationFromKey(m_education->currentData().toString(), &p.education);
    p.govExperienceYears = m_govYears->value();
    p.ptspExperienceYears = m_ptspYears->value();
    p.technicalCompetence = m_technical->isChecked();
    return p;
}

bool UserEditDialog::save()
{
    try {
        if (m_new) {
            if (m_password->text() != m_again->text())
                throw Error::invalid(tr("The two passwords are not the same."), QStringLiteral("password"));
            NewUser u;
            u.username = m_user->text();
            u.displayName = m_name->text();
            u.roles = checkedRoles();
            u.profile = profile();
            u.password = m_password->text();
            QApplication::setOverrideCursor(Qt::WaitCursor);
            m_username = UserService::create(m_ui.context(), u).username;
            QApplication::restoreOverrideCursor();
        } else {
            UserService::edit(m_ui.context(), m_username, m_name->text(), profile(), checkedRoles());
        }
        m_ui.notifyDataChanged(QStringLiteral("users"));
        accept();
        return true;
    } catch (const Error& e) {
        if (QApplication::overrideCursor())
            QApplication::restoreOverrideCursor();
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
}

} // namespace loket::ui
