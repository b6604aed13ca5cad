#include "MigrationStamp.h"

#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "audit/AuditLog.h"
#include "common/Actor.h"
#include "common/Clock.h"
#include "common/Ids.h"
#include "common/Version.h"

namespace loket {

void MigrationStamp::record(const Database& db, int from, int to)
{
    const QString key = QString::fromLatin1(kKey);
    const QString previous = lastMigratedBy(db);
    const QString version = programVersion();
    const QDateTime at = defaultClock().now();
    Transaction tx(db.handle());
    SqlQuery(db.handle(),
             QStringLiteral("INSERT INTO settings (key, value, id, created_at, updated_at, workstation, row_version) "
                            "VALUES (:key, :value, :id, :now, :now, :ws, 1) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                            "workstation = excluded.workstation, row_version = settings.row_version + 1"))
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":value"), version)
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":now"), toStoredTime(at))
        .bind(QStringLiteral(":ws"), db.workstationCode())
        .exec();
    QJsonObject before{{QStringLiteral("schema_version"), from}};
    if (!previous.isEmpty())
        before.insert(QStringLiteral("value"), previous);
    AuditLog::append(db.handle(), at, Actor::systemActor(), db.workstationCode(), QStringLiteral("database.migrate"),
                     QStringLiteral("settings"), key, from > 0 ? before : QJsonObject{},
                     {{QStringLiteral("schema_version"), to}, {QStringLiteral("value"), version}});
    tx.commit();
}

QString MigrationStamp::lastMigratedBy(const Database& db)
{
    return SqlQuery(db.handle(), QStringLiteral("SELECT value FROM settings WHERE key = :key"))
        .bind(QStringLiteral(":key"), QString::fromLatin1(kKey))
        .scalar()
        .toString();
}

} // namespace loket
