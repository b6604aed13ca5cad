#include "ConflictCommands.h"
#include "CliText.h"

#include "cases/CaseConflicts.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QJsonObject eventJson(const CaseEvent& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("from"), e.fromStage},
            {QStringLiteral("to"), e.toStage},
            {QStringLiteral("at"), toStoredTime(e.at)},
            {QStringLiteral("actor"), e.actorName},
            {QStringLiteral("workstation"), e.workstation},
            {QStringLiteral("note"), e.note}};
}

QJsonObject conflictJson(const CaseConflict& c)
{
    QJsonArray losers;
    for (const CaseEvent& e : c.losers)
        losers.append(eventJson(e));
    QJsonObject o{{QStringLiteral("id"), c.key},
                  {QStringLiteral("registration_number"), c.registrationNumber},
                  {QStringLiteral("winner"), eventJson(c.winner)},
                  {QStringLiteral("overridden"), losers},
                  {QStringLiteral("resolved"), c.resolved}};
    if (c.resolved) {
        o.insert(QStringLiteral("outcome"), c.outcome);
        o.insert(QStringLiteral("resolved_by"), c.resolvedBy);
        o.insert(QStringLiteral("resolved_at"), toStoredTime(c.resolvedAt));
        o.insert(QStringLiteral("note"), c.note);
    }
    return o;
}

QString eventLine(const CaseEvent& e)
{
    return QStringLiteral("%1 %2 → %3, %4 @ %5, %6 [%7]")
        .arg(e.action, e.fromStage, e.toStage, e.actorName, e.workstation,
             e.at.toString(QStringLiteral("dd-MM-yyyy HH.mm")), e.id);
}

QString conflictText(const CaseConflict& c)
{
    QString text = QStringLiteral("%1  %2").arg(c.key, c.registrationNumber);
    text += QLatin1Char('\n') + Cli::tr("  kept:       %1").arg(eventLine(c.winner));
    for (const CaseEvent& e : c.losers)
        text += QLatin1Char('\n') + Cli::tr("  overridden: %1").arg(eventLine(e));
    if (c.resolved)
        text += QLatin1Char('\n') + Cli::tr("  settled by %1 (%2): %3").arg(c.resolvedBy, c.outcome, c.note);
    return text;
}

int runList(CliContext& ctx, CliArgs& args)
{
    const bool all = args.flag(QStringLiteral("all"));
    args.finish();
    const QList<CaseConflict> list = CaseConflicts::list(ctx.userContext(), all);
    QJsonArray rows;
    QStringList text;
    for (const CaseConflict& c : list) {
        rows.append(conflictJson(c));
        text << conflictText(c);
    }
    ctx.print(rows, list.isEmpty() ? Cli::tr("No conflicts to settle.") : text.join(QStringLiteral("\n")));
    return ExitOk;
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString key = args.takeFirst();
    args.finish();
    if (key.isEmpty())
        throw UsageError{Cli::tr("conflict show needs the conflict ID (see conflict list).")};
    const CaseConflict c = CaseConflicts::get(ctx.userContext(), key);
    ctx.print(conflictJson(c), conflictText(c));
    return ExitOk;
}

int runResolve(CliContext& ctx, CliArgs& args)
{
    const QString key = args.takeFirst();
    const QString take = args.option(QStringLiteral("take"));
    const QString note = args.option(QStringLiteral("note"));
    args.finish();
    if (key.isEmpty())
        throw UsageError{Cli::tr("conflict resolve needs the conflict ID (see conflict list).")};
    const CaseConflict c = CaseConflicts::resolve(ctx.userContext(), key, take, note);
    ctx.print(conflictJson(c),
              take.isEmpty()
                  ? Cli::tr("Conflict %1 settled: the application stays as it is.").arg(c.key)
                  : Cli::tr("Conflict %1 settled: the application takes the outcome of %2.").arg(c.key, take));
    return ExitOk;
}

int runConflict(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub.isEmpty() || sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("resolve"))
        return runResolve(ctx, args);
    throw UsageError{Cli::tr("Unknown conflict command: %1. Commands: list, show, resolve.").arg(sub)};
}
} // namespace

void addConflictCommands(QList<Command>& list)
{
    list.append(
        {QStringLiteral("conflict"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("loket::cli::help", "conflict list [--all]\nconflict show ID\n"
                                                                 "conflict resolve ID --note TEXT [--take EVENT_ID]")),
         runConflict});
}

} // namespace loket::cli
