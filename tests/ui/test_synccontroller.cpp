#include "PgServer.h"
#include "TestDatabase.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "settings/SettingsRepository.h"
#include "storage/SqlQuery.h"
#include "sync/SyncController.h"
#include "sync/SyncRound.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

// "Sync now", the interval timer and the status bar of the main window. A round runs on a
// worker thread with its own connection: these tests hold the counter's write lock while a round
// runs, so the round cannot finish before the UI thread has shown that it keeps working.
class TestSyncController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unconfiguredTargetDisablesSyncNow();
    void officerWithoutSyncRightCannotSync();
    void unreachableRoundRunsOffTheUiThread();
    void intervalSettingDrivesTheTimer();
    void receivedChangesReloadThePages();
    void successfulRoundUpdatesTheLabel();
    void indonesianStatusBar(); // last: it installs the Indonesian translation

private:
    static void configure(test::TestDatabase& t, const SyncTarget& target);
    static SyncTarget unreachable();
    // Runs one round through the window's action while the counter holds the write lock.
    static void runBlockedRound(test::TestDatabase& t, MainWindow& window, const QString& grab = {});
};

void TestSyncController::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSyncController::configure(test::TestDatabase& t, const SyncTarget& target)
{
    const Context admin = t.context();
    SettingsRepository settings(t.db());
    settings.set(admin, QStringLiteral("sync.host"), target.host);
    settings.set(admin, QStringLiteral("sync.port"), QString::number(target.port));
    settings.set(admin, QStringLiteral("sync.database"), target.database);
    settings.set(admin, QStringLiteral("sync.user"), target.user);
}

SyncTarget TestSyncController::unreachable()
{
    SyncTarget target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = 1; // nothing listens: the connection is refused at once
    target.database = QStringLiteral("loket");
    target.user = QStringLiteral("loket");
    return target;
}

void TestSyncController::runBlockedRound(test::TestDatabase& t, MainWindow& window, const QString& grab)
{
    SyncController* sync = window.syncController();
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSyncNow"));
    auto* busy = window.findChild<QProgressBar*>(QStringLiteral("syncBusy"));
    QSignalSpy finished(sync, &SyncController::roundFinished);
    QSignalSpy progress(sync, &SyncController::progress);

    // The counter is in the middle of a write: the round cannot record its attempt meanwhile.
    SqlQuery(t.db().handle(), QStringLiteral("BEGIN IMMEDIATE")).exec();
    action->trigger();
    QVERIFY(sync->isRunning());
    QVERIFY(!action->isEnabled());
    QVERIFY(!busy->isHidden());
    QVERIFY(!sync->syncNow()); // one round at a time: a second request is ignored

    // The UI thread keeps processing events and writing while the round waits.
    bool ticked = false;
    QTimer::singleShot(30, sync, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    QVERIFY(sync->isRunning());
    QCOMPARE(finished.count(), 0);
    SqlQuery(t.db().handle(),
             QStringLiteral("INSERT INTO settings (key, value, id, created_at, updated_at, workstation, row_version) "
                            "VALUES ('office.name', 'Loket tetap mencatat', 'written-during-sync', "
                            "'2026-01-05T09:00:00.000+07:00', '2026-01-05T09:00:00.000+07:00', 'C01', 1) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
        .exec();
    QTRY_VERIFY(progress.count() >= 1);
    if (!grab.isEmpty())
        window.grab().save(grab);
    SqlQuery(t.db().handle(), QStringLiteral("COMMIT")).exec();

    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QVERIFY(!sync->isRunning());
    QVERIFY(busy->isHidden());
    QVERIFY(action->isEnabled());
}

void TestSyncController::unconfiguredTargetDisablesSyncNow()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    MainWindow window(ui);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSyncNow"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->shortcut().isEmpty());
    auto* label = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Never synchronised"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("not configured")), qPrintable(label->toolTip()));
    QVERIFY(!window.syncController()->syncNow());
    QVERIFY(!window.syncController()->isRunning());

    // Configured later (loket-cli sync configure while Loket is open): the menu looks again.
    configure(t, unreachable());
    Q_EMIT window.findChild<QMenu*>(QStringLiteral("fileMenu"))->aboutToShow();
    QVERIFY(action->isEnabled());
}

void TestSyncController::officerWithoutSyncRightCannotSync()
{
    test::TestDatabase t;
    configure(t, unreachable());
    UiContext ui(t.db(), t.clock(), test::actorWith({}, QStringLiteral("nobody")));
    MainWindow window(ui);
    QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->isEnabled());
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text(),
             QStringLiteral("Never synchronised"));
    QVERIFY(!window.syncController()->syncNow());
    QVERIFY(!window.syncController()->isRunning());

    // The administrator signs in at the same window: now it may.
    ui.setActor(test::actorWith({Role::Admin}, QStringLiteral("admin")));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->isEnabled());
    // The interval is the administrator's to set: a counter officer does not see it.
    ui.setActor(test::actorWith({Role::FrontDesk}, QStringLiteral("loket")));
    QVERIFY(
        window.page(QStringLiteral("settingsPage"))->findChild<QGroupBox*>(QStringLiteral("syncSection"))->isHidden());
}

