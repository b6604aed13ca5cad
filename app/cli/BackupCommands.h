#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// backup [FILE], backup list, backup check, backup configure, restore.
void addBackupCommands(QList<Command>& list);

} // namespace loket::cli
