#include "AuditLog.h"

#include "AuditKey.h"
#include "common/Actor.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace loket {

namespace {
QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Fixed field order; QJsonObject serialises keys sorted, so before/after are canonical.
    const QStringList parts{QString::number(e.seq), e.id,          toStoredTime(e.at), e.actorId,
                            e.actorName,           e.workstation, e.action,           e.recordType,
                            e.recordId,            compact(e.before), compact(e.after), e.note,
                            e.prevHash};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditLog::append(const Context& ctx, const QString& action, const QString& recordType, const QString& recordId,
                      const QJsonObject& before, const QJsonObject& after, const QString& note)
{
    append(ctx.db(), ctx.clock().now(), ctx.actor(), ctx.workstation(), action, recordType, recordId, before, after,
           note);
}

void AuditLog::append(const QSqlDatabase& db, const QDateTime& at, const Actor& actor, const QString& workstation,
                      const QString& action, const QString& recordType, const QString& recordId,
                      const QJsonObject& before, const QJsonObject& after, const QString& note)
{
    SqlQuery last(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    last.exec();
    AuditEntry e;
    e.prevHash = genesisHash();
    e.seq = 1;
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    // AUTOINCREMENT never reuses a number, so a deleted tail entry leaves a visible gap.
    const QVariant used = SqlQuery(db, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = :t"))
                              .bind(QStringLiteral(":t"), QStringLiteral("audit_log"))
                              .scalar();
    if (used.isValid())
        e.seq = qMax(e.seq, used.toLongLong() + 1);
    e.id = newId();
    e.at = at.toTimeZone(Clock::zone());
    e.actorId = actor.userId;
    e.actorName = actor.username;
    e.workstation = workstation;
    e.action = action;
    e.recordType = recordType;
    e.recordId = recordId;
    e.before = before;
    e.after = after;
    e.note = note;
    e.hash = computeHash(e);
    // Sealed with the key beside the database file (issue 14): a copy of the file alone cannot
    // be rewritten with recomputed hashes.
    // Not while older migrations run (before 021 there is no seal column).
    const bool sealed = SqlQuery(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('audit_log') "
                                                    "WHERE name = 'seal'"))
                            .scalar()
                            .toInt() > 0;
    const std::optional<AuditKey> key =
        sealed ? AuditKey::forDatabase(db.databaseName(), e.seq) : std::optional<AuditKey>();

    SqlQuery insert(db, sealed
                            ? QStringLiteral("INSERT INTO audit_log (seq, id, at, actor_id, actor_name, workstation, "
                                             "action, record_type, record_id, before_json, after_json, note, "
                                             "prev_hash, hash, seal) VALUES (:seq, :id, :at, :actor_id, "
                                             ":actor_name, :ws, :action, :rtype, :rid, :before, :after, :note, "
                                             ":prev, :hash, :seal)")
                            : QStringLiteral("INSERT INTO audit_log (seq, id, at, actor_id, actor_name, workstation, "
                                             "action, record_type, record_id, before_json, after_json, note, "
                                             "prev_hash, hash) VALUES (:seq, :id, :at, :actor_id, :actor_name, "
                                             ":ws, :action, :rtype, :rid, :before, :after, :note, :prev, :hash)"));
    insert.bind(QStringLiteral(":seq"), e.seq)
        .bind(QStringLiteral(":id"), e.id)
        .bind(QStringLiteral(":at"), toStoredTime(e.at))
        .bind(QStringLiteral(":actor_id"), e.actorId.isEmpty() ? QVariant() : QVariant(e.actorId))
        .bind(QStringLiteral(":actor_name"), e.actorName)
        .bind(QStringLiteral(":ws"), e.workstation)
        .bind(QStringLiteral(":action"), e.action)
        .bind(QStringLiteral(":rtype"), e.recordType)
        .bind(QStringLiteral(":rid"), e.recordId)
        .bind(QStringLiteral(":before"), e.before.isEmpty() ? QVariant() : QVariant(compact(e.before)))
        .bind(QStringLiteral(":after"), e.after.isEmpty() ? QVariant() : QVariant(compact(e.after)))
        .bind(QStringLiteral(":note"), e.note.isEmpty() ? QVariant() : QVariant(e.note))
        .bind(QStringLiteral(":prev"), e.prevHash)
        .bind(QStringLiteral(":hash"), e.hash);
    if (sealed)
        insert.bind(QStringLiteral(":seal"), key ? QVariant(key->seal(e.hash)) : QVariant());
    insert.exec();
}

} // namespace loket
