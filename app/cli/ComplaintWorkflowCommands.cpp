#include "ComplaintWorkflowCommands.h"
#include "CliText.h"

#include "ComplaintCommands.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "complaints/ComplaintLetters.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <cstdio>
#include <functional>
#include <utility>

namespace loket::cli {

namespace {
// Texts longer than this cannot be valid (core allows 20,000 characters); refuse before reading on.
constexpr qint64 kMaxTextFileBytes = 1024 * 1024;

// The complaint the command acts on: its number or id, the first word after the command. Taken
// after the options, so that an option's value is never mistaken for it.
QString takeNumber(CliArgs& args, const QString& command)
{
    const QString number = args.takeFirst();
    if (number.isEmpty())
        throw UsageError{Cli::tr("complaint %1 needs the complaint's NUMBER or id.").arg(command)};
    return number;
}

// An option the command cannot do without (exit 2 when it is missing); its value goes to core as given.
QString requiredOption(CliArgs& args, const QString& command, const QString& option, const QString& placeholder)
{
    if (!args.hasOption(option))
        throw UsageError{Cli::tr("complaint %1 needs --%2 %3.").arg(command, option, placeholder)};
    return args.option(option);
}

// --date YYYY-MM-DD; an invalid date (meaning today) when the option is absent.
QDate takeDate(CliArgs& args)
{
    if (!args.hasOption(QStringLiteral("date")))
        return {};
    const QString text = args.option(QStringLiteral("date")).trimmed();
    if (text.isEmpty())
        throw Error::invalid(Cli::tr("--date needs a date (YYYY-MM-DD)."), QStringLiteral("date"));
    return complaintDateOption(text, QStringLiteral("date"));
}

QDate orToday(QDate date, const Context& c)
{
    return date.isValid() ? date : c.clock().today();
}

// A text given inline (--NAME TEXT) or read from a file (--NAME-file FILE, - for standard input).
// The file is read only after the command line was checked.
struct TextArg
{
    QString option; // the file option, --NAME-file
    QString text;
    QString file;
};

TextArg takeText(CliArgs& args, const QString& command, const QString& name)
{
    TextArg t{name + QStringLiteral("-file"), {}, {}};
    const bool inlineText = args.hasOption(name);
    const bool fromFile = args.hasOption(t.option);
    if (inlineText == fromFile)
        throw UsageError{Cli::tr("complaint %1 needs either --%2 TEXT or --%3 FILE.").arg(command, name, t.option)};
    if (inlineText)
        t.text = args.option(name);
    else
        t.file = args.option(t.option);
    return t;
}

// Runs one step as the signed-in user and prints the complaint after it under its headline: the
// shape of every workflow command below.
int runStep(CliContext& ctx, const std::function<Complaint(const Context&)>& step,
            const std::function<QString(const Complaint&)>& headline)
{
    const Context c = ctx.userContext();
    const Complaint saved = step(c);
    printComplaint(ctx, c, saved, headline(saved));
    return ExitOk;
}

QString readText(const TextArg& t)
{
    if (t.file.isEmpty())
        return t.text;
    QFile f;
    const bool open = t.file == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                   : (f.setFileName(t.file), f.open(QIODevice::ReadOnly));
    if (!open)
        throw Error::invalid(Cli::tr("--%1: the file %2 cannot be read: %3").arg(t.option, t.file, f.errorString()),
                             t.option);
    const QByteArray bytes = f.read(kMaxTextFileBytes + 1);
    if (bytes.size() > kMaxTextFileBytes)
        throw Error::invalid(
            Cli::tr("--%1: the file %2 is too large for a text (more than 1 MB).").arg(t.option, t.file), t.option);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        throw Error::invalid(Cli::tr("--%1: the file %2 is not UTF-8 text.").arg(t.option, t.file), t.option);
    return text;
}

int runTriage(CliContext& ctx, CliArgs& args)
{
    const QString kindKey =
        requiredOption(args, QStringLiteral("triage"), QStringLiteral("kind"), QStringLiteral("complaint|suggestion"));
    const QString reason =
        requiredOption(args, QStringLiteral("triage"), QStringLiteral("reason"), QStringLiteral("TEXT"));
    const QString id = takeNumber(args, QStringLiteral("triage"));
    args.finish();
    ComplaintKind kind;
    if (!complaintKindFromKey(kindKey, &kind))
        throw UsageError{Cli::tr("--kind must be complaint or suggestion.")};
    return runStep(
        ctx, [&](const Context& c) { return ComplaintService::overrideTriage(c, id, kind, reason); },
        [&](const Complaint& saved) {
            return Cli::tr("%1 is now: %2 (%3).")
                .arg(saved.number, complaintKindTitle(saved.kind), ComplaintStates::title(saved.state));
        });
}

int runNote(CliContext& ctx, CliArgs& args)
{
    const TextArg text = takeText(args, QStringLiteral("note"), QStringLiteral("text"));
    const QString id = takeNumber(args, QStringLiteral("note"));
    args.finish();
    return runStep(
        ctx, [&](const Context& c) { return ComplaintService::noteSuggestion(c, id, readText(text)); },
        [&](const Complaint& saved) { return Cli::tr("Noted what was done with suggestion %1.").arg(saved.number); });
}

int runAttach(CliContext& ctx, CliArgs& args)
{
    const QString id = takeNumber(args, QStringLiteral("attach"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("complaint attach needs the FILE to attach.")};
    return runStep(
        ctx, [&](const Context& c) { return ComplaintService::addAttachment(c, id, file); },
        [&](const Complaint& saved) { return Cli::tr("Attached %1 to %2.").arg(file, saved.number); });
}

int runClassify(CliContext& ctx, CliArgs& args)
{
    const bool hasSector = args.hasOption(QStringLiteral("sector"));
    const bool hasProblem = args.hasOption(QStringLiteral("problem"));
    QString sector = args.option(QStringLiteral("sector"));
    QString problem = args.option(QStringLiteral("problem"));
    const bool hasOther = args.hasOption(QStringLiteral("problem-other"));
    QString other = args.option(QStringLiteral("problem-other"));
    const QString id = takeNumber(args, QStringLiteral("classify"));
    args.finish();
    if (!hasSector && !hasProblem)
        throw UsageError{Cli::tr("complaint classify needs --sector TEXT, --problem TYPE or both.")};
    const Context c = ctx.userContext();
    if (!hasSector || !hasProblem) {
        // The option not given keeps what is stored.
        const Complaint current = ComplaintService::get(c, id);
        if (!hasSector)
            sector = current.sector;
        if (!hasProblem)
            problem = current.problemType;
        if (!hasOther)
            other = current.problemTypeOther;
    }
    const Complaint saved = ComplaintProcess::classify(c, id, sector, problem, other);
    printComplaint(ctx, c, saved, Cli::tr("Classified %1.").arg(saved.number));
    return ExitOk;
}

int runReview(CliContext& ctx, CliArgs& args)
{
    const QString stepText =
        requiredOption(args, QStringLiteral("review"), QStringLiteral("step"), QStringLiteral("N"));
    const bool reopen = args.flag(QStringLiteral("reopen"));
    const bool dated = args.hasOption(QStringLiteral("date"));
    const QDate date = takeDate(args);
    const QString note = args.option(QStringLiteral("note"));
    const QString id = takeNumber(args, QStringLiteral("review"));
    args.finish();
    bool ok = false;
    const int step = stepText.toInt(&ok);
    if (!ok)
        throw UsageError{Cli::tr("--step must be the number of a review step (1, 2, ...), not \"%1\".").arg(stepText)};
    if (reopen && dated)
        throw UsageError{Cli::tr("complaint review takes --date or --reopen, not both.")};
    return runStep(
        ctx,
        [&](const Context& c) {
            return ComplaintProcess::recordReviewStep(c, id, step - 1, reopen ? QDate() : orToday(date, c), note);
        },
        [&](const Complaint& saved) {
            return (reopen ? Cli::tr("Review step %1 of %2 reopened.") : Cli::tr("Review step %1 of %2 done."))
                .arg(step)
                .arg(saved.number);
        });
}

int runPlan(CliContext& ctx, CliArgs& args)
{
    const QString steps = requiredOption(args, QStringLiteral("plan"), QStringLiteral("steps"),
                                         QStringLiteral("clarification,confirmation,research,investigation|none"));
    const QString id = takeNumber(args, QStringLiteral("plan"));
    args.finish();
    ComplaintPlan plan;
    const QStringList keys = steps.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : keys) {
        const QString key = raw.trimmed();
        if (key == QLatin1String("clarification"))
            plan.clarification = true;
        else if (key == QLatin1String("confirmation"))
            plan.confirmation = true;
        else if (key == QLatin1String("research"))
            plan.research = true;
        else if (key == QLatin1String("investigation"))
            plan.investigation = true;
        else if (key != QLatin1String("none") || keys.size() > 1)
            throw UsageError{
                Cli::tr("--steps takes clarification, confirmation, research and investigation separated by "
                        "commas, or none; not \"%1\".")
                    .arg(key)};
    }
    if (keys.isEmpty())
        throw UsageError{Cli::tr("--steps takes clarification, confirmation, research and investigation separated by "
                                 "commas, or none; not \"%1\".")
                             .arg(steps)};
    return runStep(
        ctx, [&](const Context& c) { return ComplaintProcess::setPlan(c, id, plan); },
        [&](const Complaint& saved) { return Cli::tr("Handling plan of %1 recorded.").arg(saved.number); });
}

int runClarify(CliContext& ctx, CliArgs& args)
{
    const QString with =
        requiredOption(args, QStringLiteral("clarify"), QStringLiteral("with"), QStringLiteral("TEXT"));
    const QDate date = takeDate(args);
    const QString id = takeNumber(args, QStringLiteral("clarify"));
    args.finish();
    return runStep(
        ctx, [&](const Context& c) { return ComplaintProcess::recordClarification(c, id, with, orToday(date, c)); },
        [&](const Complaint& saved) { return Cli::tr("Clarification of %1 recorded.").arg(saved.number); });
}

int runResolve(CliContext& ctx, CliArgs& args)
{
    const QString path = requiredOption(args, QStringLiteral("resolve"), QStringLiteral("path"),
                                        QStringLiteral("internal|technical|apip"));
    const QString id = takeNumber(args, QStringLiteral("resolve"));
    args.finish();
    const Context c = ctx.userContext();
    const Complaint saved = ComplaintProcess::chooseResolution(c, id, path.trimmed());
    QString headline = Cli::tr("Resolution path of %1: %2.").arg(saved.number, ResolutionPaths::title(saved.resolutionPath));
    if (ComplaintProcess::pathNeedsApproval(c.database(), saved) && !saved.apipApproved())
        headline += QLatin1Char('\n') + Cli::tr("This path needs the head of office's approval (complaint approve-apip) "
                                           "before its levels are recorded.");
    printComplaint(ctx, c, saved, headline);
    return ExitOk;
}

int runApproveApip(CliContext& ctx, CliArgs& args)
{
    const QString note = args.option(QStringLiteral("note"));
    const QString id = takeNumber(args, QStringLiteral("approve-apip"));
    args.finish();
    return runStep(
        ctx, [&](const Context& c) { return ComplaintProcess::approveApip(c, id, note); },
        [&](const Complaint& saved) { return Cli::tr("Involving APIP in %1 approved.").arg(saved.number); });
}

int runUnresolved(CliContext& ctx, CliArgs& args)
{
    const QDate date = takeDate(args);
    const TextArg note = takeText(args, QStringLiteral("unresolved"), QStringLiteral("note"));
    const QString id = takeNumber(args, QStringLiteral("unresolved"));
    args.finish();
    return runStep(
        ctx,
        [&](const Context& c) { return ComplaintProcess::recordUnresolved(c, id, orToday(date, c), readText(note)); },
        [&](const Complaint& saved) {
            return Cli::tr("The %1 attempt on %2 is recorded as unresolved; APIP may be involved.")
                .arg(ResolutionPaths::title(saved.unresolvedPath), saved.number);
        });
}

// The office's ordered list of posts for the level-by-level handling; --set "A;B;C" replaces it.
int runPositions(CliContext& ctx, CliArgs& args)
{
    const bool set = args.hasOption(QStringLiteral("set"));
    const QString list = args.option(QStringLiteral("set"));
    args.finish();
    const Context c = ctx.userContext();
    if (set)
        ComplaintLevels::setPositions(c, list.split(QLatin1Char(';')));
    const QStringList posts = ComplaintLevels::positions(c.database());
    QJsonArray array;
    for (const QString& p : posts)
        array.append(p);
    ctx.print(QJsonObject{{QStringLiteral("positions"), array}}, posts.join(QLatin1Char('\n')));
    return ExitOk;
}

int runEscalate(CliContext& ctx, CliArgs& args)
{
    const QString position =
        requiredOption(args, QStringLiteral("escalate"), QStringLiteral("position"), QStringLiteral("POST"));
    const QString officer =
        requiredOption(args, QStringLiteral("escalate"), QStringLiteral("officer"), QStringLiteral("NAME"));
    const QDate date = takeDate(args);
    const TextArg report = takeText(args, QStringLiteral("escalate"), QStringLiteral("report"));
    const QString id = takeNumber(args, QStringLiteral("escalate"));
    args.finish();
    return runStep(
        ctx,
        [&](const Context& c) {
            return ComplaintProcess::addEscalation(c, id, position, officer, orToday(date, c), readText(report));
        },
        [&](const Complaint& saved) {
            return Cli::tr("Level %1 of %2 recorded.")
                .arg(saved.escalationsOn(saved.resolutionPath).size())
                .arg(saved.number);
        });
}

int runAnswer(CliContext& ctx, CliArgs& args)
{
    const QString channel =
        requiredOption(args, QStringLiteral("answer"), QStringLiteral("channel"), QStringLiteral("HOW"));
    const QDate date = takeDate(args);
    const TextArg text = takeText(args, QStringLiteral("answer"), QStringLiteral("text"));
    const QString id = takeNumber(args, QStringLiteral("answer"));
    args.finish();
    return runStep(
        ctx,
        [&](const Context& c) {
            return ComplaintProcess::recordAnswer(c, id, channel, orToday(date, c), readText(text));
        },
        [&](const Complaint& saved) { return Cli::tr("Answer to %1 recorded.").arg(saved.number); });
}

int runReport(CliContext& ctx, CliArgs& args)
{
    const QString superior =
        requiredOption(args, QStringLiteral("report"), QStringLiteral("superior"), QStringLiteral("NAME"));
    const QDate date = takeDate(args);
    const TextArg text = takeText(args, QStringLiteral("report"), QStringLiteral("text"));
    const QString id = takeNumber(args, QStringLiteral("report"));
    args.finish();
    return runStep(
        ctx,
        [&](const Context& c) {
            return ComplaintProcess::recordSuperiorReport(c, id, superior, orToday(date, c), readText(text));
        },
        [&](const Complaint& saved) { return Cli::tr("Report of %1 to the direct superior recorded.").arg(saved.number); });
}

int runClose(CliContext& ctx, CliArgs& args)
{
    const QString id = takeNumber(args, QStringLiteral("close"));
    args.finish();
    return runStep(
        ctx, [&](const Context& c) { return ComplaintProcess::close(c, id); },
        [&](const Complaint& saved) { return Cli::tr("Closed %1.").arg(saved.number); });
}
int runLetter(CliContext& ctx, CliArgs& args)
{
    const QString kind = requiredOption(args, QStringLiteral("letter"), QStringLiteral("kind"), QStringLiteral("answer|report"));
    const QString pdf = requiredOption(args, QStringLiteral("letter"), QStringLiteral("pdf"), QStringLiteral("FILE"));
    const QString id = takeNumber(args, QStringLiteral("letter"));
    args.finish();
    if (kind != QLatin1String("answer") && kind != QLatin1String("report"))
        throw UsageError{Cli::tr("complaint letter --kind is answer (the letter to the complainant) or report (to the "
                                 "direct superior), not %1.")
                             .arg(kind)};
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw UsageError{
            Cli::tr("PDF output needs the graphics system, which starts only when --pdf is on the command line.")};
    const Context c = ctx.userContext();
    const Complaint complaint = ComplaintService::get(c, id);
    const QString path = QFileInfo(pdf).absoluteFilePath();
    if (kind == QLatin1String("answer"))
        ui::ComplaintLetters::writeAnswerLetter(ctx.database(), complaint, path);
    else
        ui::ComplaintLetters::writeSuperiorReport(ctx.database(), complaint, path);
    ctx.print(QJsonObject{{QStringLiteral("number"), complaint.number},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("pdf"), path}},
              Cli::tr("Wrote %1.").arg(path));
    return ExitOk;
}
} // namespace

