#include "SqliteFiles.h"

#include "SqlQuery.h"
#include "common/Platform.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>

namespace loket {

void SqliteFiles::removeWithCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

void SqliteFiles::vacuumInto(const QSqlDatabase& db, const QString& file)
{
    const int previous = platform::ownerOnlyFileCreation();
    try {
        SqlQuery(db, QStringLiteral("VACUUM INTO :file")).bind(QStringLiteral(":file"), file).exec();
    } catch (...) {
        platform::restoreFileCreation(previous);
        QFile::remove(file);
        throw;
    }
    platform::restoreFileCreation(previous);
    platform::restrictToOwner(file);
    platform::syncPath(file);
}

QString SqliteFiles::sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

bool SqliteFiles::isBusy(const QSqlError& error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also as extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

bool SqliteFiles::replace(const QString& from, const QString& to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace loket
