#pragma once

#include <QList>
#include <QString>

namespace loket {

class Database;

// Applies resources/sql/NNN_name.sql in order, each in one transaction with its version bump.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resource;
    };

    explicit Migrator(Database& db) : m_db(db) {}

    static QList<Migration> available();
    static int latestVersion();

    // Migrates up to `target` (default: the latest). Throws Error::storage and rolls back the
    // failing step; earlier steps stay applied.
    void migrate(int target = -1);

private:
    void apply(const Migration& m);
    Database& m_db;
};

} // namespace loket
