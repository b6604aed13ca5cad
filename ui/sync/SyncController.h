#pragma once

#include "sync/SyncRound.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>

class QThread;
class QTimer;

namespace loket::ui {

class UiContext;

// Runs sync rounds (SyncRound::run) for the window: on "Sync now" and every
// sync.interval_minutes. A round runs on a worker thread with its own connection to the same
// SQLite file (WAL), so the counter keeps registering while it runs; one round at a time, and a
// request while one runs is ignored. Closing the window cancels the round between batches.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(UiContext& ui, QObject* parent = nullptr);
    // Cancels a running round and waits for it to stop.
    ~SyncController() override;

    // The officer may sync (Permission::RunSync) and the central database is configured.
    bool isAvailable() const { return m_available; }
    bool isRunning() const { return m_thread != nullptr; }
    const SyncHealth& health() const { return m_health; }
    const SyncRoundResult& lastResult() const { return m_lastResult; }
    // 0 when the interval timer is off.
    int intervalMinutes() const;

    // "Synchronised 16.05", "Offline since 3 Dec 15.20" or "Never synchronised".
    QString statusText() const;
    QString statusToolTip() const;

public Q_SLOTS:
    // Starts a round on the worker thread; false (and nothing happens) when one is running or
    // the officer or the configuration does not allow it.
    bool syncNow();
    // Asks a running round to stop after its current batch.
    void cancel();
    // Waits until no round runs; false when `msecs` passed first.
    bool waitForIdle(int msecs);
    // Reads the last result (SyncRound::health) and the availability again.
    void refreshHealth();
    // Reads the interval setting again and restarts the timer.
    void reloadInterval();

Q_SIGNALS:
    void availabilityChanged(bool available);
    void runningChanged(bool running);
    // One translated line per step of the running round.
    void progress(const QString& line);
    void healthChanged();
    void roundFinished(bool ok, const QString& message);
    // A round wrote other workstations' changes into this database: pages should reload.
    void dataReceived();

private:
    struct Round;
    void refreshAvailability();
    void finishRound();
    QString when(const QDateTime& at) const;

    UiContext& m_ui;
    QTimer* m_interval;
    QThread* m_thread = nullptr;
    std::shared_ptr<Round> m_round;
    SyncHealth m_health;
    SyncRoundResult m_lastResult;
    bool m_available = false;
};

} // namespace loket::ui
