#pragma once

#include <QString>

namespace loket {

class Database;

// Which program last migrated a database: the settings row "database.migrated_by" holds its
// version (core/common/Version), and the audit trail says from which schema to which. A setting
// local to this PC's file (not an office-wide prefix, so sync never copies it to another PC).
class MigrationStamp
{
public:
    static constexpr const char* kKey = "database.migrated_by";

    // Records the running program's version after `from` -> `to`; runs in its own transaction.
    static void record(const Database& db, int from, int to);
    // The version that last migrated the file; empty for a file no program recorded (before 0.1.0).
    static QString lastMigratedBy(const Database& db);
};

} // namespace loket
