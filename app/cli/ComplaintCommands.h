#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// loket-cli complaint add|list|show|import
void addComplaintCommands(QList<Command>& list);

} // namespace loket::cli
