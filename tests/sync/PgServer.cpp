#include "PgServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <unistd.h>

namespace loket::test {

PgServer::PgServer()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                        QDir::Name | QDir::Reversed);
    for (const QString& v : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFile::exists(bin + QStringLiteral("/initdb"))) {
            m_bin = bin;
            break;
        }
    }
    m_port = 20000 + int(QCoreApplication::applicationPid() % 20000);
}

PgServer::~PgServer()
{
    if (m_started)
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("stop")},
            nullptr);
}

bool PgServer::run(const QString& program, const QStringList& args, QString* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(120000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgServer::start(QString* why)
{
    if (m_bin.isEmpty()) {
        *why = QStringLiteral("PostgreSQL server binaries are not installed (Debian package postgresql)");
        return false;
    }
    // The server runs as another user when we are root: let it into the folder.
    QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QString out;
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), user(),
              QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8")},
             &out)) {
        *why = QStringLiteral("initdb failed: ") + out;
        return false;
    }
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses= -c fsync=off").arg(m_dir.path()).arg(m_port);
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")},
             &out)) {
        *why = QStringLiteral("pg_ctl start failed: ") + out;
        return false;
    }
    m_started = true;
    return true;
}

} // namespace loket::test
