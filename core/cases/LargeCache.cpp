#include "LargeCache.h"

#include "common/Error.h"
#include "storage/SqlQuery.h"

namespace loket {

LargeCache::LargeCache(QSqlDatabase db, int megabytes) : m_db(std::move(db))
{
    m_old = SqlQuery(m_db, QStringLiteral("PRAGMA cache_size")).scalar().toLongLong();
    m_oldTempStore = SqlQuery(m_db, QStringLiteral("PRAGMA temp_store")).scalar().toInt();
    // A PRAGMA takes no bound values; the number is ours, not user input.
    SqlQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(megabytes) * 1024)).exec();
    // Each multi-row INSERT keeps a statement journal of the pages it changes; in a file that
    // meant writing gigabytes to /tmp for a 100,000-row import. In memory it is a few MB.
    // Inside a caller's transaction SQLite refuses the change; the write then only runs slower.
    try {
        SqlQuery(m_db, QStringLiteral("PRAGMA temp_store = MEMORY")).exec();
    } catch (const Error&) {
    }
}

LargeCache::~LargeCache()
{
    try {
        SqlQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_old)).exec();
        SqlQuery(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(m_oldTempStore)).exec();
    } catch (const Error&) {
        // The connection may be gone; nothing to restore then.
    }
}

} // namespace loket
