#include "BackupSettings.h"

#include "SettingsRepository.h"
#include "common/Error.h"
#include "storage/BackupService.h"

#include <QDir>
#include <QFileInfo>

namespace loket {

namespace {

const QString kDirKey = QStringLiteral("backup.dir");
const QString kKeepKey = QStringLiteral("backup.keep");

} // namespace

QString BackupSettings::configuredDir(const Database& db)
{
    const QString dir = SettingsRepository(db).value(kDirKey).trimmed();
    if (!dir.isEmpty())
        return dir;
    return QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

int BackupSettings::configuredKeep(const Database& db)
{
    const int keep = SettingsRepository(db).intValue(kKeepKey, BackupService::kDefaultKeep);
    return keep >= 1 && keep <= BackupService::kMaxKeep ? keep : BackupService::kDefaultKeep;
}

void BackupSettings::configure(const Context& ctx, const QString& dir, int keep)
{
    ctx.require(Permission::Backup);
    const QString folder = dir.trimmed();
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        throw Error::invalid(tr("The backup folder must be a full path, such as /srv/loket-backups."),
                             QStringLiteral("dir"));
    if (keep < 1 || keep > BackupService::kMaxKeep)
        throw Error::invalid(tr("The number of backups to keep must be between 1 and %1.").arg(BackupService::kMaxKeep),
                             QStringLiteral("keep"));
    SettingsRepository settings(ctx.database());
    settings.set(ctx, kDirKey, QDir::cleanPath(folder), true);
    settings.set(ctx, kKeepKey, QString::number(keep), true);
}

} // namespace loket
