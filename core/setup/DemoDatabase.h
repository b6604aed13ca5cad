#pragma once

#include <QCoreApplication>

namespace loket {

class Database;

// Demo accounts (admin / admin-demo-1 with every power) and demo applications belong in a demo
// database only: one that demo-setup created on a new file. A real office's database refuses
// them, whoever asks.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(loket::DemoDatabase)
public:
    // demo-setup: allowed on a file that did not exist (or was empty) before this run, or on a
    // database that is a demo already. Throws Error::permission otherwise.
    static void requireNewOrDemo(const Database& db, bool newFile);
    // demo-data: throws Error::permission unless the database is a demo.
    static void requireDemo(const Database& db);
    // The most demo applications one run writes.
    static constexpr int kMaxCases = 10000000;
};

} // namespace loket
