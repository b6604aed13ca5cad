#pragma once

#include "CommandRegistry.h"

#include <QJsonObject>

namespace loket::cli {

// user add|list|show|disable|enable|reset-password|passwd|roles|unlock|training|register
void addUserCommands(QList<Command>& list);

// For `init --admin NAME`: creates the first administrator with the password from
// LOKET_PASSWORD (or a prompt). Refused when the database already has users.
struct FirstAdmin
{
    QJsonObject json;
    QString text;
};
FirstAdmin createFirstAdmin(CliContext& ctx, const QString& username, const QString& displayName);

} // namespace loket::cli
