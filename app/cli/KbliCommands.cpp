#include "KbliCommands.h"
#include "CliText.h"

#include "common/Context.h"
#include "common/Error.h"
#include "common/TextDecoding.h"
#include "identity/KbliRegister.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
int runList(CliContext& ctx, CliArgs& args)
{
    const QString search = args.option(QStringLiteral("search"));
    args.finish();
    const KbliRegister kbli(ctx.anonymousContext().database());
    QJsonArray rows;
    QString text;
    const QList<KbliCode> codes = kbli.list(search);
    for (const KbliCode& c : codes) {
        rows.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("title"), c.title},
                                {QStringLiteral("category"), c.category},
                                {QStringLiteral("source"), c.builtIn ? QStringLiteral("built-in") : QStringLiteral("office")}});
        text += QStringLiteral("%1  %2  %3%4\n")
                    .arg(c.code, c.category, c.title,
                         c.builtIn ? QString() : QStringLiteral("  (%1)").arg(Cli::tr("office")));
    }
    if (codes.isEmpty())
        text = Cli::tr("No KBLI code matches.");
    ctx.print(rows, text);
    return ExitOk;
}

int runImport(CliContext& ctx, CliArgs& args)
{
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("kbli import needs the CSV FILE (columns code,title[,category]).")};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(Cli::tr("Cannot read %1: %2").arg(file, f.errorString()), QStringLiteral("file"));
    const QByteArray data = TextDecoding::toUtf8(f.readAll(), encoding);
    const Context c = ctx.userContext();
    const KbliImportSummary s = KbliRegister::importCsv(c, data, QFileInfo(file).fileName());
    QJsonArray problems;
    for (const KbliImportProblem& p : s.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("message"), p.message}});
        ctx.message(p.message);
    }
    const QJsonObject o{{QStringLiteral("written"), s.written}, {QStringLiteral("rows"), s.rows},
                        {QStringLiteral("added"), s.added},     {QStringLiteral("changed"), s.changed},
                        {QStringLiteral("unchanged"), s.unchanged}, {QStringLiteral("problems"), problems}};
    if (!s.written) {
        ctx.message(Cli::tr("Nothing was imported: %n problem(s).", nullptr, int(s.problems.size())));
        if (ctx.json)
            ctx.print(o, {});
        return ExitInvalid;
    }
    ctx.print(o,
              Cli::tr("KBLI codes: %1 added, %2 changed, %3 unchanged.").arg(s.added).arg(s.changed).arg(s.unchanged));
    return ExitOk;
}

int runKbli(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    throw UsageError{Cli::tr("Unknown kbli command: %1. Commands: list, import.").arg(sub)};
}
} // namespace

void addKbliCommands(QList<Command>& list)
{
    list.append(
        {QStringLiteral("kbli"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "loket::cli::help",
             "kbli list [--search TEXT]\n"
             "kbli import FILE.csv [--encoding NAME]   (columns code,title[,category]; all rows or none; UTF-8 unless "
             "--encoding, e.g. cp1252)")),
         runKbli});
}

} // namespace loket::cli
