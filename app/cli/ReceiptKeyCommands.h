#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// receipt keys list                       the office's public receipt keys
// receipt keys export FILE                the key file for a verification desk (no private keys)
// receipt keys revoke KEY_ID [--at "YYYY-MM-DD HH:MM"] [--reason TEXT]   (ManageSettings)
int runReceiptKeys(CliContext& ctx, CliArgs& args);

} // namespace loket::cli
