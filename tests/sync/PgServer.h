#pragma once

#include "sync/SyncTarget.h"

#include <QString>
#include <QTemporaryDir>

namespace loket::test {

// A throw-away PostgreSQL cluster on a Unix socket in a temporary folder (no TCP), for tests of
// the sync. As root it runs the server as the "postgres" user, since PostgreSQL refuses root.
class PgServer
{
public:
    PgServer();
    ~PgServer();

    bool start(QString* why);
    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }
    QString user() const { return QStringLiteral("loket"); }
    QString database() const { return QStringLiteral("postgres"); }
    // Where the sync connects to this server.
    SyncTarget target() const
    {
        SyncTarget t;
        t.host = socketDir();
        t.port = port();
        t.database = database();
        t.user = user();
        return t;
    }

private:
    bool run(const QString& program, const QStringList& args, QString* output);
    QString m_bin;
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_started = false;
};

} // namespace loket::test
