#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace loket {

// The SQL of table staff_competences (schema 19): one row per tick of a competence item for a
// person; an untick keeps the row as a tombstone (deleted_at) for the sync.
class StaffCompetenceRepository
{
public:
    struct Tick
    {
        QString id;
        QString userId;
        int itemNumber = 0;
        QString item; // the item's text: a tick belongs to the wording it confirmed
        QDate confirmedOn;
        QString confirmedBy;
        QString note;
    };

    explicit StaffCompetenceRepository(const QSqlDatabase& db) : m_db(db) {}

    // The first standing tick of the item for the user, if any.
    std::optional<Tick> standing(const QString& userId, const QString& item) const;
    // Every standing tick of the item for the user (normally one; two PCs may have ticked it).
    QStringList standingIds(const QString& userId, const QString& item) const;
    void insert(const Tick& tick, const QString& stamp, const QString& workstation) const;
    void markDeleted(const QString& id, const QString& stamp, const QString& workstation) const;

private:
    QSqlDatabase m_db;
};

} // namespace loket
