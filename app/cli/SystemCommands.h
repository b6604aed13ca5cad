#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// init, check (backup and restore: BackupCommands).
void addSystemCommands(QList<Command>& list);

} // namespace loket::cli
