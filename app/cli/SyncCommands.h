#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// sync, sync pull, sync status, sync configure, sync init-central.
void addSyncCommands(QList<Command>& list);

} // namespace loket::cli
