#include "StaffCompetenceRepository.h"

#include "storage/SqlQuery.h"

namespace loket {

std::optional<StaffCompetenceRepository::Tick> StaffCompetenceRepository::standing(const QString& userId,
                                                                                   const QString& item) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, item_number, confirmed_on, confirmed_by, note FROM staff_competences "
                                    "WHERE user_id = :u AND item = :item AND deleted_at IS NULL ORDER BY "
                                    "confirmed_on, created_at LIMIT 1"));
    q.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":item"), item).exec();
    if (!q.next())
        return std::nullopt;
    Tick t;
    t.id = q.value(0).toString();
    t.userId = userId;
    t.itemNumber = q.value(1).toInt();
    t.item = item;
    t.confirmedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    t.confirmedBy = q.value(3).toString();
    t.note = q.value(4).toString();
    return t;
}

QStringList StaffCompetenceRepository::standingIds(const QString& userId, const QString& item) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM staff_competences WHERE user_id = :u AND item = :item AND "
                                    "deleted_at IS NULL"));
    q.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":item"), item).exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void StaffCompetenceRepository::insert(const Tick& tick, const QString& stamp, const QString& workstation) const
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO staff_competences (id, user_id, item_number, item, confirmed_on, "
                                  "confirmed_by, note, created_at, updated_at, workstation, row_version) VALUES "
                                  "(:id, :u, :n, :item, :on, :by, :note, :stamp, :stamp, :ws, 1)"))
        .bind(QStringLiteral(":id"), tick.id)
        .bind(QStringLiteral(":u"), tick.userId)
        .bind(QStringLiteral(":n"), tick.itemNumber)
        .bind(QStringLiteral(":item"), tick.item)
        .bind(QStringLiteral(":on"), tick.confirmedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), tick.confirmedBy.isEmpty() ? QStringLiteral("") : tick.confirmedBy)
        .bind(QStringLiteral(":note"), tick.note.isEmpty() ? QStringLiteral("") : tick.note)
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

void StaffCompetenceRepository::markDeleted(const QString& id, const QString& stamp, const QString& workstation) const
{
    SqlQuery(m_db, QStringLiteral("UPDATE staff_competences SET deleted_at = :stamp, updated_at = :stamp, "
                                  "workstation = :ws, row_version = row_version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), workstation)
        .bind(QStringLiteral(":id"), id)
        .exec();
}

} // namespace loket