std::optional<int> runComplaintWorkflow(CliContext& ctx, const QString& sub, CliArgs& args)
{
    using Run = int (*)(CliContext&, CliArgs&);
    static const QList<std::pair<QString, Run>> commands{
        {QStringLiteral("triage"), runTriage},
        {QStringLiteral("note"), runNote},
        {QStringLiteral("attach"), runAttach},
        {QStringLiteral("classify"), runClassify},
        {QStringLiteral("review"), runReview},
        {QStringLiteral("plan"), runPlan},
        {QStringLiteral("clarify"), runClarify},
        {QStringLiteral("resolve"), runResolve},
        {QStringLiteral("approve-apip"), runApproveApip},
        {QStringLiteral("unresolved"), runUnresolved},
        {QStringLiteral("positions"), runPositions},
        {QStringLiteral("escalate"), runEscalate},
        {QStringLiteral("answer"), runAnswer},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("close"), runClose},
        {QStringLiteral("letter"), runLetter},
    };
    for (const auto& [name, run] : commands)
        if (name == sub)
            return run(ctx, args);
    return std::nullopt;
}

QString complaintWorkflowUsage()
{
    return QString::fromUtf8(QT_TRANSLATE_NOOP(
        "loket::cli::help",
        "complaint triage NUMBER --kind complaint|suggestion --reason TEXT\n"
        "complaint note NUMBER --text TEXT|--text-file FILE   (a suggestion: what was done with it)\n"
        "complaint attach NUMBER FILE\n"
        "complaint classify NUMBER [--sector TEXT] [--problem TYPE] [--problem-other TEXT]   (TYPE Lainnya)\n"
        "complaint review NUMBER --step N [--date YYYY-MM-DD | --reopen] [--note TEXT]\n"
        "complaint plan NUMBER --steps clarification,confirmation,research,investigation|none\n"
        "complaint clarify NUMBER --with TEXT [--date YYYY-MM-DD]\n"
        "complaint resolve NUMBER --path internal|technical|apip\n"
        "complaint approve-apip NUMBER [--note TEXT]\n"
        "complaint unresolved NUMBER --note TEXT|--note-file FILE [--date YYYY-MM-DD]\n"
        "complaint positions [--set \"POST;POST;...\"]   (the levels, from the officer up to the head)\n"
        "complaint escalate NUMBER --position POST --officer NAME [--date YYYY-MM-DD] --report "
        "TEXT|--report-file FILE\n"
        "complaint answer NUMBER --channel HOW [--date YYYY-MM-DD] --text TEXT|--text-file FILE\n"
        "complaint report NUMBER --superior NAME [--date YYYY-MM-DD] --text TEXT|--text-file FILE\n"
        "complaint close NUMBER\n"
        "complaint letter NUMBER --kind answer|report --pdf FILE"));
}

} // namespace loket::cli
