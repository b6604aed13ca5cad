#include "SyncTarget.h"

#include "settings/SettingsRepository.h"

#include <QStringList>

namespace loket {

QString SyncTarget::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool SyncTarget::isSslMode(const QString& mode)
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

QString SyncTarget::tlsOptions() const
{
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    if (!caFile.isEmpty())
        options << QStringLiteral("sslrootcert=") + caFile;
    return options.join(QLatin1Char(';'));
}

SyncTarget SyncTarget::fromSettings(const SettingsRepository& settings)
{
    SyncTarget t;
    t.host = settings.value(QStringLiteral("sync.host"));
    t.port = settings.intValue(QStringLiteral("sync.port"), 5432);
    t.database = settings.value(QStringLiteral("sync.database"));
    t.user = settings.value(QStringLiteral("sync.user"));
    t.password = qEnvironmentVariable("LOKET_SYNC_PASSWORD");
    t.sslMode = settings.value(QStringLiteral("sync.sslmode"));
    t.caFile = settings.value(QStringLiteral("sync.ca_file"));
    return t;
}

} // namespace loket
