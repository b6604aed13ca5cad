#include "CentralConnection.h"

#include "common/Error.h"

#include <QSqlError>
#include <atomic>

namespace loket {

CentralConnection::CentralConnection(const SyncTarget& target)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("loket-central-%1").arg(counter++);
    if (!target.isConfigured())
        throw Error::invalid(tr("The central database is not configured: set sync.host and sync.database."),
                             QStringLiteral("sync.host"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        throw Error::storage(tr("The PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql)."));
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    pg.setHostName(target.host);
    pg.setPort(target.port);
    pg.setDatabaseName(target.database);
    pg.setUserName(target.user);
    if (!target.password.isEmpty())
        pg.setPassword(target.password);
    QString options = QStringLiteral("connect_timeout=10;options=-cclient_min_messages=warning");
    if (!target.tlsOptions().isEmpty())
        options += QLatin1Char(';') + target.tlsOptions();
    pg.setConnectOptions(options);
    if (!pg.open()) {
        const QString text = pg.lastError().text();
        pg = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw Error::storage(tr("Cannot reach the central database %1: %2").arg(target.describe(), text));
    }
}

CentralConnection::~CentralConnection()
{
    {
        QSqlDatabase pg = QSqlDatabase::database(m_name, false);
        pg.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace loket
