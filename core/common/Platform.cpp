#include "Platform.h"

#include <QFile>
#include <QtGlobal>

#include <cstdio>
#include <cstring>
#include <ctime>

#ifdef Q_OS_WIN
#include <QFileInfo>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <termios.h>
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

bool syncPath(const QString& path)
{
#ifdef Q_OS_WIN
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && syncToDisk(file.handle());
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return ::_isatty(::_fileno(stdin)) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

QString readHiddenLine()
{
#ifdef Q_OS_WIN
    HANDLE in = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD old = 0;
    const bool console = ::GetConsoleMode(in, &old) != 0;
    if (console)
        ::SetConsoleMode(in, old & ~DWORD(ENABLE_ECHO_INPUT));
#else
    termios old{};
    const bool console = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (console) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
#ifdef Q_OS_WIN
    if (console)
        ::SetConsoleMode(in, old);
#else
    if (console)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    QString line = got ? QString::fromLocal8Bit(buffer) : QString();
#ifdef Q_OS_WIN
    ::SecureZeroMemory(buffer, sizeof buffer);
#else
    ::explicit_bzero(buffer, sizeof buffer);
#endif
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

double threadCpuSeconds()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    if (!GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME& f) { return (quint64(f.dwHighDateTime) << 32) | f.dwLowDateTime; };
    return double(ticks(kernel) + ticks(user)) / 1e7; // 100 ns ticks
#else
    timespec t{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0)
        return 0;
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
#endif
}

} // namespace loket::platform
