#include "Log.h"

Q_LOGGING_CATEGORY(lcSync, "loket.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "loket.storage", QtInfoMsg)
