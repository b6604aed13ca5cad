#include "SyncTarget.h"

#include "settings/SettingsRepository.h"

namespace loket {

QString SyncTarget::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

SyncTarget SyncTarget::fromSettings(const SettingsRepository& settings)
{
    SyncTarget t;
    t.host = settings.value(QStringLiteral("sync.host"));
    t.port = settings.intValue(QStringLiteral("sync.port"), 5432);
    t.database = settings.value(QStringLiteral("sync.database"));
    t.user = settings.value(QStringLiteral("sync.user"));
    t.password = qEnvironmentVariable("LOKET_SYNC_PASSWORD");
    return t;
}

} // namespace loket
