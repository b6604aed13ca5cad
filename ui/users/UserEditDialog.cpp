#include "UserEditDialog.h"

#include "AccountFields.h"

#include "common/Error.h"
#include "common/UiContext.h"
#include "users/SecurityPolicy.h"
#include "users/UserService.h"

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
    layout->addWidget(buildAccountBox(existing));
    layout->addWidget(buildRolesBox(existing));
    layout->addWidget(buildStaffBox(existing));
    m_error = account::refusalLine(this, QStringLiteral("editError"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveUser"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (m_new ? m_user : m_name)->setFocus();
}

QGroupBox* UserEditDialog::buildAccountBox(const UserRecord* existing)
{
    auto* box = new QGroupBox(tr("Account"), this);
    auto* form = new QFormLayout(box);
    m_user = new QLineEdit(m_username, box);
    m_user->setObjectName(QStringLiteral("editUsername"));
    m_user->setReadOnly(!m_new);
    m_user->setPlaceholderText(tr("e.g. siti.rahma"));
    m_name = new QLineEdit(existing ? existing->displayName : QString(), box);
    m_name->setObjectName(QStringLiteral("editFullName"));
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Full name"), m_name);
    if (m_new) {
        m_password = account::passwordField(
            box, QStringLiteral("editPassword"),
            tr("at least %1 characters; changed at the first sign-in").arg(SecurityPolicy::kMinPasswordLength));
        m_again = account::passwordField(box, QStringLiteral("editPasswordAgain"));
        form->addRow(tr("First password"), m_password);
        form->addRow(tr("Password again"), m_again);
    }
    return box;
}

QGroupBox* UserEditDialog::buildRolesBox(const UserRecord* existing)
{
    auto* box = new QGroupBox(tr("Roles"), this);
    auto* grid = new QGridLayout(box);
    int i = 0;
    for (Role r : allRoles()) {
        auto* check = new QCheckBox(roleTitle(r), box);
        check->setObjectName(QStringLiteral("role_") + roleKey(r));
        check->setChecked(existing && existing->roles.contains(r));
        m_roles.insert(r, check);
        grid->addWidget(check, i / 2, i % 2);
        ++i;
    }
    return box;
}

QGroupBox* UserEditDialog::buildStaffBox(const UserRecord* existing)
{
    const StaffProfile p = existing ? existing->profile : StaffProfile{};
    auto* box = new QGroupBox(tr("Staff register"), this);
    auto* form = new QFormLayout(box);
    m_position = new QLineEdit(p.position, box);
    m_position->setObjectName(QStringLiteral("editPosition"));
    m_education = new QComboBox(box);
    m_education->setObjectName(QStringLiteral("editEducation"));
    for (loket::Education e : allEducationLevels())
        m_education->addItem(educationTitle(e), educationKey(e));
    m_education->setCurrentIndex(m_education->findData(educationKey(p.education)));
    auto years = [&](const QString& name, int value) {
        auto* spin = new QSpinBox(box);
        spin->setObjectName(name);
        spin->setRange(0, 60);
        spin->setSuffix(tr(" years"));
        spin->setValue(value);
        return spin;
    };
    m_govYears = years(QStringLiteral("editGovYears"), p.govExperienceYears);
    m_ptspYears = years(QStringLiteral("editPtspYears"), p.ptspExperienceYears);
    m_technical = new QCheckBox(tr("Has technical competence in the PTSP field handled"), box);
    m_technical->setObjectName(QStringLiteral("editTechnical"));
    m_technical->setChecked(p.technicalCompetence);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Education"), m_education);
    form->addRow(tr("Work in government"), m_govYears);
    form->addRow(tr("Work in PTSP service"), m_ptspYears);
    form->addRow(QString(), m_technical);
    return box;
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
    const bool saved = account::attempt(m_error, [&] {
        if (m_new) {
            if (m_password->text() != m_again->text())
                throw Error::invalid(tr("The two passwords are not the same."), QStringLiteral("password"));
            NewUser u;
            u.username = m_user->text();
            u.displayName = m_name->text();
            u.roles = checkedRoles();
            u.profile = profile();
            u.password = m_password->text();
            m_username = UserService::create(m_ui.context(), u).username;
        } else {
            UserService::edit(m_ui.context(), m_username, m_name->text(), profile(), checkedRoles());
        }
    });
    if (saved) {
        m_ui.notifyDataChanged(QStringLiteral("users"));
        accept();
    }
    return saved;
}

} // namespace loket::ui
