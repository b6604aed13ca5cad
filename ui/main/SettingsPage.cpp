#include "SettingsPage.h"
#include "common/BackgroundWork.h"

#include "calendar/CalendarService.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintLevels.h"
#include "settings/BackupSettings.h"
#include "settings/SettingsRepository.h"
#include "setup/ManagedFiles.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "sync/SyncRound.h"
#include "sync/SyncTarget.h"

#include <QApplication>
#include <QColor>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

SettingsPage::SettingsPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    // The page scrolls: office, sync and backup settings together are taller than a 768-pixel screen.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
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
    // When a clock turns "at risk": H-n, n working days before its deadline (office-wide, synced).
    auto threshold = [this](const char* name) {
        auto* box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(0, 20);
        box->setPrefix(QStringLiteral("H-"));
        return box;
    };
    m_atRisk = threshold("settingAtRisk");
    m_atRisk->setToolTip(tr("An application is at risk from this many working days before its completion deadline"));
    m_stageAtRisk = threshold("settingStageAtRisk");
    m_stageAtRisk->setToolTip(tr("A stage is at risk from this many working days before the end of its budget"));
    form->addRow(tr("Application at risk from"), m_atRisk);
    form->addRow(tr("Stage at risk from"), m_stageAtRisk);
    layout->addLayout(form);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    m_positionsBox = buildPositionsSection();
    layout->addSpacing(12);
    layout->addWidget(m_positionsBox);
    m_syncBox = buildSyncSection();
    layout->addSpacing(12);
    layout->addWidget(m_syncBox);
    m_backupBox = buildBackupSection();
    layout->addSpacing(12);
    layout->addWidget(m_backupBox, 1);
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
    m_atRisk->setValue(CalendarService::atRiskDays(m_ui.database()));
    m_stageAtRisk->setValue(CalendarService::stageAtRiskDays(m_ui.database()));
    m_atRisk->setEnabled(editable);
    m_stageAtRisk->setEnabled(editable);
    m_save->setEnabled(editable);

    m_positions->setPlainText(ComplaintLevels::positions(m_ui.database()).join(QLatin1Char('\n')));
    m_positions->setReadOnly(!editable);
    m_savePositions->setEnabled(editable);

    m_syncBox->setVisible(editable);
    m_syncInterval->setValue(qBound(0, settings.intValue(SyncRound::intervalKey(), 0), m_syncInterval->maximum()));
    m_syncInterval->setEnabled(editable);
    m_saveSync->setEnabled(editable);
    const SyncTarget target = SyncTarget::fromSettings(settings);
    m_syncTarget->setText(target.isConfigured()
                              ? tr("Central database: %1").arg(target.describe())
                              : tr("The central database is not configured yet: the IT administrator sets it with "
                                   "<code>loket-cli sync configure</code>."));

    const bool backups = m_ui.actor().can(Permission::Backup);
    m_backupBox->setVisible(backups);
    if (backups) {
        m_backupDir->setText(BackupSettings::configuredDir(m_ui.database()));
        m_backupKeep->setValue(BackupSettings::configuredKeep(m_ui.database()));
        if (isVisible())
            refreshBackupList();
    } else {
        m_backupList->setRowCount(0);
        m_backupStatus->clear();
    }
}

// The ordered posts complaint handling climbs level by level (component 6, item 7), from the
// officer (pelaksana) up to the head; core checks the list.
QGroupBox* SettingsPage::buildPositionsSection()
{
    auto* box = new QGroupBox(tr("Complaint handling levels"), this);
    box->setObjectName(QStringLiteral("positionsSection"));
    auto* layout = new QVBoxLayout(box);
    auto* note = new QLabel(tr("One post per line, from the officer (pelaksana) up to the head of office. A "
                               "complaint is handled level by level in this order, with a written report at each."),
                            box);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_positions = new QPlainTextEdit(box);
    m_positions->setObjectName(QStringLiteral("complaintPositions"));
    m_positions->setMaximumHeight(120);
    layout->addWidget(m_positions);
    m_savePositions = new QPushButton(tr("Save the levels"), box);
    m_savePositions->setObjectName(QStringLiteral("saveComplaintPositions"));
    layout->addWidget(m_savePositions, 0, Qt::AlignLeft);
    connect(m_savePositions, &QPushButton::clicked, this, &SettingsPage::savePositions);
    return box;
}

