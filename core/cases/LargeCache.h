#pragma once

#include <QSqlDatabase>

namespace loket {

// Gives the connection a large page cache and in-memory statement journals while a bulk write
// runs (imports, demo data), so index pages of a million-row database stay in memory and are
// written once; the old settings come back afterwards. Make it before the transaction begins:
// SQLite refuses to change temp_store inside one.
class LargeCache
{
public:
    explicit LargeCache(QSqlDatabase db, int megabytes = 512);
    ~LargeCache();
    LargeCache(const LargeCache&) = delete;
    LargeCache& operator=(const LargeCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_old = 0;
    int m_oldTempStore = 0;
};

} // namespace loket
