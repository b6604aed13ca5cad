#pragma once

#include "BackupService.h"

#include <QCoreApplication>
#include <memory>

namespace loket {

class Clock;
class OwnConnection;

// One restore of a backup over a database file, as BackupService::restore() describes it, in
// the order it must happen: check the backup, hold the current file exclusively, compare the
// backup with that file's audit trail, keep a safety copy, prepare the migrated and audited
// copy beside the target, then swap it in. Any failure before the swap leaves the original.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupService)
public:
    BackupRestore(const QString& backupFile, const QString& targetPath, const QString& actorName, const Clock& clock,
                  bool force);
    ~BackupRestore();
    BackupRestore(const BackupRestore&) = delete;
    BackupRestore& operator=(const BackupRestore&) = delete;

    BackupService::RestoreResult run();

private:
    void refuseOrphanJournals() const;
    void holdTarget();
    void checkAgainstRecord();
    void makeSafetyCopy();
    void prepareCopy();
    QJsonObject auditAfter() const;
    void swapIn();
    void cleanUp();

    QString m_backupFile;
    QString m_actorName;
    const Clock& m_clock;
    bool m_force = false;
    BackupService::RestoreResult m_result;
    QString m_folder;
    QString m_stamp;
    bool m_replacing = false;
    bool m_readable = true;
    std::unique_ptr<OwnConnection> m_hold;
    QString m_temp;
    QString m_safetySha256;
};

} // namespace loket
