#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// audit verify | audit log [--record ID] [--actor USER] [--from DATE --to DATE] ...
void addAuditCommands(QList<Command>& list);

} // namespace loket::cli
