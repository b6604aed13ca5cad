#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// conflict list, conflict show, conflict resolve.
void addConflictCommands(QList<Command>& list);

} // namespace loket::cli
