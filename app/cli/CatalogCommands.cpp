#include "CatalogCommands.h"

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
// lupdate files these free functions under the namespace, so the context is "loket::cli".
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("loket::cli", text, comment, n);
}

// Two forms rather than "%n day(s)", so English reads right without a translation file.
QString workingDays(int n)
{
    return n == 1 ? tr("1 working day") : tr("%1 working days").arg(n);
}

QString calendarDays(int n)
{
    return n == 1 ? tr("1 calendar day") : tr("%1 calendar days").arg(n);
}

QString importedText(int total, const CatalogImportSummary& summary)
{
    return tr("Services read: %1 (new: %2, with a new version: %3, unchanged: %4).")
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
            throw Error::invalid(tr("Standard input cannot be read."), QStringLiteral("FILE"));
    } else {
        f.setFileName(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::invalid(tr("The file %1 cannot be read: %2").arg(file, f.errorString()),
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
    out << tr("Version %1, valid from %2%3")
               .arg(s.version)
               .arg(QLocale().toString(s.validFrom.date(), QLocale::LongFormat))
               .arg(s.current ? QString() : tr(" (no longer current)"));
    section(out, tr("Requirements"));
    for (const QString& group : {QStringLiteral("general"), QStringLiteral("special")}) {
        const auto list = s.requirementsOf(group);
        out << (group == QLatin1String("general") ? tr(" General:") : tr(" Special:"));
        if (list.isEmpty())
            out << QStringLiteral("  ") + tr("none");
        for (const Requirement& r : list)
            out << QStringLiteral("  %1. %2").arg(r.key, r.text);
    }
    section(out, tr("Completion time"));
    out << QStringLiteral("  ") + workingDays(s.completionWorkingDays) + QStringLiteral(" — ") + s.completionText;
    section(out, tr("Fee"));
    out << QStringLiteral("  ") + rupiah(s.feeAmount);
    section(out, tr("Product"));
    numbered(out, s.products);
    section(out, tr("Complaints"));
    for (const ComplaintChannel& c : s.complaints.channels)
        out << QStringLiteral("  %1. %2%3")
                   .arg(c.key, c.label, c.contact.isEmpty() ? QString() : QStringLiteral(": ") + c.contact);
    out << QStringLiteral("  ") +
               tr("Complain within %1 of receiving the service.").arg(calendarDays(s.complaints.windowCalendarDays));
    out << QStringLiteral("  ") + tr("Answered within %1.").arg(workingDays(s.complaints.answerWorkingDays));
    for (const ResolutionPath& p : s.complaints.resolutionPaths)
        out << QStringLiteral("  [%1] %2").arg(p.key, p.title);
    section(out, tr("Procedure"));
    QStringList classes;
    for (int c : s.procedureClassifications)
        classes << QString::number(c);
    out << QStringLiteral("  ") + tr("Classifications %1").arg(classes.join(QStringLiteral(", ")))
        << QStringLiteral("  ") + s.procedureText;
    section(out, tr("Legal bases"));
    numbered(out, s.legalBases);
    section(out, tr("Facilities"));
    out << QStringLiteral("  ") + s.facilities.join(QStringLiteral("; "));
    section(out, tr("Staff competence"));
    numbered(out, s.staffCompetence);
    section(out, tr("Internal supervision"));
    numbered(out, s.internalSupervision);
    section(out, tr("Staff"));
    out << QStringLiteral("  ") + s.staffCountText;
    section(out, tr("Service guarantees"));
    numbered(out, s.serviceGuarantees);
    section(out, tr("Safety and security guarantees"));
    numbered(out, s.safetyGuarantees);
    section(out, tr("Performance evaluation"));
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
                 .arg(tr("KBLI"), -5)
                 .arg(tr("Risk"), -15)
                 .arg(tr("Ver."), 4)
                 .arg(tr("Days"), 4)
                 .arg(tr("Fee"), -12)
                 .arg(tr("Name"));
    for (const ServiceStandard& s : list)
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(s.kbli, -5)
                     .arg(s.riskLevel, -15)
                     .arg(s.version, 4)
                     .arg(s.completionWorkingDays, 4)
                     .arg(rupiah(s.feeAmount), -12)
                     .arg(s.name);
    if (list.isEmpty())
        lines << tr("The catalogue is empty.");
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
        throw Error::notFound(name.isEmpty() ? tr("No service with KBLI %1 is in the catalogue.").arg(kbli)
                                             : tr("No service KBLI %1 \"%2\" is in the catalogue.").arg(kbli, name));
    if (found.size() > 1) {
        QStringList names;
        for (const ServiceStandard& s : found)
            names << s.name;
        throw Error::invalid(
            tr("Several services have KBLI %1; choose one with --name: %2").arg(kbli, names.join(QStringLiteral("; "))),
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
        throw UsageError{tr("catalog show needs the KBLI code.")};
    ServiceStandard s = findCurrent(ctx, kbli, name);
    if (!versionText.isEmpty()) {
        bool ok = false;
        const int version = versionText.toInt(&ok);
        if (!ok || version < 1)
            throw UsageError{tr("--version needs a version number, not \"%1\".").arg(versionText)};
        bool found = false;
        for (const ServiceStandard& v : CatalogRepository(ctx.database()).versions(s.serviceId))
            if (v.version == version) {
                s = v;
                found = true;
            }
        if (!found)
            throw Error::notFound(tr("KBLI %1 has no version %2.").arg(kbli).arg(version));
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
        throw UsageError{tr("catalog versions needs the KBLI code.")};
    const ServiceStandard current = findCurrent(ctx, kbli, name);
    const QList<ServiceStandard> versions = CatalogRepository(ctx.database()).versions(current.serviceId);
    QJsonArray a;
    QStringList lines;
    for (const ServiceStandard& v : versions) {
        a.append(listEntry(v));
        lines << tr("Version %1 from %2: %3, %4%5")
                     .arg(v.version)
                     .arg(QLocale().toString(v.validFrom, QLocale::ShortFormat), workingDays(v.completionWorkingDays),
                          rupiah(v.feeAmount), v.current ? tr(" (current)") : QString());
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
        throw UsageError{tr("catalog import-standard needs the annex text FILE.")};
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
        throw UsageError{tr("catalog import needs the catalogue JSON FILE.")};
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
        throw Error::invalid(tr("The file %1 cannot be written: %2").arg(output, f.errorString()),
                             QStringLiteral("output"));
    const int count = int(CatalogRepository(context.database()).listCurrent().size());
    const QString absolute = QFileInfo(output).absoluteFilePath();
    ctx.print(QJsonObject{{QStringLiteral("file"), absolute}, {QStringLiteral("services"), count}},
              tr("Services exported: %1, to %2.").arg(count).arg(absolute));
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
    throw UsageError{sub.isEmpty()
                         ? tr("catalog needs a sub-command: list, show, versions, import-standard, import, export.")
                         : tr("Unknown catalog sub-command: %1.").arg(sub)};
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
