#include "LogFile.h"

#include "Log.h"
#include "Platform.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QStandardPaths>
#include <cstdio>

namespace loket {

namespace {

struct LogState
{
    QMutex mutex;
    QString folder;
    qint64 maxBytes = 0;
    int keep = 0;
    bool echo = false;
    QtMessageHandler previous = nullptr;
};

LogState& state()
{
    static LogState s;
    return s;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARNING";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "INFO";
}

QString fileIn(const QString& folder, int generation)
{
    const QString base = folder + QStringLiteral("/loket.log");
    return generation == 0 ? base : base + QLatin1Char('.') + QString::number(generation);
}

// loket.log -> loket.log.1 -> ... -> loket.log.<keep>; the oldest is dropped.
void rotate(const LogState& s)
{
    QFile::remove(fileIn(s.folder, s.keep));
    for (int g = s.keep - 1; g >= 0; --g)
        QFile::rename(fileIn(s.folder, g), fileIn(s.folder, g + 1));
}

QByteArray formatLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString stamp = now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
    const char* category = context.category && *context.category ? context.category : "default";
    QString text = message;
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    return stamp.toUtf8() + ' ' + levelName(type) + ' ' + category + ": " + text.toUtf8() + '\n';
}

void writeLine(LogState& s, const QByteArray& line)
{
    const QString path = fileIn(s.folder, 0);
    if (s.keep > 0 && QFileInfo(path).size() >= s.maxBytes)
        rotate(s);
    QFile file(path);
    const bool fresh = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return; // nowhere to write: never fail the program for its log
    if (fresh)
        platform::restrictToOwner(path);
    file.write(line);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogState& s = state();
    QtMessageHandler forward = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        if (!s.folder.isEmpty())
            writeLine(s, formatLine(type, context, message));
        if (s.echo || qEnvironmentVariableIsSet("JOURNAL_STREAM"))
            forward = s.previous;
    }
    if (forward)
        forward(type, context, message);
}

} // namespace

QString LogFile::defaultFolder()
{
    const QString forced = qEnvironmentVariable("LOKET_LOG_DIR");
    if (!forced.isEmpty())
        return forced;
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/loket");
    return dir + QStringLiteral("/log");
#else
    // A log is state, not data (XDG Base Directory): $XDG_STATE_HOME, by default ~/.local/state.
    // Qt 6.4 has no StandardLocation for it.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || !QDir::isAbsolutePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/loket/log");
#endif
}

void LogFile::install(const QString& folder, bool echo, qint64 maxBytes, int keep)
{
    LogState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        const int previousMask = platform::ownerOnlyFileCreation();
        QDir().mkpath(folder);
        platform::restoreFileCreation(previousMask);
        s.folder = QDir(folder).absolutePath();
        s.maxBytes = maxBytes;
        s.keep = keep;
        s.echo = echo;
    }
    QtMessageHandler old = qInstallMessageHandler(handler);
    if (old != handler) {
        QMutexLocker lock(&s.mutex);
        s.previous = old;
    }
}

void LogFile::uninstall()
{
    LogState& s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        s.folder.clear();
        previous = s.previous;
        s.previous = nullptr;
    }
    qInstallMessageHandler(previous);
}

QString LogFile::path()
{
    LogState& s = state();
    QMutexLocker lock(&s.mutex);
    return s.folder.isEmpty() ? QString() : fileIn(s.folder, 0);
}

void LogFile::verbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("loket.*.debug=true"));
}

} // namespace loket
