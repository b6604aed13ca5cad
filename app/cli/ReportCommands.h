#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// report sla: the supervisor's SLA dashboard as text, JSON, CSV or Excel.
void addReportCommands(QList<Command>& list);

} // namespace loket::cli
