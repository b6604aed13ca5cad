#include "CalendarRepository.h"

#include "common/Clock.h"
#include "common/Context.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace loket {

namespace {

QString layerKey(bool national)
{
    return national ? QStringLiteral("national") : QStringLiteral("office");
}

// SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject entryJson(const std::optional<CalendarEntry>& e)
{
    if (!e)
        return {};
    return CalendarService::entryToJson(*e);
}

std::optional<CalendarEntry> entryFromJson(const QJsonValue& v, QDate date)
{
    const QJsonObject o = v.toObject();
    if (o.isEmpty())
        return std::nullopt;
    CalendarEntry e;
    e.date = date;
    dayKindFromKey(o.value(QStringLiteral("kind")).toString(), &e.kind);
    e.name = o.value(QStringLiteral("name")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    return e;
}

} // namespace

CalendarRepository::Head CalendarRepository::head() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT version, id FROM calendar_versions ORDER BY version DESC LIMIT 1"));
    q.exec();
    Head h;
    if (q.next()) {
        h.version = q.value(0).toInt();
        h.id = q.value(1).toString();
    }
    return h;
}

CalendarRepository::Snapshot CalendarRepository::load() const
{
    Snapshot s;
    SqlQuery q(m_db, QStringLiteral("SELECT day, layer, kind, name, reason FROM calendar_days ORDER BY day"));
    q.exec();
    while (q.next()) {
        CalendarEntry e;
        e.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!e.date.isValid() || !dayKindFromKey(q.value(2).toString(), &e.kind))
            continue;
        e.name = q.value(3).toString();
        e.reason = q.value(4).toString();
        (q.value(1).toString() == QLatin1String("national") ? s.national : s.office).append(e);
    }
    SqlQuery y(m_db, QStringLiteral("SELECT year FROM calendar_years WHERE confirmed = 1"));
    y.exec();
    while (y.next())
        s.confirmed.insert(y.value(0).toInt());
    return s;
}

void CalendarRepository::applyChange(const Context& ctx, const CalendarDayChange& change, int version)
{
    const QString day = change.date.toString(Qt::ISODate);
    const QString layer = layerKey(change.national);
    const QString now = toStoredTime(ctx.clock().now());
    if (change.action == CalendarDayChange::Action::Remove) {
        SqlQuery(m_db, QStringLiteral("DELETE FROM calendar_days WHERE day = :day AND layer = :layer"))
            .bind(QStringLiteral(":day"), day)
            .bind(QStringLiteral(":layer"), layer)
            .exec();
        return;
    }
    const CalendarEntry& e = *change.after;
    SqlQuery(m_db, QStringLiteral(
                       "INSERT INTO calendar_days (id, day, layer, kind, name, reason, version, created_at, updated_at,"
                       " workstation) VALUES (:id, :day, :layer, :kind, :name, :reason, :version, :now, :now, :ws)"
                       " ON CONFLICT (day, layer) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                       " reason = excluded.reason, version = excluded.version, updated_at = excluded.updated_at,"
                       " workstation = excluded.workstation, row_version = row_version + 1"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":layer"), layer)
        .bind(QStringLiteral(":kind"), dayKindKey(e.kind))
        .bind(QStringLiteral(":name"), text(e.name))
        .bind(QStringLiteral(":reason"), text(e.reason))
        .bind(QStringLiteral(":version"), version)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

void CalendarRepository::confirmYear(const Context& ctx, int year)
{
    const QString now = toStoredTime(ctx.clock().now());
    SqlQuery(m_db, QStringLiteral(
                       "INSERT INTO calendar_years (id, year, confirmed, confirmed_by, confirmed_at, created_at,"
                       " updated_at, workstation) VALUES (:id, :year, 1, :by, :now, :now, :now, :ws)"
                       " ON CONFLICT (year) DO UPDATE SET confirmed = 1, confirmed_by = excluded.confirmed_by,"
                       " confirmed_at = excluded.confirmed_at, updated_at = excluded.updated_at,"
                       " workstation = excluded.workstation, row_version = row_version + 1"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":year"), year)
        .bind(QStringLiteral(":by"), ctx.actor().username)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

void CalendarRepository::insertVersion(const Context& ctx, int version, const QString& action, const QString& reason,
                                       const QJsonObject& changes)
{
    const QString now = toStoredTime(ctx.clock().now());
    SqlQuery(m_db, QStringLiteral(
                       "INSERT INTO calendar_versions (id, version, at, actor_id, actor_name, action, reason,"
                       " changes_json, created_at, updated_at, workstation) VALUES (:id, :version, :now, :actor_id,"
                       " :actor_name, :action, :reason, :changes, :now, :now, :ws)"))
        .bind(QStringLiteral(":id"), newId())
        .bind(QStringLiteral(":version"), version)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":actor_id"), ctx.actor().userId.isEmpty() ? QVariant() : QVariant(ctx.actor().userId))
        .bind(QStringLiteral(":actor_name"), ctx.actor().username)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":reason"), text(reason))
        .bind(QStringLiteral(":changes"), QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

QList<CalendarVersionInfo> CalendarRepository::history(int limit) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT version, at, actor_name, action, reason, changes_json"
                                    " FROM calendar_versions ORDER BY version DESC LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<CalendarVersionInfo> out;
    while (q.next()) {
        CalendarVersionInfo v;
        v.version = q.value(0).toInt();
        v.at = fromStoredTime(q.value(1).toString());
        v.actorName = q.value(2).toString();
        v.action = q.value(3).toString();
        v.reason = q.value(4).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        for (const QJsonValue& c : o.value(QStringLiteral("changes")).toArray())
            v.changes.append(changeFromJson(c.toObject()));
        for (const QJsonValue& y : o.value(QStringLiteral("confirmed_years")).toArray())
            v.confirmedYears.append(y.toInt());
        out.append(v);
    }
    return out;
}

QJsonObject CalendarRepository::changeToJson(const CalendarDayChange& c)
{
    static const char* actions[] = {"add", "change", "remove"};
    QJsonObject o{{QStringLiteral("action"), QLatin1String(actions[int(c.action)])},
                  {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                  {QStringLiteral("layer"), layerKey(c.national)}};
    if (c.before)
        o.insert(QStringLiteral("before"), entryJson(c.before));
    if (c.after)
        o.insert(QStringLiteral("after"), entryJson(c.after));
    return o;
}

CalendarDayChange CalendarRepository::changeFromJson(const QJsonObject& o)
{
    CalendarDayChange c;
    const QString action = o.value(QStringLiteral("action")).toString();
    c.action = action == QLatin1String("remove")   ? CalendarDayChange::Action::Remove
               : action == QLatin1String("change") ? CalendarDayChange::Action::Change
                                                   : CalendarDayChange::Action::Add;
    c.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    c.national = o.value(QStringLiteral("layer")).toString() != QLatin1String("office");
    c.before = entryFromJson(o.value(QStringLiteral("before")), c.date);
    c.after = entryFromJson(o.value(QStringLiteral("after")), c.date);
    return c;
}

} // namespace loket
