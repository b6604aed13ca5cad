#pragma once

#include <QLoggingCategory>

// Logging categories of the core library. Levels are set with QT_LOGGING_RULES
// (for example "loket.sync.debug=true") or loket-cli --verbose; LogFile writes them to the log.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
