#include "Bootstrap.h"

#include "calendar/CalendarService.h"
#include "cases/CaseDeadlineSource.h"
#include "catalog/CatalogService.h"
#include "complaints/ComplaintDeadlines.h"
#include "identity/IdentityMask.h"
#include "storage/Database.h"

namespace loket {

void Bootstrap::ensureBuiltins(Database& db, const Clock& clock)
{
    // Each domain adds its built-in data here (catalogue, calendar).
    CatalogService::importBuiltinIfEmpty(db, clock);
    CalendarService::ensureBuiltins(db, clock);
    CaseDeadlineSource::registerDefault();
    ComplaintDeadlines::registerDefault();
    // The audit trail shows identity numbers by the identity domain's rule (it fails closed without).
    IdentityMask::registerAuditRule();
}

} // namespace loket
