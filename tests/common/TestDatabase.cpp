#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <csignal>

namespace loket::test {

TestDatabase::TestDatabase(const QDateTime& now, const QString& workstation) : m_clock(now)
{
    m_path = m_dir.filePath(QStringLiteral("loket.sqlite"));
    Database::OpenOptions options;
    options.workstationCode = workstation;
    m_db.open(m_path, options);
}

Actor actorWith(const Roles& roles, const QString& username)
{
    Actor a;
    a.userId = QStringLiteral("user-") + username;
    a.username = username;
    a.displayName = username;
    a.roles = roles;
    return a;
}

QString fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

CliResult runCli(const QStringList& args, const QStringList& extraEnv, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const int eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("LOKET_CLI"), args);
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool execSql(const QString& path, const QStringList& statements, QString* failed)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& s : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(s)) {
                ok = false;
                if (failed)
                    *failed = s;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void rawSql(const QString& path, const QStringList& statements)
{
    QString failed;
    QVERIFY2(execSql(path, statements, &failed), qPrintable(failed));
}

bool killWhen(QProcess& process, const std::function<bool()>& ready)
{
    bool killed = false;
    while (!process.waitForFinished(1)) {
        if (ready()) {
            ::kill(pid_t(process.processId()), SIGKILL);
            killed = true;
            break;
        }
    }
    process.waitForFinished();
    return killed;
}

} // namespace loket::test
