#pragma once

#include "BatchInsert.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace loket {

// Writes queued rows on a thread of its own while the thread that queued them prepares the next
// ones: a large import spends about as long in SQLite as in reading, checking and converting its
// rows, and an office PC has two cores.
//
// Both threads use the caller's connection, so everything stays in the caller's transaction. Qt
// opens SQLite connections without a mutex of their own, so the two take turns: the writer holds
// the connection for one table's rows at a time, and the caller holds a Turn around any query it
// runs while rows may still be waiting. Before it reads rows it handed over, changes them or
// commits, the caller drains. A query the caller runs out of turn throws Error::storage (SqlQuery
// asks callerMayUseConnection()) instead of racing the writer.
class WriteBehind
{
public:
    struct Job
    {
        BatchInsert* target = nullptr;
        BatchInsert::Rows rows;
    };

    // db: the caller's connection, which both threads use. maxQueued: hand-overs that may wait
    // before handOver() waits too (memory stays bounded).
    explicit WriteBehind(const QSqlDatabase& db, int maxQueued = 4);
    // Stops after the table being written; what waits is dropped (the caller rolls back).
    ~WriteBehind();
    WriteBehind(const WriteBehind&) = delete;
    WriteBehind& operator=(const WriteBehind&) = delete;

    // Written after everything handed over before, in the order given (parents first). Throws the
    // writer's failure, if it had one. Neither this nor drain() may be called inside a Turn.
    void handOver(QList<Job> jobs);
    // Returns once everything handed over is written; throws the writer's failure.
    void drain();

    // The caller's use of the connection while the writer may be busy; the writer waits for it.
    class Turn
    {
    public:
        explicit Turn(WriteBehind& owner);
        ~Turn();
        Turn(const Turn&) = delete;
        Turn& operator=(const Turn&) = delete;

    private:
        WriteBehind& m_owner;
    };

    // False for the connection a WriteBehind of this thread shares while it may be writing and
    // this thread holds no Turn; true for every other connection and thread.
    static bool callerMayUseConnection(const QString& connection);
    // Throws Error::storage naming `sql` unless callerMayUseConnection(connection).
    static void requireTurn(const QString& connection, const QString& sql);

private:
    void run();
    void write(QList<Job>& jobs);
    void rethrowFailure();
    void refuseWaitInTurn() const;
    template <typename Ready> void waitFor(std::unique_lock<std::mutex>& lock, Ready&& ready);

    const QString m_connection;
    const int m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Job>> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    bool m_writerHasConnection = false;
    int m_callerTurns = 0;            // Turns the caller holds (one may be made inside another)
    bool m_idle = true;               // the caller's knowledge: drained and nothing handed over since
    std::deque<QList<Job>> m_written; // freed by the caller, who allocated them (frees across threads cost)
    std::exception_ptr m_failure;
    // Where the time went, logged when it stops (loket.storage, debug).
    qint64 m_writingNs = 0;
    qint64 m_writerIdleNs = 0;
    qint64 m_callerWaitNs = 0;
    double m_writerCpu = 0; // seconds
    WriteBehind* m_previous = nullptr;
    std::thread m_thread;
};

} // namespace loket
