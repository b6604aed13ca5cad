#include "StaffCompetence.h"

#include "UserRepository.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace loket {

namespace {
constexpr int kFirstItem = 3; // 1 is education, 2 training: kept in the staff profile and training records
}

QList<CompetenceItem> StaffCompetence::items(const Database& db)
{
    for (const ServiceStandard& s : CatalogRepository(db).listCurrent()) {
        if (s.staffCompetence.size() < kFirstItem)
            continue;
        QList<CompetenceItem> out;
        for (int i = kFirstItem - 1; i < s.staffCompetence.size(); ++i)
            out.append({i + 1, s.staffCompetence.at(i)});
        return out;
    }
    return {};
}

QString StaffCompetence::userIdOf(const QString& username) const
{
    const auto user = UserRepository(m_ctx.db()).findByName(username.trimmed());
    if (!user)
        throw Error::notFound(tr("There is no user %1.").arg(username.trimmed()));
    return user->id;
}

CompetenceItem StaffCompetence::itemNumbered(int number) const
{
    const QList<CompetenceItem> list = items(m_ctx.database());
    for (const CompetenceItem& item : list)
        if (item.number == number)
            return item;
    if (list.isEmpty())
        throw Error::invalid(tr("The current standards list no competence items beyond education and training."),
                             QStringLiteral("item"));
    throw Error::invalid(tr("Competence item %1 does not exist: the standard's items are %2 to %3.")
                             .arg(number)
                             .arg(list.first().number)
                             .arg(list.last().number),
                         QStringLiteral("item"));
}

QList<StaffCompetence::Line> StaffCompetence::checklist(const QString& username) const
{
    if (!m_ctx.actor().can(Permission::ViewReports))
        m_ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(username);
    QList<Line> out;
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT confirmed_on, confirmed_by, note FROM staff_competences WHERE "
                                          "user_id = :u AND item = :item AND deleted_at IS NULL ORDER BY "
                                          "confirmed_on, created_at LIMIT 1"));
    for (const CompetenceItem& item : items(m_ctx.database())) {
        Line line;
        line.item = item;
        q.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":item"), item.text).exec();
        if (q.next()) {
            line.ticked = true;
            line.confirmedOn = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            line.confirmedBy = q.value(1).toString();
            line.note = q.value(2).toString();
        }
        out.append(line);
    }
    return out;
}

StaffCompetence::Line StaffCompetence::tick(const QString& username, int number, const QString& note) const
{
    m_ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(username);
    const CompetenceItem item = itemNumbered(number);
    for (const Line& line : checklist(username))
        if (line.item.number == number && line.ticked)
            throw Error::invalid(tr("Competence item %1 is already ticked for %2 (on %3 by %4).")
                                     .arg(number)
                                     .arg(username.trimmed(), line.confirmedOn.toString(Qt::ISODate), line.confirmedBy),
                                 QStringLiteral("item"));
    Line line;
    line.item = item;
    line.ticked = true;
    line.confirmedOn = m_ctx.clock().today();
    line.confirmedBy = m_ctx.actor().displayName.isEmpty() ? m_ctx.actor().username : m_ctx.actor().displayName;
    line.note = note.simplified();
    const QString id = newId();
    const QString stamp = toStoredTime(m_ctx.clock().now());
    Transaction tx(m_ctx.db());
    SqlQuery(m_ctx.db(), QStringLiteral("INSERT INTO staff_competences (id, user_id, item_number, item, confirmed_on, "
                                        "confirmed_by, note, created_at, updated_at, workstation, row_version) VALUES "
                                        "(:id, :u, :n, :item, :on, :by, :note, :stamp, :stamp, :ws, 1)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":n"), number)
        .bind(QStringLiteral(":item"), item.text)
        .bind(QStringLiteral(":on"), line.confirmedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), line.confirmedBy.isEmpty() ? QStringLiteral("") : line.confirmedBy)
        .bind(QStringLiteral(":note"), line.note.isEmpty() ? QStringLiteral("") : line.note)
        .bind(QStringLiteral(":stamp"), stamp)
        .bind(QStringLiteral(":ws"), m_ctx.workstation())
        .exec();
    AuditLog::append(m_ctx, QStringLiteral("user.competence_tick"), QStringLiteral("staff_competence"), id, {},
                     {{QStringLiteral("user"), username.trimmed()},
                      {QStringLiteral("item_number"), number},
                      {QStringLiteral("item"), item.text},
                      {QStringLiteral("note"), line.note}});
    tx.commit();
    return line;
}

void StaffCompetence::untick(const QString& username, int number) const
{
    m_ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(username);
    const CompetenceItem item = itemNumbered(number);
    SqlQuery ids(m_ctx.db(), QStringLiteral("SELECT id FROM staff_competences WHERE user_id = :u AND item = :item AND "
                                            "deleted_at IS NULL"));
    ids.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":item"), item.text).exec();
    QStringList rows;
    while (ids.next())
        rows << ids.value(0).toString();
    if (rows.isEmpty())
        throw Error::invalid(tr("Competence item %1 is not ticked for %2.").arg(number).arg(username.trimmed()),
                             QStringLiteral("item"));
    const QString stamp = toStoredTime(m_ctx.clock().now());
    Transaction tx(m_ctx.db());
    SqlQuery del(m_ctx.db(), QStringLiteral("UPDATE staff_competences SET deleted_at = :stamp, updated_at = :stamp, "
                                            "workstation = :ws, row_version = row_version + 1 WHERE id = :id"));
    for (const QString& id : rows) {
        del.bind(QStringLiteral(":stamp"), stamp)
            .bind(QStringLiteral(":ws"), m_ctx.workstation())
            .bind(QStringLiteral(":id"), id)
            .exec();
        AuditLog::append(m_ctx, QStringLiteral("user.competence_untick"), QStringLiteral("staff_competence"), id,
                         {{QStringLiteral("user"), username.trimmed()},
                          {QStringLiteral("item_number"), number},
                          {QStringLiteral("item"), item.text}},
                         {});
    }
    tx.commit();
}

} // namespace loket
