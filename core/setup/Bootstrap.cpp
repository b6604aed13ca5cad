#include "Bootstrap.h"

#include "calendar/CalendarService.h"
#include "storage/Database.h"

namespace loket {

void Bootstrap::ensureBuiltins(Database& db, const Clock& clock)
{
    // Each domain adds its built-in data here (catalogue, calendar).
    CalendarService::ensureBuiltins(db, clock);
}

} // namespace loket
