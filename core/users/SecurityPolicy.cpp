#include "SecurityPolicy.h"

#include "common/Error.h"
#include "settings/SettingsRepository.h"

#include <QCoreApplication>

namespace loket {

SecurityPolicy SecurityPolicy::load(const Database& db)
{
    const SettingsRepository settings(db);
    SecurityPolicy p;
    p.maxFailures = qMax(1, settings.intValue(QString::fromLatin1(kMaxFailuresKey), p.maxFailures));
    p.lockoutMinutes = qMax(0, settings.intValue(QString::fromLatin1(kLockoutMinutesKey), p.lockoutMinutes));
    bool ok = false;
    const double idle = settings.value(QString::fromLatin1(kIdleLockMinutesKey)).toDouble(&ok);
    if (ok && idle >= 0)
        p.idleLockMinutes = idle;
    return p;
}

void SecurityPolicy::checkPasswordStrength(const QString& password, const QString& field)
{
    if (password.trimmed().isEmpty())
        throw Error::invalid(QCoreApplication::translate("loket::SecurityPolicy", "The password must not be blank."),
                             field);
    if (password.size() < kMinPasswordLength)
        throw Error::invalid(
            QCoreApplication::translate("loket::SecurityPolicy", "The password must have at least %1 characters.")
                .arg(kMinPasswordLength),
            field);
}

} // namespace loket