void TestSyncController::unreachableRoundRunsOffTheUiThread()
{
    test::TestDatabase t;
    configure(t, unreachable());
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    MainWindow window(ui);
    auto* label = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("actionSyncNow"))->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("Never synchronised"));

    runBlockedRound(t, window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!window.syncController()->lastResult().ok);
    // The counter's write, made while the round ran, is there.
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("office.name")), QStringLiteral("Loket tetap mencatat"));
    QCOMPARE(label->text(), QStringLiteral("Offline since 09:00"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("127.0.0.1:1")), qPrintable(label->toolTip()));
    auto* progress = window.findChild<QLabel*>(QStringLiteral("syncProgressLabel"));
    QVERIFY(progress->toolTip().startsWith(QStringLiteral("Sync failed")));

    // Still offline an hour later: "since" stays at the first failed attempt.
    t.clock().advanceSecs(3600);
    QSignalSpy finished(window.syncController(), &SyncController::roundFinished);
    QVERIFY(window.syncController()->syncNow());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(label->text(), QStringLiteral("Offline since 09:00"));
    // The next day the date is shown too.
    t.clock().advanceDays(1);
    window.syncController()->refreshHealth();
    QCOMPARE(label->text(), QStringLiteral("Offline since 05 Jan 2026 09:00"));
}

void TestSyncController::intervalSettingDrivesTheTimer()
{
    test::TestDatabase t;
    configure(t, unreachable());
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    MainWindow window(ui);
    SyncController* sync = window.syncController();
    auto* timer = window.findChild<QTimer*>(QStringLiteral("syncIntervalTimer"));
    QVERIFY(timer);
    QVERIFY(!timer->isActive());
    QCOMPARE(sync->intervalMinutes(), 0);

    QWidget* page = window.page(QStringLiteral("settingsPage"));
    QVERIFY(!page->findChild<QGroupBox*>(QStringLiteral("syncSection"))->isHidden());
    auto* spin = page->findChild<QSpinBox*>(QStringLiteral("syncIntervalSpin"));
    QVERIFY(spin->isEnabled());
    QCOMPARE(spin->value(), 0);
    spin->setValue(5);
    page->findChild<QPushButton*>(QStringLiteral("saveSyncSettings"))->click();
    QCOMPARE(prompter.shown.size(), 1);
    QVERIFY2(prompter.shown.first().startsWith(QStringLiteral("info:")), qPrintable(prompter.shown.first()));
    QCOMPARE(SettingsRepository(t.db()).value(SyncRound::intervalKey()), QStringLiteral("5"));
    QVERIFY(timer->isActive());
    QCOMPARE(timer->interval(), 5 * 60 * 1000);
    QCOMPARE(sync->intervalMinutes(), 5);
    QVERIFY(
        window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->toolTip().contains(QStringLiteral("5 minute")));

    // A tick starts a round (here at once instead of in five minutes).
    QSignalSpy finished(sync, &SyncController::roundFinished);
    timer->start(1);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, 30000);
    timer->stop();
    QVERIFY(sync->waitForIdle(30000));

    spin->setValue(0);
    page->findChild<QPushButton*>(QStringLiteral("saveSyncSettings"))->click();
    QCOMPARE(SettingsRepository(t.db()).value(SyncRound::intervalKey()), QStringLiteral("0"));
    QVERIFY(!timer->isActive());
    QCOMPARE(sync->intervalMinutes(), 0);
    Prompter::setInstance(nullptr);
}

void TestSyncController::receivedChangesReloadThePages()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    MainWindow window(ui);
    QSignalSpy changed(&ui, &UiContext::dataChanged);
    Q_EMIT window.syncController()->dataReceived();
    QStringList domains;
    for (const QList<QVariant>& args : changed)
        domains << args.first().toString();
    QVERIFY2(domains.contains(QStringLiteral("cases")), qPrintable(domains.join(QLatin1Char(','))));
    QVERIFY(domains.contains(QStringLiteral("complaints")));
}

void TestSyncController::successfulRoundUpdatesTheLabel()
{
    test::PgServer pg;
    QString why;
    if (!pg.start(&why))
        QSKIP(qPrintable(why));
    test::TestDatabase t;
    configure(t, unreachable());
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    MainWindow window(ui);
    auto* label = window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    runBlockedRound(t, window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(label->text(), QStringLiteral("Offline since 09:00"));

    // The network is back an hour later.
    t.clock().advanceSecs(3600);
    configure(t, pg.target());
    ui.notifyDataChanged(QStringLiteral("settings"));
    QSignalSpy received(window.syncController(), &SyncController::dataReceived);
    runBlockedRound(t, window);
    if (QTest::currentTestFailed())
        return;
    const SyncRoundResult& result = window.syncController()->lastResult();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(label->text(), QStringLiteral("Synchronised 10:00"));
    QCOMPARE(received.count(), result.pull.applied > 0 ? 1 : 0);
}

void TestSyncController::indonesianStatusBar()
{
    installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    const QString shots = qEnvironmentVariable("LOKET_GRAB_DIR");
    {
        MainWindow window(ui);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text(),
                 QStringLiteral("Belum pernah disinkronkan"));
    }
    configure(t, unreachable());
    MainWindow window(ui);
    window.resize(1366, 740);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(QStringLiteral("actionSyncNow"));
    QCOMPARE(action->text(), QStringLiteral("&Sinkronkan sekarang"));
    runBlockedRound(t, window,
                    shots.isEmpty() ? QString() : QDir(shots).filePath(QStringLiteral("sync-running-id.png")));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text(),
             QStringLiteral("Offline sejak 09.00"));
    t.clock().advanceDays(1);
    window.syncController()->refreshHealth();
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("syncStatusLabel"))->text(),
             QStringLiteral("Offline sejak 05-01-2026 09.00"));
    if (!shots.isEmpty()) {
        window.grab().save(QDir(shots).filePath(QStringLiteral("sync-offline-id.png")));
        window.showPage(QStringLiteral("settingsPage"));
        window.grab().save(QDir(shots).filePath(QStringLiteral("sync-settings-id.png")));
    }
}

QTEST_MAIN(TestSyncController)
#include "test_synccontroller.moc"
