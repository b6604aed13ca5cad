#pragma once

#include <QSqlDatabase>
#include <QString>

namespace loket {

// A QSqlDatabase connection of our own to an SQLite file (a backup, a copy being restored),
// removed again whatever happens. `purpose` names it in Qt's connection list.
class OwnConnection
{
public:
    OwnConnection(const QString& path, const QString& options, const char* purpose);
    ~OwnConnection() { close(); }
    OwnConnection(const OwnConnection&) = delete;
    OwnConnection& operator=(const OwnConnection&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void close();

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace loket
