#include "Bootstrap.h"

#include "calendar/CalendarService.h"
#include "cases/CaseDeadlineSource.h"
#include "catalog/CatalogService.h"
#include "complaints/ComplaintDeadlines.h"
#include "storage/Database.h"

namespace loket {

void Bootstrap::ensureBuiltins(Database& db, const Clock& clock)
{
    // Each domain adds its built-in data here (catalogue, calendar).
    CatalogService::importBuiltinIfEmpty(db, clock);
    CalendarService::ensureBuiltins(db, clock);
    CaseDeadlineSource::registerDefault();
    ComplaintDeadlines::registerDefault();
}

} // namespace loket
