#include "TestDatabase.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/LogFile.h"
#include "common/Platform.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace loket;

// Issue 14, point 11: nothing was logged. The log is a file an IT admin can read.
class TestLogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { LogFile::uninstall(); }
    void linesAreTimestampedWithLevelAndCategory();
    void logIsRotated();
    void failingQueryIsLoggedWithValuesMasked();
    void cliLogsStorageErrorsOwnerOnly();
    void logIsInTheUsersStateFolder();
    void underSystemdTheJournalGetsItToo();

private:
    static QString read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

void TestLogFile::linesAreTimestampedWithLevelAndCategory()
{
    QTemporaryDir dir;
    LogFile::install(dir.filePath(QStringLiteral("log")), false);
    QCOMPARE(LogFile::path(), dir.filePath(QStringLiteral("log/loket.log")));
    qCWarning(lcStorage) << "disk is full";
    qCInfo(lcSync) << "pushed 3 rows";
    qCDebug(lcSync) << "not written: debug is off by default";
    const QString text = read(LogFile::path());
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression line(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d) WARNING loket\\.storage: "
        "disk is full$"));
    QVERIFY2(line.match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QVERIFY(lines[1].contains(QStringLiteral(" INFO loket.sync: pushed 3 rows")));
    QVERIFY(platform::isOwnerOnly(LogFile::path()));
}

void TestLogFile::logIsRotated()
{
    QTemporaryDir dir;
    LogFile::install(dir.path(), false, 300, 2);
    for (int i = 0; i < 40; ++i)
        qCWarning(lcStorage) << "line" << i;
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("loket.log"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("loket.log.1"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("loket.log.2"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("loket.log.3"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("loket.log.1"))).size() < 400);
    QVERIFY(read(dir.filePath(QStringLiteral("loket.log"))).contains(QStringLiteral("line 39")));
}

void TestLogFile::failingQueryIsLoggedWithValuesMasked()
{
    test::TestDatabase t;
    QTemporaryDir dir;
    LogFile::install(dir.path(), false);
    bool thrown = false;
    try {
        SqlQuery(t.db().handle(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"))
            .bind(QStringLiteral(":key"), QStringLiteral("office.name"))
            .bind(QStringLiteral(":value"), QStringLiteral("Yosef Suryana 08123456789"))
            .exec();
    } catch (const Error& e) {
        thrown = true;
        QVERIFY(!e.detail().contains(QStringLiteral("Yosef")));
    }
    QVERIFY(thrown);
    const QString text = read(dir.filePath(QStringLiteral("loket.log")));
    QVERIFY2(text.contains(QStringLiteral("WARNING loket.storage: query failed:")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)")));
    QVERIFY(text.contains(QStringLiteral(":key=office.name")));
    QVERIFY(text.contains(QStringLiteral(":value=(masked, 25 characters)")));
    QVERIFY(!text.contains(QStringLiteral("Yosef")));
}

void TestLogFile::cliLogsStorageErrorsOwnerOnly()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("notafolder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString logDir = dir.filePath(QStringLiteral("log"));
    const auto r =
        test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("notafolder/x.sqlite")),
                      QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                     {QStringLiteral("LOKET_LOG_DIR=") + logDir, QStringLiteral("LOKET_PASSWORD=Admin-pass-123")});
    QCOMPARE(r.exitCode, 4);
    const QString text = read(logDir + QStringLiteral("/loket.log"));
    QVERIFY2(text.contains(QStringLiteral("ERROR loket.storage: ")), qPrintable(text));
    QVERIFY(text.contains(dir.filePath(QStringLiteral("notafolder"))));
    QVERIFY(platform::isOwnerOnly(logDir + QStringLiteral("/loket.log")));
    // The log is not mixed into the messages on stderr.
    QVERIFY(!r.err.contains("loket.storage"));
}

namespace {
// A storage operation that fails: the database's folder is a file.
test::CliResult failingInit(const QTemporaryDir& dir, const QStringList& env)
{
    QFile blocker(dir.filePath(QStringLiteral("notafolder")));
    if (blocker.open(QIODevice::WriteOnly))
        blocker.close();
    return test::runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("notafolder/x.sqlite")),
                         QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                        env + QStringList{QStringLiteral("LOKET_PASSWORD=Admin-pass-123")});
}
} // namespace

void TestLogFile::logIsInTheUsersStateFolder()
{
    // Without LOKET_LOG_DIR the log is state of the user's (XDG): $XDG_STATE_HOME/loket/log.
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state"));
    const auto r = failingInit(dir, {QStringLiteral("LOKET_LOG_DIR="), QStringLiteral("XDG_STATE_HOME=") + state,
                                     QStringLiteral("HOME=") + dir.path()});
    QCOMPARE(r.exitCode, 4);
    const QString log = state + QStringLiteral("/loket/log/loket.log");
    QVERIFY2(read(log).contains(QStringLiteral("ERROR loket.storage: ")), qPrintable(log));
    QVERIFY(platform::isOwnerOnly(log));
    // And ~/.local/state when it is not set.
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    const QByteArray savedLog = qgetenv("LOKET_LOG_DIR");
    qunsetenv("XDG_STATE_HOME");
    qunsetenv("LOKET_LOG_DIR");
    QCOMPARE(LogFile::defaultFolder(), QDir::homePath() + QStringLiteral("/.local/state/loket/log"));
    qputenv("XDG_STATE_HOME", state.toUtf8());
    QCOMPARE(LogFile::defaultFolder(), state + QStringLiteral("/loket/log"));
    if (saved.isNull())
        qunsetenv("XDG_STATE_HOME");
    else
        qputenv("XDG_STATE_HOME", saved);
    if (!savedLog.isNull())
        qputenv("LOKET_LOG_DIR", savedLog);
}

void TestLogFile::underSystemdTheJournalGetsItToo()
{
    // systemd sets JOURNAL_STREAM for a unit whose stderr is the journal: the lines go there too.
    QTemporaryDir dir;
    const QString logDir = dir.filePath(QStringLiteral("log"));
    const auto r =
        failingInit(dir, {QStringLiteral("LOKET_LOG_DIR=") + logDir, QStringLiteral("JOURNAL_STREAM=8:12345")});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("loket.storage"), r.err.constData());
    QVERIFY(read(logDir + QStringLiteral("/loket.log")).contains(QStringLiteral("ERROR loket.storage: ")));
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "test_logfile.moc"