void SettingsPage::savePositions()
{
    QStringList posts;
    for (const QString& line : m_positions->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            posts << line.trimmed();
    try {
        ComplaintLevels::setPositions(m_ui.context(), posts);
        m_ui.notifyDataChanged(QStringLiteral("settings"));
        Prompter::instance().information(this, tr("Complaint handling levels"),
                                         tr("The levels were saved: %1.").arg(posts.join(QStringLiteral(" → "))));
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Complaint handling levels"), e.message());
    }
    m_positions->setPlainText(ComplaintLevels::positions(m_ui.database()).join(QLatin1Char('\n')));
}

QGroupBox* SettingsPage::buildSyncSection()
{
    auto* box = new QGroupBox(tr("Synchronisation"), this);
    box->setObjectName(QStringLiteral("syncSection"));
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("Sync automatically every N minutes (0 = off)"), box);
    m_syncInterval = new QSpinBox(box);
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncInterval->setRange(0, 24 * 60);
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("off"));
    m_syncInterval->setMaximumWidth(140);
    m_syncInterval->setToolTip(tr("While Loket is open, this workstation sends its changes and receives the other "
                                  "workstations' changes this often. The nightly sync runs either way."));
    label->setBuddy(m_syncInterval);
    m_saveSync = new QPushButton(tr("Save sync settings"), box);
    m_saveSync->setObjectName(QStringLiteral("saveSyncSettings"));
    row->addWidget(label);
    row->addWidget(m_syncInterval);
    row->addSpacing(12);
    row->addWidget(m_saveSync);
    row->addStretch(1);
    layout->addLayout(row);
    m_syncTarget = new QLabel(box);
    m_syncTarget->setObjectName(QStringLiteral("syncTarget"));
    m_syncTarget->setWordWrap(true);
    m_syncTarget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_syncTarget);
    connect(m_saveSync, &QPushButton::clicked, this, &SettingsPage::saveSyncSettings);
    return box;
}

bool SettingsPage::saveSyncSettings()
{
    try {
        SettingsRepository(m_ui.database())
            .set(m_ui.context(), SyncRound::intervalKey(), QString::number(m_syncInterval->value()));
        m_ui.notifyDataChanged(QStringLiteral("settings"));
        const int minutes = m_syncInterval->value();
        Prompter::instance().information(this, tr("Synchronisation"),
                                         minutes > 0 ? tr("This workstation now syncs every %n minute(s) while "
                                                          "Loket is open.",
                                                          nullptr, minutes)
                                                     : tr("Automatic sync is off; the nightly sync still runs."));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Synchronisation"), e.message());
        return false;
    }
}

QGroupBox* SettingsPage::buildBackupSection()
{
    auto* box = new QGroupBox(tr("Backups"), this);
    box->setObjectName(QStringLiteral("backupSection"));
    auto* layout = new QVBoxLayout(box);
    auto* form = new QFormLayout;
    m_backupDir = new QLineEdit(box);
    m_backupDir->setObjectName(QStringLiteral("backupDir"));
    m_backupDir->setToolTip(tr("A full path; an external or network drive keeps the backups safe when this PC fails."));
    m_backupKeep = new QSpinBox(box);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, BackupService::kMaxKeep);
    m_backupKeep->setSuffix(tr(" backups"));
    m_backupKeep->setMaximumWidth(180);
    form->addRow(tr("Backup folder"), m_backupDir);
    form->addRow(tr("Keep the newest"), m_backupKeep);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_saveBackup = new QPushButton(tr("Save backup settings"), box);
    m_saveBackup->setObjectName(QStringLiteral("saveBackupSettings"));
    m_backupNow = new QPushButton(tr("Back up now"), box);
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    buttons->addWidget(m_backupNow);
    buttons->addWidget(m_saveBackup);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_backupStatus = new QLabel(box);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    m_backupStatus->setWordWrap(true);
    m_backupStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_backupStatus);

    m_backupList = new QTableWidget(0, 4, box);
    m_backupList->setObjectName(QStringLiteral("backupList"));
    m_backupList->setHorizontalHeaderLabels({tr("File"), tr("Taken"), tr("Size"), tr("Check")});
    m_backupList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backupList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backupList->verticalHeader()->hide();
    m_backupList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_backupList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_backupList->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_backupList->horizontalHeader()->setStretchLastSection(true);
    m_backupList->setMinimumHeight(140);
    layout->addWidget(m_backupList, 1);

    auto* note = new QLabel(tr("The nightly backup runs at 17:30 with loket-cli backup (systemd timer loket-backup). "
                               "There is no restore button: restoring replaces the open database. Close Loket on "
                               "this PC and run <code>loket-cli restore FILE --yes</code> as the administrator."),
                            box);
    note->setObjectName(QStringLiteral("backupNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_saveBackup, &QPushButton::clicked, this, &SettingsPage::saveBackupSettings);
    connect(m_backupNow, &QPushButton::clicked, this, &SettingsPage::backupNow);
    return box;
}

void SettingsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Checking every backup reads each file: only when the page is actually shown.
    if (m_ui.actor().can(Permission::Backup))
        refreshBackupList();
}

