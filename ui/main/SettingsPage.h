#pragma once

#include <QWidget>

class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace loket::ui {

class UiContext;

// The office identity printed on receipts and reports, this workstation's code, and (for whoever
// may take backups) the backup folder, how many are kept, "Back up now" and the recent backups;
// for the administrator, how often this workstation syncs with the central database.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(UiContext& ui, QWidget* parent = nullptr);

    void reload();
    bool save();
    bool saveBackupSettings();
    bool saveSyncSettings();
    bool backupNow();
    void refreshBackupList();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QGroupBox* buildBackupSection();
    QGroupBox* buildSyncSection();
    QGroupBox* buildPositionsSection();
    void savePositions();

    UiContext& m_ui;
    QLineEdit* m_officeName;
    QPlainTextEdit* m_officeAddress;
    QLineEdit* m_officePhone;
    QSpinBox* m_atRisk;
    QSpinBox* m_stageAtRisk;
    QLabel* m_workstation;
    QPushButton* m_save;
    QGroupBox* m_syncBox;
    QSpinBox* m_syncInterval;
    QLabel* m_syncTarget;
    QPushButton* m_saveSync;
    QGroupBox* m_backupBox;
    QLineEdit* m_backupDir;
    QSpinBox* m_backupKeep;
    QPushButton* m_saveBackup;
    QPushButton* m_backupNow;
    QLabel* m_backupStatus;
    QTableWidget* m_backupList;
    QGroupBox* m_positionsBox;
    QPlainTextEdit* m_positions;
    QPushButton* m_savePositions;
};

} // namespace loket::ui
