#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// loket-cli calendar show|add-working-days|working-days-between|is-working-day|import|set|confirm|history
void addCalendarCommands(QList<Command>& list);

} // namespace loket::cli
