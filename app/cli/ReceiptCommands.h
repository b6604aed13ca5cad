#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// receipt REG --pdf FILE [--layout a4|thermal] [--kind file|return|handover]
// receipt verify CODE_OR_PAYLOAD | receipt verify REG CODE      (exit 0 genuine, 1 not)
// receipt sample --pdf FILE [--layout a4|thermal] [--kind ...]  (a test page for printer set-up)
void addReceiptCommands(QList<Command>& list);

} // namespace loket::cli
