#include "StaffCompetence.h"

#include "StaffCompetenceRepository.h"
#include "UserRepository.h"
#include "audit/AuditLog.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
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

QString StaffCompetence::userIdOf(const Context& ctx, const QString& username)
{
    const auto user = UserRepository(ctx.db()).findByName(username.trimmed());
    if (!user)
        throw Error::notFound(tr("There is no user %1.").arg(username.trimmed()));
    return user->id;
}

CompetenceItem StaffCompetence::itemNumbered(const Context& ctx, int number)
{
    const QList<CompetenceItem> list = items(ctx.database());
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

QList<StaffCompetence::Line> StaffCompetence::checklist(const Context& ctx, const QString& username)
{
    if (!ctx.actor().can(Permission::ViewReports))
        ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(ctx, username);
    const StaffCompetenceRepository repo(ctx.db());
    QList<Line> out;
    for (const CompetenceItem& item : items(ctx.database())) {
        Line line;
        line.item = item;
        if (const auto tick = repo.standing(userId, item.text)) {
            line.ticked = true;
            line.confirmedOn = tick->confirmedOn;
            line.confirmedBy = tick->confirmedBy;
            line.note = tick->note;
        }
        out.append(line);
    }
    return out;
}

StaffCompetence::Line StaffCompetence::tick(const Context& ctx, const QString& username, int number,
                                            const QString& note)
{
    ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(ctx, username);
    const CompetenceItem item = itemNumbered(ctx, number);
    for (const Line& line : checklist(ctx, username))
        if (line.item.number == number && line.ticked)
            throw Error::invalid(tr("Competence item %1 is already ticked for %2 (on %3 by %4).")
                                     .arg(number)
                                     .arg(username.trimmed(), line.confirmedOn.toString(Qt::ISODate), line.confirmedBy),
                                 QStringLiteral("item"));
    StaffCompetenceRepository::Tick row{newId(),
                                        userId,
                                        number,
                                        item.text,
                                        ctx.clock().today(),
                                        ctx.actor().displayName.isEmpty() ? ctx.actor().username
                                                                          : ctx.actor().displayName,
                                        note.simplified()};
    Transaction tx(ctx.db());
    StaffCompetenceRepository(ctx.db()).insert(row, toStoredTime(ctx.clock().now()), ctx.workstation());
    AuditLog::append(ctx, QStringLiteral("user.competence_tick"), QStringLiteral("staff_competence"), row.id, {},
                     {{QStringLiteral("user"), username.trimmed()},
                      {QStringLiteral("item_number"), number},
                      {QStringLiteral("item"), item.text},
                      {QStringLiteral("note"), row.note}});
    tx.commit();
    return Line{item, true, row.confirmedOn, row.confirmedBy, row.note};
}

void StaffCompetence::untick(const Context& ctx, const QString& username, int number)
{
    ctx.require(Permission::ManageUsers);
    const QString userId = userIdOf(ctx, username);
    const CompetenceItem item = itemNumbered(ctx, number);
    const StaffCompetenceRepository repo(ctx.db());
    const QStringList rows = repo.standingIds(userId, item.text);
    if (rows.isEmpty())
        throw Error::invalid(tr("Competence item %1 is not ticked for %2.").arg(number).arg(username.trimmed()),
                             QStringLiteral("item"));
    const QString stamp = toStoredTime(ctx.clock().now());
    Transaction tx(ctx.db());
    for (const QString& id : rows) {
        repo.markDeleted(id, stamp, ctx.workstation());
        AuditLog::append(ctx, QStringLiteral("user.competence_untick"), QStringLiteral("staff_competence"), id,
                         {{QStringLiteral("user"), username.trimmed()},
                          {QStringLiteral("item_number"), number},
                          {QStringLiteral("item"), item.text}},
                         {});
    }
    tx.commit();
}

} // namespace loket
