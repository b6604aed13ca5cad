#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace loket::ui {

// Runs a file write on a worker thread (an export can take seconds and the disk may be slow to
// flush) while the window keeps painting; user input waits until it is done. Returns the error
// message (an Error's message() or the exception's text), empty when it worked. The work must not
// touch the database or widgets: gather the data on the UI thread, write the bytes here.
QString writeOffThread(const std::function<void()>& write);

// writeOffThread of `bytes` to `file` through AtomicFiles: written whole under a temporary name,
// owner-only, then renamed, so no half-written export ever carries the name.
QString writeFileOffThread(const QString& file, const QByteArray& bytes);

} // namespace loket::ui
