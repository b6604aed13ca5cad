#pragma once

#include "CommandRegistry.h"

namespace loket::cli {

// survey add, survey import, survey report.
void addSurveyCommands(QList<Command>& list);

} // namespace loket::cli
