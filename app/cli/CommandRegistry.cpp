#include "CommandRegistry.h"

#include "BackupCommands.h"
#include "CalendarCommands.h"
#include "CaseCommands.h"
#include "CatalogCommands.h"
#include "DemoCommands.h"
#include "ComplaintCommands.h"
#include "ReceiptCommands.h"
#include "ReportCommands.h"
#include "SurveyCommands.h"
#include "SyncCommands.h"
#include "ConflictCommands.h"
#include "SystemCommands.h"
#include "UserCommands.h"
#include "AuditCommands.h"
#include "ValidateCommands.h"
#include "KbliCommands.h"
#include "common/Error.h"

namespace loket::cli {

const QList<Command>& commands()
{
    static const QList<Command> list = [] {
        QList<Command> all;
        // Each domain adds its commands here.
        addSystemCommands(all);
        addBackupCommands(all);
        addUserCommands(all);
        addAuditCommands(all);
        addCatalogCommands(all);
        addCalendarCommands(all);
        addCaseCommands(all);
        addDemoCommands(all);
        addReceiptCommands(all);
        addValidateCommands(all);
        addKbliCommands(all);
        addSyncCommands(all);
        addConflictCommands(all);
        addSurveyCommands(all);
        addReportCommands(all);
        addComplaintCommands(all);
        return all;
    }();
    return list;
}

int report(CliContext& ctx, const Error& error)
{
    ctx.message(error.message());
    switch (error.kind()) {
    case Error::Kind::Invalid:
    case Error::Kind::NotFound:
    case Error::Kind::Conflict: return ExitInvalid;
    case Error::Kind::Storage: return ExitStorage;
    case Error::Kind::Permission: return ExitPermission;
    }
    return ExitFailure;
}

} // namespace loket::cli
