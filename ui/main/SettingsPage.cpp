#include "SettingsPage.h"

#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

SettingsPage::SettingsPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Office settings</h2>"), this);
    layout->addWidget(title);
    auto* form = new QFormLayout;
    m_officeName = new QLineEdit(this);
    m_officeName->setObjectName(QStringLiteral("officeName"));
    m_officeAddress = new QPlainTextEdit(this);
    m_officeAddress->setObjectName(QStringLiteral("officeAddress"));
    m_officeAddress->setMaximumHeight(80);
    m_officePhone = new QLineEdit(this);
    m_officePhone->setObjectName(QStringLiteral("officePhone"));
    m_workstation = new QLabel(this);
    m_workstation->setObjectName(QStringLiteral("workstationCode"));
    form->addRow(tr("Office name"), m_officeName);
    form->addRow(tr("Office address"), m_officeAddress);
    form->addRow(tr("Office telephone"), m_officePhone);
    form->addRow(tr("Workstation code"), m_workstation);
    layout->addLayout(form);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(&m_ui, &UiContext::actorChanged, this, &SettingsPage::reload);
    reload();
}

void SettingsPage::reload()
{
    const SettingsRepository settings(m_ui.database());
    m_officeName->setText(settings.value(QStringLiteral("office.name")));
    m_officeAddress->setPlainText(settings.value(QStringLiteral("office.address")));
    m_officePhone->setText(settings.value(QStringLiteral("office.phone")));
    m_workstation->setText(m_ui.database().workstationCode());
    const bool editable = m_ui.actor().can(Permission::ManageSettings);
    m_officeName->setReadOnly(!editable);
    m_officeAddress->setReadOnly(!editable);
    m_officePhone->setReadOnly(!editable);
    m_save->setEnabled(editable);
}

bool SettingsPage::save()
{
    try {
        SettingsRepository settings(m_ui.database());
        if (m_officeName->text().trimmed().isEmpty())
            throw Error::invalid(tr("Office name is required: it is printed on every receipt."),
                                 QStringLiteral("office.name"));
        settings.set(m_ui.context(), QStringLiteral("office.name"), m_officeName->text().trimmed());
        settings.set(m_ui.context(), QStringLiteral("office.address"), m_officeAddress->toPlainText().trimmed());
        settings.set(m_ui.context(), QStringLiteral("office.phone"), m_officePhone->text().trimmed());
        m_ui.notifyDataChanged(QStringLiteral("settings"));
        Prompter::instance().information(this, tr("Settings"), tr("The office settings were saved."));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Settings"), e.message());
        return false;
    }
}

} // namespace loket::ui
