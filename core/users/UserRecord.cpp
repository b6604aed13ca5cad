#include "UserRecord.h"

#include "common/Ids.h"

#include <QJsonArray>

namespace loket {

namespace {
QJsonArray roleArray(const Roles& roles)
{
    QJsonArray a;
    for (Role r : roles)
        a.append(roleKey(r));
    return a;
}
} // namespace

QJsonObject UserRecord::auditJson() const
{
    return {{QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("roles"), roleArray(roles)},
            {QStringLiteral("disabled"), disabled},
            {QStringLiteral("must_change_password"), mustChangePassword},
            {QStringLiteral("position"), profile.position},
            {QStringLiteral("education"), educationKey(profile.education)},
            {QStringLiteral("gov_experience_years"), profile.govExperienceYears},
            {QStringLiteral("ptsp_experience_years"), profile.ptspExperienceYears},
            {QStringLiteral("technical_competence"), profile.technicalCompetence}};
}

QJsonObject UserRecord::toJson(const QDateTime& now) const
{
    QJsonObject o = auditJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("locked"), isLocked(now));
    if (isLocked(now))
        o.insert(QStringLiteral("locked_until"), toStoredTime(lockedUntil));
    o.insert(QStringLiteral("failed_attempts"), failedAttempts);
    o.insert(QStringLiteral("meets_education_standard"), profile.meetsEducationStandard());
    if (lastSignInAt.isValid())
        o.insert(QStringLiteral("last_sign_in_at"), toStoredTime(lastSignInAt));
    return o;
}

QString UserRecord::roleTitles() const
{
    QStringList titles;
    for (Role r : roles)
        titles << roleTitle(r);
    return titles.join(QStringLiteral(", "));
}

QString rolesToKeys(const Roles& roles)
{
    QStringList keys;
    for (Role r : allRoles()) // a stable order whatever order they were given in
        if (roles.contains(r))
            keys << roleKey(r);
    return keys.join(QLatin1Char(','));
}

Roles rolesFromKeys(const QString& keys)
{
    Roles roles;
    for (const QString& k : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role r;
        if (roleFromKey(k.trimmed(), &r) && !roles.contains(r))
            roles.append(r);
    }
    return roles;
}

} // namespace loket
