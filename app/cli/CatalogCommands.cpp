#include "CatalogCommands.h"
#include "CliText.h"

#include "catalog/CatalogJson.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Error.h"
#include "common/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace loket::cli {

namespace {
// Two forms rather than "%n day(s)", so English reads right without a translation file.
QString workingDays(int n)
{
    return n == 1 ? Cli::tr("1 working day") : Cli::tr("%1 working days").arg(n);
}

QString calendarDays(int n)
{
    return n == 1 ? Cli::tr("1 calendar day") : Cli::tr("%1 calendar days").arg(n);
}

QString importedText(int total, const CatalogImportSummary& summary)
{
    return Cli::tr("Services read: %1 (new: %2, with a new version: %3, unchanged: %4).")
        .arg(total)
        .arg(summary.created)
        .arg(summary.newVersions)
        .arg(summary.unchanged);
}

QString rupiah(qint64 amount)
{
    return amount == 0 ? QStringLiteral("Gratis")
                       : QStringLiteral("Rp ") + QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(amount);
}

QByteArray readInput(const QString& file)
{
    QFile f;
    if (file == QLatin1String("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            throw Error::invalid(Cli::tr("Standard input cannot be read."), QStringLiteral("FILE"));
    } else {
        f.setFileName(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::invalid(Cli::tr("The file %1 cannot be read: %2").arg(file, f.errorString()),
                                 QStringLiteral("FILE"));
    }
    return f.readAll();
}

void section(QStringList& out, const QString& title)
{
    out << QString() << title;
}

void numbered(QStringList& out, const QStringList& items)
{
    for (int i = 0; i < items.size(); ++i)
        out << QStringLiteral("  %1. %2").arg(i + 1).arg(items[i]);
}

// The standard as a counter officer reads it out: requirements, time, fee, product, complaint
// channels first, then the rest of the 14 components.
QString standardText(const ServiceStandard& s)
{
    QStringList out;
    out << QStringLiteral("%1 · KBLI %2 · %3").arg(s.name, s.kbli, s.riskLevel);
    out << Cli::tr("Version %1, valid from %2%3")
               .arg(s.version)
               .arg(QLocale().toString(s.validFrom.date(), QLocale::LongFormat))
               .arg(s.current ? QString() : Cli::tr(" (no longer current)"));
    section(out, Cli::tr("Requirements"));
    for (const QString& group : {QStringLiteral("general"), QStringLiteral("special")}) {
        const auto list = s.requirementsOf(group);
        out << (group == QLatin1String("general") ? Cli::tr(" General:") : Cli::tr(" Special:"));
        if (list.isEmpty())
            out << QStringLiteral("  ") + Cli::tr("none");
        for (const Requirement& r : list)
            out << QStringLiteral("  %1. %2").arg(r.key, r.text);
    }
    section(out, Cli::tr("Completion time"));
    out << QStringLiteral("  ") + workingDays(s.completionWorkingDays) + QStringLiteral(" — ") + s.completionText;
    section(out, Cli::tr("Fee"));
    out << QStringLiteral("  ") + rupiah(s.feeAmount);
    section(out, Cli::tr("Product"));
    numbered(out, s.products);
    section(out, Cli::tr("Complaints"));
    for (const ComplaintChannel& c : s.complaints.channels)
        out << QStringLiteral("  %1. %2%3")
                   .arg(c.key, c.label, c.contact.isEmpty() ? QString() : QStringLiteral(": ") + c.contact);
    out << QStringLiteral("  ") + Cli::tr("Complain within %1 of receiving the service.")
                                      .arg(calendarDays(s.complaints.windowCalendarDays));
    out << QStringLiteral("  ") + Cli::tr("Answered within %1.").arg(workingDays(s.complaints.answerWorkingDays));
    for (const ResolutionPath& p : s.complaints.resolutionPaths)
        out << QStringLiteral("  [%1] %2").arg(p.key, p.title);
    section(out, Cli::tr("Procedure"));
    QStringList classes;
    for (int c : s.procedureClassifications)
        classes << QString::number(c);
    out << QStringLiteral("  ") + Cli::tr("Classifications %1").arg(classes.join(QStringLiteral(", ")))
        << QStringLiteral("  ") + s.procedureText;
    section(out, Cli::tr("Legal bases"));
    numbered(out, s.legalBases);
    section(out, Cli::tr("Facilities"));
    out << QStringLiteral("  ") + s.facilities.join(QStringLiteral("; "));
    section(out, Cli::tr("Staff competence"));
    numbered(out, s.staffCompetence);
    section(out, Cli::tr("Internal supervision"));
    numbered(out, s.internalSupervision);
    section(out, Cli::tr("Staff"));
    out << QStringLiteral("  ") + s.staffCountText;
    section(out, Cli::tr("Service guarantees"));
    numbered(out, s.serviceGuarantees);
    section(out, Cli::tr("Safety and security guarantees"));
    numbered(out, s.safetyGuarantees);
    section(out, Cli::tr("Performance evaluation"));
    if (!s.performanceEvaluationIntro.isEmpty())
        out << QStringLiteral("  ") + s.performanceEvaluationIntro;
    numbered(out, s.performanceEvaluation);
    return out.join(QLatin1Char('\n'));
}

QJsonObject listEntry(const ServiceStandard& s)
{
    QJsonObject o = CatalogJson::summary(s);
    o.insert(QStringLiteral("permit_type"), s.permitType);
    o.insert(QStringLiteral("valid_from"), CatalogJson::toJson(s).value(QStringLiteral("valid_from")));
    return o;
}

QString listText(const QList<ServiceStandard>& list)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(Cli::tr("KBLI"), -5)
                 .arg(Cli::tr("Risk"), -15)
                 .arg(Cli::tr("Ver."), 4)
                 .arg(Cli::tr("Days"), 4)
                 .arg(Cli::tr("Fee"), -12)
                 .arg(Cli::tr("Name"));
    for (const ServiceStandard& s : list)
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(s.kbli, -5)
                     .arg(s.riskLevel, -15)
                     .arg(s.version, 4)
                     .arg(s.completionWorkingDays, 4)
                     .arg(rupiah(s.feeAmount), -12)
                     .arg(s.name);
    if (list.isEmpty())
        lines << Cli::tr("The catalogue is empty.");
    return lines.join(QLatin1Char('\n'));
}

// The current standard of KBLI (and --name when several services share the code).
ServiceStandard findCurrent(CliContext& ctx, const QString& kbli, const QString& name)
{
    const CatalogRepository repo(ctx.anonymousContext().database());
    QList<ServiceStandard> found = repo.currentListByKbli(kbli);
    if (!name.isEmpty())
        found.removeIf([&name](const ServiceStandard& s) { return s.name != name; });
    if (found.isEmpty())
        throw Error::notFound(name.isEmpty()
                                  ? Cli::tr("No service with KBLI %1 is in the catalogue.").arg(kbli)
                                  : Cli::tr("No service KBLI %1 \"%2\" is in the catalogue.").arg(kbli, name));
    if (found.size() > 1) {
        QStringList names;
        for (const ServiceStandard& s : found)
            names << s.name;
        throw Error::invalid(Cli::tr("Several services have KBLI %1; choose one with --name: %2")
                                 .arg(kbli, names.join(QStringLiteral("; "))),
                             QStringLiteral("name"));
    }
    return found.first();
}

int runList(CliContext& ctx, CliArgs& args)
{
    args.finish();
    const QList<ServiceStandard> list = CatalogRepository(ctx.anonymousContext().database()).listCurrent();
    QJsonArray a;
    for (const ServiceStandard& s : list)
        a.append(listEntry(s));
    ctx.print(a, listText(list));
    return ExitOk;
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString name = args.option(QStringLiteral("name"));
    const QString versionText = args.option(QStringLiteral("version"));
    const QString kbli = args.takeFirst();
    args.finish();
    if (kbli.isEmpty())
        throw UsageError{Cli::tr("catalog show needs the KBLI code.")};
    ServiceStandard s = findCurrent(ctx, kbli, name);
    if (!versionText.isEmpty()) {
        bool ok = false;
        const int version = versionText.toInt(&ok);
        if (!ok || version < 1)
            throw UsageError{Cli::tr("--version needs a version number, not \"%1\".").arg(versionText)};
        bool found = false;
        for (const ServiceStandard& v : CatalogRepository(ctx.database()).versions(s.serviceId))
            if (v.version == version) {
                s = v;
                found = true;
            }
        if (!found)
            throw Error::notFound(Cli::tr("KBLI %1 has no version %2.").arg(kbli).arg(version));
    }
    ctx.print(CatalogJson::toJson(s), standardText(s));
    return ExitOk;
}

int runVersions(CliContext& ctx, CliArgs& args)
{
    const QString name = args.option(QStringLiteral("name"));
    const QString kbli = args.takeFirst();
    args.finish();
    if (kbli.isEmpty())
        throw UsageError{Cli::tr("catalog versions needs the KBLI code.")};
    const ServiceStandard current = findCurrent(ctx, kbli, name);
    const QList<ServiceStandard> versions = CatalogRepository(ctx.database()).versions(current.serviceId);
    QJsonArray a;
    QStringList lines;
    for (const ServiceStandard& v : versions) {
        a.append(listEntry(v));
        lines << Cli::tr("Version %1 from %2: %3, %4%5")
                     .arg(v.version)
                     .arg(QLocale().toString(v.validFrom, QLocale::ShortFormat), workingDays(v.completionWorkingDays),
                          rupiah(v.feeAmount), v.current ? Cli::tr(" (current)") : QString());
    }
    ctx.print(a, lines.join(QLatin1Char('\n')));
    return ExitOk;
}

int printImport(CliContext& ctx, const QList<ServiceStandard>& list, const CatalogImportSummary& summary)
{
    QJsonArray services;
    for (const ServiceStandard& s : list)
        services.append(listEntry(s));
    const QJsonObject o{{QStringLiteral("created"), summary.created},
                        {QStringLiteral("new_versions"), summary.newVersions},
                        {QStringLiteral("unchanged"), summary.unchanged},
                        {QStringLiteral("services"), services}};
    ctx.print(o, importedText(int(list.size()), summary));
    return ExitOk;
}

int runImportStandard(CliContext& ctx, CliArgs& args)
{
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("catalog import-standard needs the annex text FILE.")};
    const QString text = TextDecoding::decode(readInput(file), encoding);
    CatalogImportSummary summary;
    const auto list = CatalogService::importStandardText(ctx.userContext(), text, &summary);
    return printImport(ctx, list, summary);
}

int runImportJson(CliContext& ctx, CliArgs& args)
{
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("catalog import needs the catalogue JSON FILE.")};
    const QByteArray json = readInput(file);
    CatalogImportSummary summary;
    const auto list = CatalogService::importJson(ctx.userContext(), json, &summary);
    return printImport(ctx, list, summary);
}

