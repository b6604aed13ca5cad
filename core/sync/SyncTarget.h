#pragma once

#include <QString>

namespace loket {

class SettingsRepository;

// Where the office's central PostgreSQL database is. Stored in settings (sync.*); the password
// comes from LOKET_SYNC_PASSWORD or libpq's own ~/.pgpass, never from the workstation database.
struct SyncTarget
{
    QString host;     // host name, or a folder holding the server's Unix socket
    int port = 5432;
    QString database;
    QString user;
    QString password;

    bool isConfigured() const { return !host.isEmpty() && !database.isEmpty(); }
    QString describe() const; // user@host:port/database, for logs and screens

    static SyncTarget fromSettings(const SettingsRepository& settings);
};

} // namespace loket
