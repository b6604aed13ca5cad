#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// catalog list | show | versions | import-standard | import | export.
void addCatalogCommands(QList<Command>& list);

} // namespace loket::cli
