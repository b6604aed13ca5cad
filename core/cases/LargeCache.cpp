#include "LargeCache.h"

#include "common/Error.h"
#include "storage/SqlQuery.h"

namespace loket {

LargeCache::LargeCache(QSqlDatabase db, int megabytes) : m_db(std::move(db))
{
    m_old = SqlQuery(m_db, QStringLiteral("PRAGMA cache_size")).scalar().toLongLong();
    // A PRAGMA takes no bound values; the number is ours, not user input.
    SqlQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(megabytes) * 1024)).exec();
}

LargeCache::~LargeCache()
{
    try {
        SqlQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_old)).exec();
    } catch (const Error&) {
        // The connection may be gone; nothing to restore then.
    }
}

} // namespace loket
