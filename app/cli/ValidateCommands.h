#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// validate nik|npwp|nib|kbli VALUE: exit 0 valid, 3 invalid; needs no database or user.
void addValidateCommands(QList<Command>& list);

} // namespace loket::cli
