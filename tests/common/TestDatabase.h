#pragma once

#include "common/Clock.h"
#include "common/Context.h"
#include "storage/Database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace loket::test {

// A fresh migrated database in a temporary folder, a pinned clock, and a context acting as
// the given actor (the system actor by default).
class TestDatabase
{
public:
    explicit TestDatabase(const QDateTime& now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Clock::zone()),
                          const QString& workstation = QStringLiteral("C01"));

    Database& db() { return m_db; }
    FixedClock& clock() { return m_clock; }
    Context context(const Actor& actor = Actor::systemActor()) { return Context(m_db, m_clock, actor); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    Database m_db;
};

// An actor holding exactly these roles.
Actor actorWith(const Roles& roles, const QString& username = QStringLiteral("tester"));

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Writes to an SQLite file through a connection of its own, as another program (or someone with
// sqlite3 and the file) would: false, and the statement that failed, when one fails.
bool execSql(const QString& path, const QStringList& statements, QString* failed = nullptr);
// execSql as a test step: a failed statement fails the test.
void rawSql(const QString& path, const QStringList& statements);

// The SHA-256 of a file's bytes in hex, as backups record it; empty when it cannot be read.
QString fileSha256(const QString& path);

// Waits for a started `process` and kills it (SIGKILL) the first time `ready` holds while it runs:
// true when it was killed so, false when it finished first. Either way it has ended on return.
bool killWhen(QProcess& process, const std::function<bool()>& ready);

// Runs the built loket-cli (path from LOKET_CLI) with the arguments and optional environment.
CliResult runCli(const QStringList& args, const QStringList& extraEnv = {}, const QByteArray& input = {});

} // namespace loket::test
