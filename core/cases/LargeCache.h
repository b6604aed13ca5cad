#pragma once

#include <QSqlDatabase>

namespace loket {

// Gives the connection a large page cache while a bulk write runs (imports, demo data), so
// index pages of a million-row database stay in memory; the old size comes back afterwards.
class LargeCache
{
public:
    explicit LargeCache(QSqlDatabase db, int megabytes = 256);
    ~LargeCache();
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_old = 0;
};

} // namespace loket
