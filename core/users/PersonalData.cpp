#include "PersonalData.h"

#include "audit/AuditLog.h"
#include "common/Actor.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/Transaction.h"

namespace loket {

void PersonalData::recordExport(const Context& ctx, const QString& what, int rows, const QString& destination)
{
    ctx.require(Permission::ExportPersonalData);
    Transaction tx(ctx.db());
    AuditLog::append(
        ctx, QStringLiteral("personal_data.export"), QStringLiteral("export"), newId(), {},
        {{QStringLiteral("what"), what}, {QStringLiteral("rows"), rows}, {QStringLiteral("destination"), destination}});
    tx.commit();
}

} // namespace loket
