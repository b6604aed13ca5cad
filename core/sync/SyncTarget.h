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
    QString sslMode; // libpq sslmode: disable, require, verify-ca, verify-full; empty: libpq's default
    QString caFile;  // the CA certificate the server's is checked against (verify-ca, verify-full)

    bool isConfigured() const { return !host.isEmpty() && !database.isEmpty(); }
    QString describe() const; // user@host:port/database, for logs and screens

    // libpq connection options for the TLS settings (empty when none).
    QString tlsOptions() const;
    static bool isSslMode(const QString& mode);

    static SyncTarget fromSettings(const SettingsRepository& settings);
};

} // namespace loket
