#include "SyncController.h"
#include "common/BackgroundWork.h"
#include "common/Dates.h"

#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"
#include "storage/Database.h"
#include "sync/SyncTarget.h"

#include <QLocale>
#include <QThread>
#include <QTimer>
#include <exception>

namespace loket::ui {

namespace {
constexpr int kMaxIntervalMinutes = 24 * 60;
}

// What the worker thread and the window share for one round.
struct SyncController::Round
{
    std::atomic_bool cancel{false};
    SyncRoundResult result;
};

SyncController::SyncController(UiContext& ui, QObject* parent) : QObject(parent), m_ui(ui), m_interval(new QTimer(this))
{
    setObjectName(QStringLiteral("syncController"));
    m_interval->setObjectName(QStringLiteral("syncIntervalTimer"));
    connect(m_interval, &QTimer::timeout, this, [this] {
        if (!isRunning())
            syncNow();
    });
    connect(&m_ui, &UiContext::actorChanged, this, &SyncController::refreshAvailability);
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("settings")) {
            reloadInterval();
            refreshHealth();
        }
    });
    reloadInterval();
    refreshHealth();
}

SyncController::~SyncController()
{
    if (m_thread) {
        m_round->cancel = true;
        m_thread->wait();
    }
}

int SyncController::intervalMinutes() const
{
    if (!m_interval->isActive())
        return 0;
    return m_interval->interval() / 60000;
}

void SyncController::reloadInterval()
{
    int minutes = 0;
    try {
        minutes = SettingsRepository(m_ui.database()).intValue(SyncRound::intervalKey(), 0);
    } catch (const Error&) {
        minutes = 0;
    }
    minutes = qBound(0, minutes, kMaxIntervalMinutes);
    if (minutes <= 0) {
        m_interval->stop();
        return;
    }
    if (!m_interval->isActive() || m_interval->interval() != minutes * 60000)
        m_interval->start(minutes * 60000);
}

void SyncController::refreshAvailability()
{
    bool configured = false;
    try {
        configured = SyncTarget::fromSettings(SettingsRepository(m_ui.database())).isConfigured();
    } catch (const Error&) {
        configured = false;
    }
    const bool available = configured && m_ui.actor().can(Permission::RunSync);
    if (available != m_available) {
        m_available = available;
        Q_EMIT availabilityChanged(available);
    }
}

void SyncController::refreshHealth()
{
    try {
        m_health = SyncRound::health(m_ui.database());
    } catch (const Error& e) {
        m_health = SyncHealth{};
        m_health.lastMessage = e.message();
    }
    refreshAvailability();
    Q_EMIT healthChanged();
}

bool SyncController::syncNow()
{
    refreshAvailability();
    if (m_thread || !m_available)
        return false;

    auto round = std::make_shared<Round>();
    const QString path = m_ui.database().path();
    const Clock* clock = &m_ui.context().clock();
    const Actor actor = m_ui.actor();
    const SyncTarget target = SyncTarget::fromSettings(SettingsRepository(m_ui.database()));
    // Everything the worker touches is its own (connection, context) or read-only (clock). It
    // reports progress by posting to this object, which waits for the thread before it goes.
    m_thread = QThread::create([this, round, path, clock, actor, target] {
        try {
            const auto report = [this](const QString& line) {
                QMetaObject::invokeMethod(
                    this, [this, line] { Q_EMIT progress(line); }, Qt::QueuedConnection);
            };
            onOwnConnection(path, *clock, actor, [&](const Context& ctx) {
                round->result = SyncRound::run(ctx, target, report, &round->cancel);
            });
        } catch (const Error& e) {
            round->result.ok = false;
            round->result.message = e.message();
        } catch (const std::exception& e) {
            round->result.ok = false;
            round->result.message = tr("The sync stopped: %1").arg(QString::fromLocal8Bit(e.what()));
        }
    });
    m_thread->setObjectName(QStringLiteral("loketSyncRound"));
    m_round = round;
    connect(m_thread, &QThread::finished, this, [this, round] {
        if (m_round == round) // not when waitForIdle has already finished this round
            finishRound();
    });
    m_thread->start(QThread::LowPriority);
    Q_EMIT runningChanged(true);
    Q_EMIT progress(tr("Synchronising with the central database…"));
    return true;
}

void SyncController::cancel()
{
    if (m_round)
        m_round->cancel = true;
}

bool SyncController::waitForIdle(int msecs)
{
    if (!m_thread)
        return true;
    if (!m_thread->wait(QDeadlineTimer(msecs)))
        return false;
    finishRound();
    return true;
}

void SyncController::finishRound()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Round> round = std::move(m_round);
    m_lastResult = round->result;
    refreshHealth();
    Q_EMIT runningChanged(false);
    Q_EMIT roundFinished(m_lastResult.ok, m_lastResult.message);
    if (m_lastResult.pull.applied > 0)
        Q_EMIT dataReceived();
}

QString SyncController::when(const QDateTime& at) const
{
    const QDateTime local = at.toTimeZone(Clock::zone());
    const QDate today = m_ui.context().clock().now().toTimeZone(Clock::zone()).date();
    return local.date() == today ? dates::time(local.time()) : dates::dateTime(at);
}

QString SyncController::statusText() const
{
    if (m_health.offlineSince.isValid())
        return tr("Offline since %1").arg(when(m_health.offlineSince));
    if (m_health.lastSuccess.isValid())
        return tr("Synchronised %1").arg(when(m_health.lastSuccess));
    return tr("Never synchronised");
}

QString SyncController::statusToolTip() const
{
    QStringList lines;
    if (!m_health.lastMessage.isEmpty())
        lines << m_health.lastMessage;
    if (m_health.lastSuccess.isValid() && m_health.offlineSince.isValid())
        lines << tr("Last successful sync: %1").arg(when(m_health.lastSuccess));
    SyncTarget target;
    try {
        target = SyncTarget::fromSettings(SettingsRepository(m_ui.database()));
    } catch (const Error&) {
    }
    if (target.isConfigured())
        lines << tr("Central database: %1").arg(target.describe());
    else
        lines << tr("The central database is not configured (loket-cli sync configure).");
    const int minutes = intervalMinutes();
    if (minutes > 0)
        lines << tr("Automatic sync every %n minute(s).", nullptr, minutes);
    else
        lines << tr("Automatic sync is off; the nightly sync and \"Sync now\" still run.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace loket::ui
