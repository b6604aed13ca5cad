#include "Bootstrap.h"

#include "storage/Database.h"

namespace loket {

void Bootstrap::ensureBuiltins(Database& db, const Clock& clock)
{
    // Each domain adds its built-in data here (catalogue, calendar).
    Q_UNUSED(db);
    Q_UNUSED(clock);
}

} // namespace loket
