#include "Platform.h"

#include <QFile>
#include <QtGlobal>

#ifdef Q_OS_WIN
#include <QFileInfo>
#include <io.h>
#else
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace loket::platform {

bool restrictToOwner(const QString& path)
{
#ifdef Q_OS_WIN
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    const QByteArray native = QFile::encodeName(path);
    return ::chmod(native.constData(), S_IRUSR | S_IWUSR) == 0;
#endif
}

bool isOwnerOnly(const QString& path)
{
#ifdef Q_OS_WIN
    return QFileInfo::exists(path);
#else
    struct stat st
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0)
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) == 0;
#endif
}

int ownerOnlyFileCreation()
{
#ifdef Q_OS_WIN
    return 0;
#else
    return int(::umask(S_IRWXG | S_IRWXO));
#endif
}

void restoreFileCreation(int previous)
{
#ifdef Q_OS_WIN
    Q_UNUSED(previous);
#else
    ::umask(mode_t(previous));
#endif
}

bool syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    return handle >= 0 && ::_commit(handle) == 0;
#else
    return handle >= 0 && ::fsync(handle) == 0;
#endif
}

} // namespace loket::platform
