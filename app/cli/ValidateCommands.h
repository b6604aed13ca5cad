#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// validate nik|npwp|nib|kbli VALUE: exit 0 valid, 3 invalid; needs no user, and a database only for
// the office's own KBLI codes (none is created).
void addValidateCommands(QList<Command>& list);

} // namespace loket::cli
