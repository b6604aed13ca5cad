#include "WriteBehind.h"

#include "common/Error.h"
#include "common/Log.h"
#include "common/Platform.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <algorithm>

namespace loket {

namespace {
// The WriteBehind the current thread made and is still running, if any.
thread_local WriteBehind* t_running = nullptr;
} // namespace

WriteBehind::WriteBehind(const QSqlDatabase& db, int maxQueued)
    : m_connection(db.connectionName()), m_maxQueued(std::max(1, maxQueued)), m_previous(t_running)
{
    m_thread = std::thread([this] { run(); });
    t_running = this; // only once the thread runs: a constructor that throws leaves nothing behind
}

WriteBehind::~WriteBehind()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
    t_running = m_previous;
    qCDebug(lcStorage, "write-behind: writing %.2f s (%.2f s of CPU), writer idle %.2f s, caller waiting %.2f s",
            m_writingNs / 1e9, m_writerCpu, m_writerIdleNs / 1e9, m_callerWaitNs / 1e9);
}

void WriteBehind::handOver(QList<Job> jobs)
{
    refuseWaitInTurn();
    std::deque<QList<Job>> written; // freed after the lock is let go
    std::unique_lock lock(m_mutex);
    rethrowFailure();
    waitFor(lock, [&] { return m_failure || int(m_queue.size()) < m_maxQueued; });
    rethrowFailure();
    m_queue.push_back(std::move(jobs));
    m_idle = false;
    written.swap(m_written);
    lock.unlock();
    m_changed.notify_all();
}

void WriteBehind::drain()
{
    refuseWaitInTurn();
    std::deque<QList<Job>> written;
    std::unique_lock lock(m_mutex);
    waitFor(lock, [&] { return m_failure || (m_queue.empty() && !m_busy); });
    rethrowFailure();
    m_idle = true;
    written.swap(m_written);
}

template <typename Ready> void WriteBehind::waitFor(std::unique_lock<std::mutex>& lock, Ready&& ready)
{
    if (ready())
        return;
    QElapsedTimer timer;
    timer.start();
    m_changed.wait(lock, ready);
    m_callerWaitNs += timer.nsecsElapsed();
}

// The writer may need the connection to make room or to finish: waiting for it in a turn would
// wait forever.
void WriteBehind::refuseWaitInTurn() const
{
    if (m_callerTurns > 0)
        throw Error::storage(QCoreApplication::translate("loket::WriteBehind",
                                                         "A query ran while rows were still being written on another "
                                                         "thread; nothing was saved."),
                             QStringLiteral("waiting for the writer thread inside a turn"));
}

void WriteBehind::rethrowFailure()
{
    if (m_failure)
        std::rethrow_exception(m_failure);
}

void WriteBehind::run()
{
    const auto stopCounting = qScopeGuard([this] { m_writerCpu = platform::threadCpuSeconds(); });
    for (;;) {
        QList<Job> jobs;
        QElapsedTimer timer;
        timer.start();
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            jobs = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
            m_writerIdleNs += timer.restart();
        }
        m_changed.notify_all(); // room in the queue
        write(jobs);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            m_writingNs += timer.nsecsElapsed();
            m_written.push_back(std::move(jobs));
        }
        m_changed.notify_all();
    }
}

// One table's rows per hold of the connection: the caller waits at most that long for a turn.
void WriteBehind::write(QList<Job>& jobs)
{
    for (Job& job : jobs) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || m_callerTurns == 0; });
            if (m_stop)
                return;
            m_writerHasConnection = true;
        }
        std::exception_ptr failure;
        try {
            job.target->write(job.rows);
        } catch (const Error& e) {
            qCWarning(lcStorage) << "writing queued rows failed:" << e.message() << e.detail();
            failure = std::current_exception();
        } catch (...) {
            failure = std::current_exception();
        }
        {
            std::lock_guard lock(m_mutex);
            m_writerHasConnection = false;
            if (failure) {
                m_failure = failure;
                m_queue.clear();
            }
        }
        m_changed.notify_all();
        if (failure)
            return;
    }
}

WriteBehind::Turn::Turn(WriteBehind& owner) : m_owner(owner)
{
    std::unique_lock lock(owner.m_mutex);
    // Counted before the wait, so the writer takes no further table meanwhile.
    if (owner.m_callerTurns++ > 0)
        return; // a turn inside a turn: the connection is the caller's already
    owner.waitFor(lock, [&] { return !owner.m_writerHasConnection; });
}

WriteBehind::Turn::~Turn()
{
    {
        std::lock_guard lock(m_owner.m_mutex);
        --m_owner.m_callerTurns;
    }
    m_owner.m_changed.notify_all();
}

bool WriteBehind::callerMayUseConnection(const QString& connection)
{
    // Both flags are only ever changed on this thread (the caller's), so reading them needs no lock.
    return !t_running || t_running->m_callerTurns > 0 || t_running->m_idle || connection != t_running->m_connection;
}

void WriteBehind::requireTurn(const QString& connection, const QString& sql)
{
    if (callerMayUseConnection(connection))
        return;
    qCCritical(lcStorage).noquote() << "query out of turn while rows are written:" << sql.simplified();
    throw Error::storage(QCoreApplication::translate("loket::WriteBehind",
                                                     "A query ran while rows were still being written on another "
                                                     "thread; nothing was saved."),
                         QStringLiteral("query: ") + sql.simplified());
}

} // namespace loket
