#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// case list|show|import|act, demo-data.
void addCaseCommands(QList<Command>& list);

} // namespace loket::cli
