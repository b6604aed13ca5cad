#pragma once

#include <QString>
#include <functional>

namespace loket {
class Actor;
class Clock;
class Context;
}

namespace loket::ui {

// Runs a service call on a worker thread with a connection of its own to the same database file,
// the same clock and the same actor, while the window keeps painting and user input waits (issue
// 16: a backup of a large database, a calendar change that moves every open deadline or a large
// export takes seconds). Returns the error message (an Error's message() or the exception's text),
// empty when it worked. `work` must not touch widgets; it may read and write the database through
// the context it is given. A database with no file (in memory) runs `work` here instead, since no
// second connection could see it.
QString workOffThread(const Context& ctx, const std::function<void(const Context&)>& work);

// Runs `work` here, on whatever thread calls it, with a connection of its own to the database file
// at `path` (opened and migrated by the window already), the clock and the actor: what a worker
// thread needs, since a connection belongs to the thread that opened it.
void onOwnConnection(const QString& path, const Clock& clock, const Actor& actor,
                     const std::function<void(const Context&)>& work);

} // namespace loket::ui
