#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace loket {

class Context;
class Database;

// Office-wide key/value settings (office name and address, numbering pattern, thresholds).
// Keys are dotted names such as "office.name"; every change is audited.
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database& db) : m_db(db) {}

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    QMap<QString, QString> all() const;

    // Needs Permission::ManageSettings unless `internal` (a service storing its own state).
    void set(const Context& ctx, const QString& key, const QString& value, bool internal = false);

private:
    const Database& m_db;
};

} // namespace loket