void SettingsPage::refreshBackupList()
{
    const QList<BackupInfo> backups = BackupService::list(m_backupDir->text().trimmed());
    const int shown = int(qMin<qsizetype>(backups.size(), 100));
    m_backupList->setRowCount(shown);
    const QLocale locale;
    for (int row = 0; row < shown; ++row) {
        const BackupInfo& b = backups[row];
        auto* file = new QTableWidgetItem(b.fileName());
        file->setToolTip(b.path);
        auto* taken = new QTableWidgetItem(dates::dateTime(b.takenAt));
        auto* size = new QTableWidgetItem(locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* check = new QTableWidgetItem(b.ok ? tr("ok") : tr("not usable"));
        check->setToolTip(b.ok ? tr("Workstation %1, schema version %2").arg(b.workstation).arg(b.schemaVersion)
                               : b.problem);
        if (!b.ok)
            check->setForeground(QColor(0xb0, 0x20, 0x20));
        m_backupList->setItem(row, 0, file);
        m_backupList->setItem(row, 1, taken);
        m_backupList->setItem(row, 2, size);
        m_backupList->setItem(row, 3, check);
    }
}

bool SettingsPage::saveBackupSettings()
{
    try {
        BackupSettings::configure(m_ui.context(), m_backupDir->text(), m_backupKeep->value());
        m_ui.notifyDataChanged(QStringLiteral("settings"));
        reload();
        Prompter::instance().information(this, tr("Backups"), tr("The backup settings were saved."));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Backups"), e.message());
        return false;
    }
}

bool SettingsPage::backupNow()
{
    m_backupNow->setEnabled(false);
    // A backup of an office-sized database takes minutes: it runs on a worker connection (issue 16).
    const QString dir = m_backupDir->text().trimmed();
    const int keep = m_backupKeep->value();
    const QList<ManagedFolder> managed = ManagedFiles::of(m_ui.database().path());
    BackupInfo info;
    MirrorResult files;
    QString text = workOffThread(m_ui.context(), [&](const Context& ctx) {
        info = BackupService::backupRotating(ctx, dir, keep);
        files = BackupService::mirrorFiles(ctx, QFileInfo(info.path).absolutePath(), managed);
    });
    const bool ok = text.isEmpty() && files.problems.isEmpty();
    if (text.isEmpty()) {
        text = tr("Backup written and checked: %1 (%2).").arg(info.path, QLocale().formattedDataSize(info.size));
        if (!info.removed.isEmpty())
            text += QLatin1Char('\n') + tr("Older backups removed: %1").arg(info.removed.join(QStringLiteral(", ")));
        text += QLatin1Char('\n') + tr("Documents and attachments: %1 copied, %2 already there.")
                                        .arg(files.copied)
                                        .arg(files.present);
        if (!files.problems.isEmpty())
            text += QLatin1Char('\n') + files.problems.join(QLatin1Char('\n'));
    }
    m_backupNow->setEnabled(true);
    m_backupStatus->setText(text);
    refreshBackupList();
    if (ok)
        Prompter::instance().information(this, tr("Backups"), text);
    else
        Prompter::instance().warning(this, tr("Backups"), text);
    return ok;
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
        const bool thresholds = CalendarService::atRiskDays(m_ui.database()) != m_atRisk->value() ||
                                CalendarService::stageAtRiskDays(m_ui.database()) != m_stageAtRisk->value();
        if (thresholds) {
            settings.set(m_ui.context(), CalendarService::atRiskKey(), QString::number(m_atRisk->value()));
            settings.set(m_ui.context(), CalendarService::stageAtRiskKey(), QString::number(m_stageAtRisk->value()));
        }
        m_ui.notifyDataChanged(QStringLiteral("settings"));
        if (thresholds) // the clocks' states change: lists and the dashboard count again
            m_ui.notifyDataChanged(QStringLiteral("cases"));
        Prompter::instance().information(this, tr("Settings"), tr("The office settings were saved."));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Settings"), e.message());
        return false;
    }
}

} // namespace loket::ui
