#pragma once

#include <QLoggingCategory>

// Logging categories of the core library. Levels are set with QT_LOGGING_RULES
// (for example "loket.sync.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
