#include "ComplaintLevels.h"

#include "common/Context.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"

namespace loket {

const QString ComplaintLevels::SettingKey = QStringLiteral("complaints.positions");
const QString ComplaintLevels::RuleLevelOrder = QStringLiteral("level_order");
const QString ComplaintLevels::RuleLevelsToHead = QStringLiteral("levels_to_head");

QStringList ComplaintLevels::defaults()
{
    return {QStringLiteral("Pelaksana"), QStringLiteral("Kepala Seksi"), QStringLiteral("Kepala Bidang"),
            QStringLiteral("Sekretaris"), QStringLiteral("Kepala Dinas")};
}

QStringList ComplaintLevels::positions(const Database& db)
{
    QStringList out;
    for (const QString& line : SettingsRepository(db).value(SettingKey).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out.size() >= 2 ? out : defaults();
}

void ComplaintLevels::setPositions(const Context& ctx, const QStringList& positions)
{
    ctx.require(Permission::ManageSettings);
    QStringList clean;
    for (const QString& p : positions) {
        const QString post = p.trimmed();
        if (post.isEmpty())
            throw Error::invalid(tr("A post in the list of levels is empty."), QStringLiteral("positions"));
        if (clean.contains(post, Qt::CaseInsensitive))
            throw Error::invalid(tr("The post \"%1\" is listed twice.").arg(post), QStringLiteral("positions"));
        clean << post;
    }
    if (clean.size() < 2)
        throw Error::invalid(tr("The levels go from the officer (pelaksana) up to the head: list at least two posts."),
                             QStringLiteral("positions"));
    SettingsRepository(ctx.database()).set(ctx, SettingKey, clean.join(QLatin1Char('\n')));
}

bool ComplaintLevels::laddered(const QString& path)
{
    return path == ResolutionPaths::Internal || path == ResolutionPaths::Technical;
}

QString ComplaintLevels::nextPosition(const Complaint& c, const QStringList& positions)
{
    if (!laddered(c.resolutionPath))
        return {};
    const qsizetype done = c.escalationsOn(c.resolutionPath).size();
    return done < positions.size() ? positions.at(done) : QString();
}

bool ComplaintLevels::complete(const Complaint& c, const QStringList& positions)
{
    if (!laddered(c.resolutionPath))
        return !c.escalationsOn(c.resolutionPath).isEmpty();
    return c.escalationsOn(c.resolutionPath).size() >= positions.size();
}

ComplaintRefusal ComplaintLevels::level(const Complaint& c, const QStringList& positions, const QString& position)
{
    if (!laddered(c.resolutionPath))
        return {};
    const QString expected = nextPosition(c, positions);
    if (expected.isEmpty())
        return {RuleLevelOrder, tr("The path has reached the head (%1); no level above it.").arg(positions.last())};
    if (position.trimmed().compare(expected, Qt::CaseInsensitive) != 0) {
        const bool known = positions.contains(position.trimmed(), Qt::CaseInsensitive);
        return {RuleLevelOrder,
                known
                    ? tr("The levels go up one by one: the next level is %1, not %2.").arg(expected, position.trimmed())
                    : tr("\"%1\" is not in the office's list of posts (%2); the next level is %3.")
                          .arg(position.trimmed(), positions.join(QStringLiteral(" → ")), expected)};
    }
    return {};
}

ComplaintRefusal ComplaintLevels::answer(const Complaint& c, const QStringList& positions)
{
    if (!laddered(c.resolutionPath) || complete(c, positions))
        return {};
    return {RuleLevelsToHead, tr("The handling goes level by level up to the head: the report of %1 is still "
                                 "missing.")
                                  .arg(nextPosition(c, positions))};
}

} // namespace loket
