#include "CommandRegistry.h"

#include "AuditCommands.h"
#include "BackupCommands.h"
#include "CalendarCommands.h"
#include "CaseCommands.h"
#include "CatalogCommands.h"
#include "ComplaintCommands.h"
#include "ConflictCommands.h"
#include "DemoCommands.h"
#include "KbliCommands.h"
#include "ReceiptCommands.h"
#include "ReportCommands.h"
#include "SurveyCommands.h"
#include "SyncCommands.h"
#include "SystemCommands.h"
#include "UserCommands.h"
#include "ValidateCommands.h"
#include "common/Error.h"
#include "common/Log.h"

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
    const QString detail = error.detail().isEmpty() ? QString() : QStringLiteral(" | ") + error.detail();
    if (error.kind() == Error::Kind::Storage)
        qCCritical(lcStorage).noquote() << error.message() + detail;
    else if (error.kind() == Error::Kind::Permission)
        qCInfo(lcAuth).noquote() << "refused:" << error.message() + detail;
    else
        qCInfo(lcCli).noquote() << "refused:" << error.message() + detail;
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
