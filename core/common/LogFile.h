#pragma once

#include <QString>

namespace loket {

// The log an IT admin reads at a failing counter: every Qt message of the program (categories
// loket.storage, loket.sync, loket.auth, loket.cli, ...) as one timestamped line with its level
// and category, appended to <folder>/loket.log (owner-only). When the file passes a size, it is
// renamed loket.log.1 (older ones shift up to loket.log.<keep>) and a new one is started.
// Levels follow the categories' rules: QT_LOGGING_RULES, or verbose() for debug messages.
class LogFile
{
public:
    // The folder of the log: LOKET_LOG_DIR when set, else "log" in the user's application data
    // folder (~/.local/share/loket/loket/log on Linux).
    static QString defaultFolder();

    // Sends every message to the log in `folder` from now on. With `echo`, messages also go to
    // the previous handler (stderr, which systemd's journal collects when it runs the program);
    // without it, they go to stderr only when the program runs under systemd (JOURNAL_STREAM).
    static void install(const QString& folder, bool echo, qint64 maxBytes = 1024 * 1024, int keep = 5);
    // Back to Qt's own handler.
    static void uninstall();
    // The file being written, empty when none is installed.
    static QString path();
    // Debug messages of every loket category are written too (--verbose).
    static void verbose();
};

} // namespace loket
