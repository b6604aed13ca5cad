#include "OwnConnection.h"

#include <QSqlError>
#include <atomic>

namespace loket {

namespace {
QString uniqueConnectionName(const char* purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("loket-backup-%1-%2").arg(QLatin1String(purpose)).arg(counter++);
}
} // namespace

OwnConnection::OwnConnection(const QString& path, const QString& options, const char* purpose)
    : m_name(uniqueConnectionName(purpose))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

void OwnConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

} // namespace loket
