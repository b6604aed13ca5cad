#pragma once

#include "StaffProfile.h"
#include "common/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loket {

// One local account as the repository reads it. The password hash stays inside UserRepository
// and AuthService; it is not part of this record so it cannot leak into lists, JSON or the audit.
struct UserRecord
{
    QString id;
    QString username;
    QString displayName;
    Roles roles;
    bool disabled = false;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime lastSignInAt;
    QDateTime passwordChangedAt;
    StaffProfile profile;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString workstation;
    int rowVersion = 0;

    bool isLocked(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
    // The fields an audit entry records (never anything about the password but its flags).
    QJsonObject auditJson() const;
    // For loket-cli --json.
    QJsonObject toJson(const QDateTime& now) const;
    // Translated role titles joined with ", ".
    QString roleTitles() const;
};

QString rolesToKeys(const Roles& roles);  // "admin,front_desk"
Roles rolesFromKeys(const QString& keys); // unknown keys are skipped

} // namespace loket
