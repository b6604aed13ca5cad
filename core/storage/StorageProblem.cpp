#include "StorageProblem.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <sqlite3.h>

namespace loket {

namespace {
// Below this much free space a disk counts as full: SQLite's journal and an export need more.
constexpr qint64 kFullBelow = 1024 * 1024;

QString folderOf(const QString& path)
{
    const QFileInfo info(path);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}
} // namespace

QString StorageProblem::diagnose(const QString& path)
{
    if (path.isEmpty())
        return {};
    QString folder = folderOf(path);
    // A folder that does not exist yet lives on the disk of its nearest existing parent.
    while (!QFileInfo::exists(folder) && QDir(folder).cdUp())
        folder = QFileInfo(folder).absolutePath();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.isReady()) {
        if (disk.isReadOnly())
            return tr("The disk %1 (mounted at %2) is read-only.")
                .arg(QString::fromLocal8Bit(disk.device()), disk.rootPath());
        if (disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kFullBelow)
            return tr("The disk %1 (mounted at %2) is full: %3 KB free.")
                .arg(QString::fromLocal8Bit(disk.device()), disk.rootPath())
                .arg(disk.bytesAvailable() / 1024);
    }
    const QFileInfo dir(folder);
    if (dir.exists() && !dir.isWritable())
        return tr("The folder %1 is read-only for this account: Loket needs to write there.").arg(folder);
    const QFileInfo file(path);
    if (file.exists() && file.isFile() && !file.isWritable())
        return tr("The file %1 is read-only for this account.").arg(file.absoluteFilePath());
    return {};
}

Error StorageProblem::fileError(const QString& action, const QString& path, const QString& reason)
{
    QString message = reason.isEmpty() ? action : QStringLiteral("%1: %2").arg(action, reason);
    const QString diagnosis = diagnose(path);
    if (!diagnosis.isEmpty())
        message += QLatin1Char(' ') + diagnosis;
    return Error::storage(message, QStringLiteral("file: ") + path);
}

std::optional<Error> StorageProblem::sqliteError(int code, const QString& path, const QString& text,
                                                 const QString& detail)
{
    const QString diagnosis = diagnose(path);
    const QString where = diagnosis.isEmpty() ? QString() : QLatin1Char(' ') + diagnosis;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error::storage(
            tr("The disk is full: the database %1 could not be written (%2).").arg(path, text) + where, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::storage(tr("The database %1 cannot be written (%2).").arg(path, text) + where, detail);
    case SQLITE_CANTOPEN:
        return Error::storage(
            tr("The database %1 or its -wal and -shm files beside it cannot be opened (%2).").arg(path, text) + where,
            detail);
    case SQLITE_IOERR:
        return Error::storage(
            tr("The disk holding the database %1 could not be read or written (%2).").arg(path, text) + where, detail);
    case SQLITE_CORRUPT:
        return Error::storage(tr("The database %1 is damaged (%2). Restore the last good backup with loket-cli "
                                 "restore FILE --yes; run loket-cli check to see what is damaged.")
                                  .arg(path, text),
                              detail);
    default:
        return std::nullopt;
    }
}

} // namespace loket
