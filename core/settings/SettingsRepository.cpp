#include "SettingsRepository.h"

#include "audit/AuditLog.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace loket {

namespace {
// The office's own texts have the lengths of what they are; any other setting is a short note.
int maxLengthOf(const QString& key)
{
    if (key == QLatin1String("office.name"))
        return Bounds::kName;
    if (key == QLatin1String("office.phone"))
        return Bounds::kShortText;
    if (key == QLatin1String("office.address"))
        return Bounds::kAddress;
    return Bounds::kNote;
}
} // namespace

QString SettingsRepository::value(const QString& key, const QString& fallback) const
{
    SqlQuery q(m_db.handle(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    q.bind(QStringLiteral(":key"), key).exec();
    return q.next() ? q.value(0).toString() : fallback;
}

int SettingsRepository::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

QMap<QString, QString> SettingsRepository::all() const
{
    QMap<QString, QString> map;
    SqlQuery q(m_db.handle(), QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    q.exec();
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

void SettingsRepository::set(const Context& ctx, const QString& key, const QString& value, bool internal)
{
    if (!internal) {
        ctx.require(Permission::ManageSettings);
        // A 10 MB value or a NUL is refused naming the setting (issue 14, point 10).
        Bounds::text(value, maxLengthOf(key), key, key, key != QLatin1String("office.name"));
    }
    const QString now = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.db());
    SqlQuery old(ctx.db(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    old.bind(QStringLiteral(":key"), key).exec();
    const bool existed = old.next();
    const QString before = existed ? old.value(0).toString() : QString();
    if (existed && before == value)
        return;
    SqlQuery(ctx.db(), QStringLiteral("INSERT INTO settings (key, value, id, created_at, updated_at, workstation, "
                                      "row_version) VALUES (:key, :value, :id, :now, :now, :ws, 1) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = "
                                      "excluded.updated_at, workstation = excluded.workstation, row_version = "
                                      "row_version + 1"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"),
              value.isNull() ? QStringLiteral("") : value) // an option left out is empty, not NULL
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
    QJsonObject b;
    if (existed)
        b.insert(QStringLiteral("value"), before);
    AuditLog::append(ctx, QStringLiteral("settings.set"), QStringLiteral("settings"), key, b,
                     {{QStringLiteral("value"), value}});
    tx.commit();
}

} // namespace loket
