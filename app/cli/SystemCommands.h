#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// init, check, backup.
void addSystemCommands(QList<Command>& list);

} // namespace loket::cli
