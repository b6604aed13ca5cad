#include "ComplaintCommands.h"
#include "CliText.h"

#include "ComplaintWorkflowCommands.h"

#include "ReceiptCommands.h"
#include "calendar/ClockStateText.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "complaints/ComplaintCsvImport.h"
#include "complaints/ComplaintJson.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintOrder.h"
#include "complaints/ComplaintProcess.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace loket::cli {

namespace {
QDateTime parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss")}) {
        const QDateTime at = QDateTime::fromString(t, format);
        if (at.isValid())
            return QDateTime(at.date(), at.time(), Clock::zone());
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (at.isValid())
        return at.timeSpec() == Qt::LocalTime ? QDateTime(at.date(), at.time(), Clock::zone()) : at;
    const QDate d = Bounds::strictIsoDate(t);
    if (d.isValid())
        return QDateTime(d, QTime(0, 0), Clock::zone());
    throw Error::invalid(Cli::tr("--received %1 is not a date and time (YYYY-MM-DD HH:MM).").arg(text),
                         QStringLiteral("received"));
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString showText(const Complaint& c, const TriageResult& t, const ClockResult& clock)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3").arg(c.number, complaintKindTitle(c.kind), ComplaintStates::title(c.state));
    lines << Cli::tr("Received: %1 via %2 (%3)")
                 .arg(c.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.channelLabel, c.channelKey);
    lines << Cli::tr("Complainant: %1 %2")
                 .arg(c.complainantName.isEmpty() ? Cli::tr("(no identity)") : c.complainantName, c.complainantContact);
    if (!c.caseRegNumber.isEmpty())
        lines << Cli::tr("Related case: %1 (handed over %2)").arg(c.caseRegNumber, dateText(c.caseHandedOverOn));
    else if (c.caseHandedOverOn.isValid())
        lines << Cli::tr("Service received on %1 (no case)").arg(dateText(c.caseHandedOverOn));
    if (!c.serviceKbli.isEmpty())
        lines << Cli::tr("Service: %1 %2").arg(c.serviceKbli, c.serviceName);
    lines << Cli::tr("Object: %1").arg(c.objectText.isEmpty() ? Cli::tr("(none)") : c.objectText);
    lines << Cli::tr("Triage: %1 — %2").arg(ComplaintTriage::ruleTitle(c.triageRule), t.explanation());
    if (c.overridden)
        lines << Cli::tr("Overridden by %1: %2").arg(c.overrideBy, c.overrideReason);
    if (c.isComplaint())
        lines << Cli::tr("Answer due: %1 (%2, %3)")
                     .arg(dateText(clock.dueDate), ClockStateText::title(clock.state),
                          ClockStateText::daysLeftText(clock));
    if (!c.sector.isEmpty() || !c.problemType.isEmpty())
        lines << Cli::tr("Sector: %1; problem type: %2")
                     .arg(c.sector.isEmpty() ? Cli::tr("(none)") : c.sector,
                          c.problemType.isEmpty() ? Cli::tr("(not classified)") : c.problemType);
    if (c.isComplaint() && !c.reviewSteps.isEmpty()) {
        lines << Cli::tr("Review steps:");
        for (const ComplaintReviewStep& s : c.reviewSteps)
            lines << QStringLiteral("  %1. [%2] %3%4")
                         .arg(s.position + 1)
                         .arg(s.done() ? dateText(s.doneOn) : QStringLiteral("          "), s.label,
                              s.note.isEmpty() ? QString() : QStringLiteral(" — ") + s.note);
    }
    if (c.plan.any()) {
        QStringList plan;
        if (c.plan.clarification)
            plan << QStringLiteral("clarification");
        if (c.plan.confirmation)
            plan << QStringLiteral("confirmation");
        if (c.plan.research)
            plan << QStringLiteral("research");
        if (c.plan.investigation)
            plan << QStringLiteral("investigation");
        lines << Cli::tr("Plan: %1").arg(plan.join(QStringLiteral(", ")));
    }
    if (c.clarificationDone)
        lines << Cli::tr("Clarified with %1 on %2").arg(c.clarificationWith, dateText(c.clarificationOn));
    if (!c.resolutionPath.isEmpty())
        lines << Cli::tr("Resolution path: %1 (%2), %n level report(s)", nullptr,
                         int(c.escalationsOn(c.resolutionPath).size()))
                     .arg(c.resolutionPath, ResolutionPaths::title(c.resolutionPath));
    if (c.apipApproved())
        lines << Cli::tr("APIP approved by %1 on %2")
                     .arg(c.apipApprovedBy,
                          c.apipApprovedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    for (const ComplaintEscalation& e : c.escalations)
        lines << QStringLiteral("  %1 %2  %3  %4, %5: %6")
                     .arg(e.path)
                     .arg(e.level)
                     .arg(dateText(e.reportedOn), e.position, e.officer, e.report.section(QLatin1Char('\n'), 0, 0));
    if (c.hasAnswer())
        lines << Cli::tr("Answered on %1 via %2").arg(dateText(c.answerOn), c.answerChannel);
    if (c.hasSuperiorReport())
        lines << Cli::tr("Reported to %1 on %2").arg(c.superiorName, dateText(c.superiorReportOn));
    if (!c.note.isEmpty())
        lines << Cli::tr("Note: %1").arg(c.note);
    if (c.closedAt.isValid())
        lines << Cli::tr("Closed at %1")
                     .arg(c.closedAt.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    else if (c.isComplaint() && c.state == ComplaintStates::Answered) {
        const QStringList missing = ComplaintProcess::missingForClose(c);
        if (!missing.isEmpty())
            lines << Cli::tr("Still needed to close: %1").arg(missing.join(QStringLiteral("; ")));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QDate complaintDateOption(const QString& text, const QString& option)
{
    if (text.isEmpty())
        return {};
    const QDate d = Bounds::strictIsoDate(text);
    if (!d.isValid())
        throw Error::invalid(Cli::tr("--%1 %2 is not a date (YYYY-MM-DD).").arg(option, text), option);
    return d;
}

void printComplaint(CliContext& ctx, const Context& c, const Complaint& complaint, const QString& headline)
{
    const TriageResult t = ComplaintService::triageOf(complaint);
    const ClockResult clock = ComplaintService::answerClock(c, complaint);
    // What the standard expects next, from core (the same line the complaint screen shows).
    const QString next = ComplaintOrder::nextStep(complaint, ComplaintLevels::positions(ctx.database()));
    QJsonObject json = ComplaintJson::full(complaint, t, clock);
    json.insert(QStringLiteral("next_step"), next);
    QString text = headline + QLatin1Char('\n') + showText(complaint, t, clock);
    if (!next.isEmpty())
        text += QLatin1Char('\n') + next;
    ctx.print(json, text);
}

namespace {

int runAdd(CliContext& ctx, CliArgs& args)
{
    ComplaintIntake in;
    in.channelKey = args.option(QStringLiteral("channel"));
    const QString received = args.option(QStringLiteral("received"));
    in.complainantName = args.option(QStringLiteral("name"));
    in.complainantIdNumber = args.option(QStringLiteral("id-number"));
    in.complainantContact = args.option(QStringLiteral("contact"));
    in.complainantAddress = args.option(QStringLiteral("address"));
    in.caseRegNumber = args.option(QStringLiteral("case"));
    in.serviceKbli = args.option(QStringLiteral("service"));
    in.serviceDate =
        complaintDateOption(args.option(QStringLiteral("service-date")).trimmed(), QStringLiteral("service-date"));
    in.objectText = args.option(QStringLiteral("object"));
    while (args.hasOption(QStringLiteral("attach")))
        in.attachmentPaths << args.option(QStringLiteral("attach"));
    args.finish();
    if (in.channelKey.isEmpty())
        throw UsageError{Cli::tr("complaint add needs --channel KEY (a..m of the standard).")};
    const Context c = ctx.userContext();
    in.receivedAt = received.isEmpty() ? c.clock().now() : parseDateTime(received);
    const Complaint saved = ComplaintService::intake(c, in);
    printComplaint(ctx, c, saved, Cli::tr("Recorded %1.").arg(saved.number));
    return ExitOk;
}

int runList(CliContext& ctx, CliArgs& args)
{
    ComplaintFilter filter;
    filter.state = args.option(QStringLiteral("state"));
    filter.clockState = args.option(QStringLiteral("clock")).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString kind = args.option(QStringLiteral("kind"));
    filter.channelKey = args.option(QStringLiteral("channel"));
    filter.serviceKbli = args.option(QStringLiteral("service"));
    filter.problemType = args.option(QStringLiteral("problem"));
    filter.from = complaintDateOption(args.option(QStringLiteral("from")), QStringLiteral("from"));
    filter.to = complaintDateOption(args.option(QStringLiteral("to")), QStringLiteral("to"));
    const QString limitText = args.option(QStringLiteral("limit"));
    const QString after = args.option(QStringLiteral("after"));
    args.finish();
    if (!kind.isEmpty()) {
        ComplaintKind k;
        if (!complaintKindFromKey(kind, &k))
            throw UsageError{Cli::tr("--kind must be complaint or suggestion.")};
        filter.kind = k;
    }
    if (!filter.state.isEmpty() && !ComplaintStates::all().contains(filter.state))
        throw UsageError{Cli::tr("--state must be one of %1.").arg(ComplaintStates::all().join(QStringLiteral(", ")))};
    if (!filter.clockState.isEmpty() && !complaintClockStateKeys().contains(filter.clockState))
        throw UsageError{Cli::tr("--clock must be overdue, at-risk, on-track, met or missed.")};
    int limit = 1000;
    if (!limitText.isEmpty()) {
        limit = Bounds::wholeNumber(limitText, 1, Bounds::kMaxLimit, QStringLiteral("--limit"));
    }
    const Context c = ctx.userContext();
    QJsonArray rows;
    QString text;
    // --after NUMBER seeks past that complaint in the register's order (keyset paging): any page
    // costs what the first one costs.
    ComplaintCursor cursor =
        after.isEmpty() ? ComplaintCursor{} : ComplaintCursor::after(ComplaintService::get(c, after));
    QString last;
    int left = limit;
    while (left > 0) {
        const QList<Complaint> page = ComplaintService::page(c, filter, cursor, qMin(left, 500));
        for (const Complaint& row : page) {
            const QString clock = ComplaintService::clockState(c, row);
            rows.append(ComplaintJson::row(row, clock));
            text +=
                QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                    .arg(row.number, row.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         complaintKindKey(row.kind).leftJustified(10), row.state.leftJustified(10), dateText(row.dueOn),
                         clock.isEmpty() ? QStringLiteral("-") : ComplaintRegister::clockTitle(clock),
                         row.complainantName.isEmpty() ? QStringLiteral("-") : row.complainantName);
            last = row.number;
        }
        if (page.size() < qMin(left, 500))
            break;
        left -= int(page.size());
        cursor = ComplaintCursor::after(page.last());
    }
    if (rows.isEmpty())
        text = Cli::tr("No complaints match.");
    ctx.print(rows, text);
    if (rows.size() == limit)
        ctx.message(Cli::tr("More may follow: --after %1").arg(last));
    return ExitOk;
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString id = args.takeFirst();
    args.finish();
    if (id.isEmpty())
        throw UsageError{Cli::tr("complaint show needs the complaint's number or id.")};
    const Context c = ctx.userContext();
    const Complaint complaint = ComplaintService::get(c, id);
    const TriageResult t = ComplaintService::triageOf(complaint);
    const ClockResult clock = ComplaintService::answerClock(c, complaint);
    QJsonObject o = ComplaintJson::full(complaint, t, clock);
    o.insert(QStringLiteral("prior"), ComplaintJson::prior(ComplaintService::prior(c, complaint)));
    ctx.print(o, showText(complaint, t, clock));
    return ExitOk;
}

int runImport(CliContext& ctx, CliArgs& args)
{
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("complaint import needs the CSV FILE.")};
    const Context c = ctx.userContext();
    const ComplaintImportResult r = ComplaintCsvImport(c).importFile(file, encoding);
    QJsonArray problems;
    for (const ComplaintImportProblem& p : r.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
        ctx.message(p.message);
    }
    if (!r.ok()) {
        ctx.message(Cli::tr("Nothing was imported: %n row problem(s).", nullptr, int(r.problems.size())));
        if (ctx.json)
            ctx.print(QJsonObject{{QStringLiteral("imported"), 0}, {QStringLiteral("problems"), problems}}, {});
        return ExitInvalid;
    }
    QJsonArray imported;
    QString text = Cli::tr("Imported %n complaint(s).", nullptr, int(r.imported.size())) + QLatin1Char('\n');
    for (const Complaint& complaint : r.imported) {
        imported.append(ComplaintJson::full(complaint, ComplaintService::triageOf(complaint),
                                            ComplaintService::answerClock(c, complaint)));
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(complaint.number, complaintKindKey(complaint.kind), complaint.triageRule,
                         dateText(complaint.dueOn));
    }
    ctx.print(QJsonObject{{QStringLiteral("imported"), int(r.imported.size())},
                          {QStringLiteral("complaints"), imported},
                          {QStringLiteral("problems"), problems}},
              text);
    return ExitOk;
}

int runComplaint(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("add"))
        return runAdd(ctx, args);
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    if (sub == QLatin1String("receipt"))
        return runComplaintReceipt(ctx, args);
    if (const auto exit = runComplaintWorkflow(ctx, sub, args))
        return *exit;
    throw UsageError{Cli::tr("Unknown complaint command: %1.").arg(sub)};
}
} // namespace

void addComplaintCommands(QList<Command>& list)
{
    list.append({QStringLiteral("complaint"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "complaint add --channel KEY [--received \"YYYY-MM-DD HH:MM\"] [--name NAME] "
                     "[--id-number NIK] [--contact TEXT] [--address TEXT] [--case REG] "
                     "[--service-date DATE] [--service KBLI] [--object TEXT] [--attach FILE]...\n"
                     "complaint list [--kind complaint|suggestion] [--state S] "
                     "[--clock overdue|at-risk|on-track|met|missed] [--from DATE] [--to DATE] "
                     "[--channel KEY] [--service KBLI] [--problem TYPE] [--limit N] [--after NUMBER]\n"
                     "complaint show NUMBER|ID\n"
                     "complaint import FILE.csv [--encoding NAME]   (UTF-8 unless --encoding, e.g. cp1252)\n"
                     "complaint receipt NUMBER --pdf FILE [--layout a4|thermal]")) +
                     QLatin1Char('\f') + complaintWorkflowUsage(),
                 runComplaint});
}

} // namespace loket::cli
