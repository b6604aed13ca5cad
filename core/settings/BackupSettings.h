#pragma once

#include "common/Context.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

namespace loket {

// Where the nightly backup goes and how many it keeps: the office settings backup.dir and
// backup.keep. They live here, in the settings domain, because core/storage includes no domain;
// the caller reads them and passes them to BackupService::backupRotating.
class BackupSettings
{
    Q_DECLARE_TR_FUNCTIONS(loket::BackupSettings)
public:
    // backup.dir (default: "backups" next to the database file) and backup.keep (default
    // BackupService::kDefaultKeep; a stored value outside 1..kMaxKeep reads as the default).
    static QString configuredDir(const Database& db);
    static int configuredKeep(const Database& db);
    // Stores both settings (audited). Needs Permission::Backup; `dir` must be a full path.
    static void configure(const Context& ctx, const QString& dir, int keep);
};

} // namespace loket
