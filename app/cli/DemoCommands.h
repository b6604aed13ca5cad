#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// demo-setup: a ready-to-show database (office, demo users, cases, complaints).
void addDemoCommands(QList<Command>& list);

} // namespace loket::cli
