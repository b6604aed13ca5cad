#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// kbli list [--search TEXT] | kbli import FILE.csv: the office's KBLI 2020 codes beside the
// built-in ones (core/identity/KbliRegister).
void addKbliCommands(QList<Command>& list);

} // namespace loket::cli
