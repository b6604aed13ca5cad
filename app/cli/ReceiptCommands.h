#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// receipt REG --pdf FILE [--layout a4|thermal] [--kind file|return|handover]
// receipt verify CODE_OR_PAYLOAD | receipt verify REG CODE      (exit 0 genuine, 1 not)
// receipt verify --keys FILE QR_TEXT                           (no database: the office's key file)
// receipt keys list | export FILE | revoke KEY_ID [--at TIME] [--reason TEXT]
// receipt sample --pdf FILE [--layout a4|thermal] [--kind ...]  (a test page for printer set-up)
void addReceiptCommands(QList<Command>& list);

// complaint receipt NUMBER --pdf FILE [--layout a4|thermal]   (dispatched by the complaint command)
int runComplaintReceipt(CliContext& ctx, CliArgs& args);

} // namespace loket::cli
