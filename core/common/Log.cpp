#include "Log.h"

Q_LOGGING_CATEGORY(lcSync, "loket.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "loket.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "loket.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "loket.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "loket.cli", QtInfoMsg)
