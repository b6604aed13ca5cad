#include "SurveyCommands.h"
#include "CliText.h"

#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/TextDecoding.h"
#include "survey/SurveyElements.h"
#include "survey/SurveyService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QJsonObject indexJson(const QString& period, const QString& kbli, const SurveyIndex& r)
{
    QJsonArray elements;
    for (const SurveyIndex::Element& e : r.elements)
        elements.append(QJsonObject{{QStringLiteral("key"), e.key},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("nrr"), e.nrr},
                                    {QStringLiteral("weighted_nrr"), e.weightedNrr}});
    return {{QStringLiteral("period"), period},
            {QStringLiteral("service"), kbli.isEmpty() ? QJsonValue() : QJsonValue(kbli)},
            {QStringLiteral("respondents"), r.respondents},
            {QStringLiteral("index"), r.index},
            {QStringLiteral("ikm"), r.ikm},
            {QStringLiteral("ikm_weight_0_11"), r.ikmRounded011},
            {QStringLiteral("grade"), r.grade},
            {QStringLiteral("grade_label"), r.gradeLabel},
            {QStringLiteral("served"), r.population},
            {QStringLiteral("sample_needed"), r.sampleNeeded},
            {QStringLiteral("sample_reached"), r.sampleEnough()},
            {QStringLiteral("elements"), elements}};
}

int runAdd(CliContext& ctx, CliArgs& args)
{
    SurveyResponse r;
    const QString date = args.option(QStringLiteral("date"));
    r.receivedOn = date.isEmpty() ? defaultClock().today() : Bounds::strictIsoDate(date);
    r.serviceKbli = args.option(QStringLiteral("service"));
    r.registration = args.option(QStringLiteral("case"));
    r.gender = args.option(QStringLiteral("gender"));
    r.comment = args.option(QStringLiteral("comment"));
    const QString answers = args.option(QStringLiteral("answers"));
    args.finish();
    if (answers.isEmpty())
        throw UsageError{Cli::tr("survey add needs --answers with one score 1-4 per element, e.g. 4,4,3,4,3,4,4,3,4.")};
    const QStringList scores = answers.split(QLatin1Char(','));
    const auto& elements = SurveyElements::builtIn();
    if (scores.size() != elements.size())
        throw Error::invalid(
            Cli::tr("--answers needs %1 scores (one per element), not %2.").arg(elements.size()).arg(scores.size()),
            QStringLiteral("answers"));
    for (int i = 0; i < elements.size(); ++i) {
        bool ok = false;
        const int v = scores[i].trimmed().toInt(&ok);
        r.answers.insert(elements[i].key, ok ? v : 0);
    }
    const Context c = ctx.userContext();
    const QString id = SurveyService::record(c, r);
    const QString period = SurveyService::periodFor(c.database(), r.receivedOn);
    ctx.print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("period"), period}},
              Cli::tr("Survey form %1 recorded for %2.").arg(id, period));
    return ExitOk;
}

int runImport(CliContext& ctx, CliArgs& args)
{
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("survey import needs the CSV FILE.")};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(Cli::tr("Cannot read %1: %2").arg(file, f.errorString()), QStringLiteral("file"));
    const Context c = ctx.userContext();
    const int n = SurveyService::importCsv(c, TextDecoding::decode(f.readAll(), encoding));
    ctx.print(QJsonObject{{QStringLiteral("imported"), n}}, Cli::tr("%1 survey forms imported.").arg(n));
    return ExitOk;
}

int runReport(CliContext& ctx, CliArgs& args)
{
    QString period = args.option(QStringLiteral("period"));
    const QString quarter = args.option(QStringLiteral("quarter")); // the older name of --period
    const QString kbli = args.option(QStringLiteral("service"));
    args.finish();
    if (!period.isEmpty() && !quarter.isEmpty())
        throw UsageError{Cli::tr("survey report takes --period or --quarter, not both.")};
    if (period.isEmpty())
        period = quarter;
    const Context c = ctx.userContext();
    if (period.isEmpty())
        period = SurveyService::periodFor(c.database(), defaultClock().today());
    const SurveyIndex r = SurveyService::index(c, period, kbli);
    QString text = Cli::tr("Satisfaction index (IKM) %1: %2 respondents").arg(period).arg(r.respondents);
    for (const SurveyIndex::Element& e : r.elements)
        text += QStringLiteral("\n  %1 %2  %3").arg(e.key, -3).arg(e.name, -42).arg(e.nrr, 0, 'f', 3);
    if (r.respondents > 0)
        text += QLatin1Char('\n') + Cli::tr("IKM %1 (%2, %3); with 0.11 weights: %4")
                                        .arg(r.ikm, 0, 'f', 2)
                                        .arg(r.grade, r.gradeLabel)
                                        .arg(r.ikmRounded011, 0, 'f', 2);
    if (!r.sampleText().isEmpty())
        text += QLatin1Char('\n') + r.sampleText();
    QJsonObject json = indexJson(period, kbli, r);
    QDate from, to;
    SurveyService::parsePeriod(period, &from, &to);
    json.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    json.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    json.insert(QStringLiteral("surveys_per_year"), SurveyService::surveysPerYear(c.database()));
    ctx.print(json, text);
    return ExitOk;
}

int runSurvey(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("add"))
        return runAdd(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    if (sub == QLatin1String("report"))
        return runReport(ctx, args);
    throw UsageError{Cli::tr("Unknown survey command: %1.").arg(sub)};
}
} // namespace

void addSurveyCommands(QList<Command>& list)
{
    list.append(
        {QStringLiteral("survey"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "loket::cli::help", "survey add --answers N,N,... [--date YYYY-MM-DD] [--service KBLI] [--case REG] "
                                 "[--gender L|P] [--comment TEXT]\nsurvey import FILE.csv [--encoding NAME]   (UTF-8 "
                                 "unless --encoding, e.g. cp1252)\n"
                                 "survey report [--period P] [--service KBLI]   (P as the standard's surveys a "
                                 "year: 2026-Q3, 2026-S1, 2026-T2, 2026-B5, 2026-07 or 2026)")),
         runSurvey});
}

} // namespace loket::cli