int runExport(CliContext& ctx, CliArgs& args)
{
    const QString output = args.option(QStringLiteral("output"));
    args.finish();
    const Context context = ctx.anonymousContext();
    const QByteArray json = CatalogService::exportJson(context);
    if (output.isEmpty() || output == QLatin1String("-")) {
        ctx.out().flush();
        ctx.out() << QString::fromUtf8(json);
        ctx.out().flush();
        return ExitOk;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        throw Error::invalid(Cli::tr("The file %1 cannot be written: %2").arg(output, f.errorString()),
                             QStringLiteral("output"));
    const int count = int(CatalogRepository(context.database()).listCurrent().size());
    const QString absolute = QFileInfo(output).absoluteFilePath();
    ctx.print(QJsonObject{{QStringLiteral("file"), absolute}, {QStringLiteral("services"), count}},
              Cli::tr("Services exported: %1, to %2.").arg(count).arg(absolute));
    return ExitOk;
}

int runCatalog(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("versions"))
        return runVersions(ctx, args);
    if (sub == QLatin1String("import-standard"))
        return runImportStandard(ctx, args);
    if (sub == QLatin1String("import"))
        return runImportJson(ctx, args);
    if (sub == QLatin1String("export"))
        return runExport(ctx, args);
    throw UsageError{
        sub.isEmpty() ? Cli::tr("catalog needs a sub-command: list, show, versions, import-standard, import, export.")
                      : Cli::tr("Unknown catalog sub-command: %1.").arg(sub)};
}
} // namespace

void addCatalogCommands(QList<Command>& list)
{
    list.append(
        {QStringLiteral("catalog"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "loket::cli::help",
             "catalog list\n"
             "catalog show KBLI [--name NAME] [--version N]\n"
             "catalog versions KBLI [--name NAME]\n"
             "catalog import-standard FILE [--encoding NAME]   (annex text, UTF-8 unless --encoding; - for stdin; "
             "all 14 components of every service)\n"
             "catalog import FILE            (catalogue JSON; - for stdin)\n"
             "catalog export [--output FILE]")),
         runCatalog});
}

} // namespace loket::cli
