#include "TestDatabase.h"
#include "common/BackgroundWork.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"

#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

// Service calls that can take seconds at office scale run on a connection of their own (issue 16).
class TestBackgroundWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnAWorkerConnectionAsTheSameActor();
    void theWindowsEventsRunMeanwhile();
    void aRefusalComesBackAsItsMessage();
};

void TestBackgroundWork::runsOnAWorkerConnectionAsTheSameActor()
{
    test::TestDatabase t;
    const Context ui = t.context(test::actorWith({Role::Admin}, QStringLiteral("rina")));
    QThread* thread = nullptr;
    const Database* db = nullptr;
    QString actor;
    QDateTime now;
    const QString error = workOffThread(ui, [&](const Context& ctx) {
        thread = QThread::currentThread();
        db = &ctx.database();
        actor = ctx.actor().username;
        now = ctx.clock().now();
        SettingsRepository(ctx.database()).set(ctx, QStringLiteral("office.name"), QStringLiteral("DPMPTSP Uji"));
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(thread && thread != QThread::currentThread());
    QVERIFY(db && db != &t.db());
    QCOMPARE(actor, QStringLiteral("rina"));
    QCOMPARE(now, t.clock().now());
    // Written through the worker's connection, read through the window's.
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("office.name")), QStringLiteral("DPMPTSP Uji"));
}

void TestBackgroundWork::theWindowsEventsRunMeanwhile()
{
    test::TestDatabase t;
    QSemaphore painted;
    // Posted to this thread's event loop: it runs only if the loop keeps turning while the work waits.
    QTimer::singleShot(0, this, [&painted] { painted.release(); });
    bool sawEvent = false;
    const QString error = workOffThread(t.context(), [&](const Context&) { sawEvent = painted.tryAcquire(1, 30000); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sawEvent);
}

void TestBackgroundWork::aRefusalComesBackAsItsMessage()
{
    test::TestDatabase t;
    const QString error = workOffThread(t.context(), [](const Context&) {
        throw Error::invalid(QStringLiteral("Tanggal tidak sah."), QStringLiteral("date"));
    });
    QCOMPARE(error, QStringLiteral("Tanggal tidak sah."));
}

QTEST_MAIN(TestBackgroundWork)
#include "test_backgroundwork.moc"
