#include "CaseCommands.h"
#include "CliText.h"

#include "calendar/ClockStateText.h"
#include "cases/CaseImporter.h"
#include "cases/CaseQueries.h"
#include "cases/CaseRepository.h"
#include "cases/CaseService.h"
#include "cases/DemoData.h"
#include "common/Bounds.h"
#include "common/Error.h"
#include "identity/IdentityMask.h"
#include "setup/DemoDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace loket::cli {

namespace {
// Applications hold names, phone numbers and addresses: only a signed-in user whose role works them
// reads them (exit 5 otherwise); identity numbers follow IdentityMask (lists always masked).
Context readContext(CliContext& ctx)
{
    const Context c = ctx.userContext();
    CaseService::requireRead(c);
    return c;
}

// The date given with --name; throws Error::invalid (exit 3) when it is not YYYY-MM-DD.
QDate parseDate(const QString& name, const QString& text)
{
    const QDate d = Bounds::strictIsoDate(text);
    if (!d.isValid())
        throw Error::invalid(Cli::tr("--%1 must be a date (YYYY-MM-DD), not \"%2\".").arg(name, text), name);
    return d;
}

QDate dateOption(CliArgs& args, const QString& name)
{
    const QString text = args.option(name);
    if (text.isEmpty())
        return {};
    return parseDate(name, text);
}

int intOption(CliArgs& args, const QString& name, int fallback, int min, int max)
{
    const QString text = args.option(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        throw Error::invalid(
            Cli::tr("--%1 must be a whole number from %2 to %3, not \"%4\".").arg(name).arg(min).arg(max).arg(text),
            name);
    return v;
}

QJsonObject clockJson(const ClockResult& r)
{
    QJsonObject o{{QStringLiteral("state"), r.paused ? QStringLiteral("paused") : ClockStateText::key(r.state)},
                  {QStringLiteral("working_days"), r.budget},
                  {QStringLiteral("used"), r.used},
                  {QStringLiteral("left"), r.left}};
    if (r.dueDate.isValid())
        o.insert(QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate));
    if (r.stoppedOn.isValid())
        o.insert(QStringLiteral("stopped_on"), r.stoppedOn.toString(Qt::ISODate));
    if (r.dueInUnconfirmedYear)
        o.insert(QStringLiteral("due_in_unconfirmed_year"), true);
    return o;
}

QString clockText(const ClockResult& r)
{
    if (r.paused)
        return Cli::tr("paused");
    QString s = ClockStateText::title(r.state);
    if (r.dueDate.isValid())
        s += QStringLiteral(" (%1)").arg(r.dueDate.toString(Qt::ISODate));
    return s;
}

int runList(CliContext& ctx, CliArgs& args)
{
    CaseFilter f;
    const QString stage = args.option(QStringLiteral("stage"));
    if (!stage.isEmpty()) {
        CaseStage s;
        if (!caseStageFromKey(stage, &s))
            throw Error::invalid(
                Cli::tr("--stage must be one of registered, verification, technical, signature, issued, "
                        "handed_over, returned, rejected, withdrawn; not \"%1\".")
                    .arg(stage),
                QStringLiteral("stage"));
        f.stage = s;
    }
    const QString clock = args.option(QStringLiteral("clock"));
    if (!clock.isEmpty() && !caseClockFilterFromKey(clock, &f.clock))
        throw Error::invalid(
            Cli::tr(
                "--clock must be overdue, at-risk, on-track, paused, not-started, stopped or due-today; not \"%1\".")
                .arg(clock),
            QStringLiteral("clock"));
    f.kbli = args.option(QStringLiteral("service"));
    f.officer = args.option(QStringLiteral("officer"));
    f.workstation = args.option(QStringLiteral("workstation")).trimmed().toUpper();
    f.search = args.option(QStringLiteral("search"));
    f.receivedFrom = dateOption(args, QStringLiteral("from"));
    f.receivedTo = dateOption(args, QStringLiteral("to"));
    const QString sort = args.option(QStringLiteral("sort"));
    if (sort == QLatin1String("oldest"))
        f.sort = CaseSort::ReceivedOldest;
    else if (sort == QLatin1String("number"))
        f.sort = CaseSort::RegistrationNumber;
    else if (sort == QLatin1String("due"))
        f.sort = CaseSort::DueDate;
    else if (sort == QLatin1String("stage"))
        f.sort = CaseSort::Stage;
    else if (sort == QLatin1String("applicant"))
        f.sort = CaseSort::ApplicantName;
    else if (!sort.isEmpty() && sort != QLatin1String("newest"))
        throw Error::invalid(Cli::tr("--sort must be newest, oldest, number, due, stage or applicant."),
                             QStringLiteral("sort"));
    const int limit = intOption(args, QStringLiteral("limit"), 50, 1, 100000);
    const int offset = intOption(args, QStringLiteral("offset"), 0, 0, 100000000);
    const QString after = args.option(QStringLiteral("after"));
    args.finish();
    if (!after.isEmpty() && offset > 0)
        throw UsageError{Cli::tr("Give --after or --offset, not both.")};

    const Context c = readContext(ctx);
    CaseQueries queries(c);
    // --after REG seeks past that case (keyset paging): any page costs what the first one costs.
    const QList<CaseRow> rows = after.isEmpty() ? queries.page(f, offset, limit) : queries.pageAfter(f, after, limit);
    QJsonArray array;
    QString text;
    for (const CaseRow& r : rows) {
        const QString nik = IdentityMask::nik(c.actor(), r.nik, IdentityPlace::Listing);
        array.append(QJsonObject{{QStringLiteral("registration_number"), r.registrationNumber},
                                 {QStringLiteral("received_at"), r.receivedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("kbli"), r.kbli},
                                 {QStringLiteral("service"), r.serviceName},
                                 {QStringLiteral("stage"), caseStageKey(r.stage)},
                                 {QStringLiteral("clock"), clockJson(r.clock)},
                                 {QStringLiteral("applicant"), r.applicantName},
                                 {QStringLiteral("nik"), nik},
                                 {QStringLiteral("business"), r.businessName},
                                 {QStringLiteral("nib"), r.nib},
                                 {QStringLiteral("officer"), r.officer},
                                 {QStringLiteral("workstation"), r.workstation}});
        text += QStringLiteral("%1  %2  %3  %4  %5 / %6\n")
                    .arg(r.registrationNumber, r.receivedAt.date().toString(Qt::ISODate), caseStageTitle(r.stage),
                         clockText(r.clock), r.applicantName, r.businessName);
    }
    if (rows.isEmpty())
        text = Cli::tr("No applications match.");
    ctx.print(array, text);
    if (rows.size() == limit)
        ctx.message(Cli::tr("More may follow: --after %1").arg(rows.last().registrationNumber));
    return ExitOk;
}

int runShow(CliContext& ctx, CliArgs& args)
{
    const QString reg = args.takeFirst();
    args.finish();
    if (reg.isEmpty())
        throw UsageError{Cli::tr("case show needs the REGISTRATION number.")};
    const Context c = readContext(ctx);
    CaseView v = CaseService::view(c, reg);
    v.record.applicant.nik = IdentityMask::nik(c.actor(), v.record.applicant.nik, IdentityPlace::Record);
    v.record.business.npwp = IdentityMask::npwp(c.actor(), v.record.business.npwp, IdentityPlace::Record);
    if (!v.record.representativeNik.isEmpty())
        v.record.representativeNik = IdentityMask::nik(c.actor(), v.record.representativeNik, IdentityPlace::Record);
    QJsonObject o = CaseRepository::toJson(v.record);
    o.insert(QStringLiteral("service"), v.standard.name);
    o.insert(QStringLiteral("standard_version"), v.standard.version);
    o.insert(QStringLiteral("completion_clock"), clockJson(v.completion));
    QJsonArray actions;
    for (CaseAction a : v.allowedActions)
        actions.append(CaseLifecycle::actionKey(a));
    o.insert(QStringLiteral("allowed_actions"), actions);

    const CaseRecord& r = v.record;
    QString text;
    text += Cli::tr("Application %1").arg(r.registrationNumber) + QLatin1Char('\n');
    text += Cli::tr("Service: %1 (KBLI %2, standard version %3)").arg(v.standard.name, r.kbli).arg(v.standard.version) +
            QLatin1Char('\n');
    text += Cli::tr("Stage: %1 since %2")
                .arg(caseStageTitle(r.stage), r.stageSince.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
            QLatin1Char('\n');
    text += Cli::tr("Applicant: %1, NIK %2, %3").arg(r.applicant.name, r.applicant.nik, r.applicant.phone) +
            QLatin1Char('\n');
    if (!r.representativeName.isEmpty())
        text += Cli::tr("Representative (kuasa): %1, NIK %2").arg(r.representativeName, r.representativeNik) +
                QLatin1Char('\n');
    text += Cli::tr("Business: %1, NIB %2, scale %3")
                .arg(r.business.name, r.business.nib.isEmpty() ? QStringLiteral("-") : r.business.nib,
                     BusinessScaleRules::title(r.business.scale)) +
            QLatin1Char('\n');
    text +=
        Cli::tr("Received: %1 by %2").arg(r.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.officerName) +
        QLatin1Char('\n');
    text += Cli::tr("Completion clock: %1").arg(clockText(v.completion)) + QLatin1Char('\n');
    if (!r.permitNumber.isEmpty())
        text += Cli::tr("Issued: NIB %1, permit %2, signed %3")
                    .arg(r.nibNumber, r.permitNumber, r.signedDate.toString(Qt::ISODate)) +
                QLatin1Char('\n');
    if (r.handedOverDate.isValid())
        text += Cli::tr("Handed over: %1").arg(r.handedOverDate.toString(Qt::ISODate)) + QLatin1Char('\n');
    text += Cli::tr("Checklist:") + QLatin1Char('\n');
    for (const ChecklistItem& i : r.checklist)
        text += QStringLiteral("  %1  %2  %3\n").arg(i.requirementKey, checklistStatusTitle(i.status), i.note);
    text += Cli::tr("Timeline:") + QLatin1Char('\n');
    for (const CaseEvent& e : r.events)
        text += QStringLiteral("  %1  %2 -> %3  %4  %5\n")
                    .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         e.fromStage.isEmpty() ? QStringLiteral("-") : e.fromStage, e.toStage, e.actorName, e.note);
    ctx.print(o, text);
    return ExitOk;
}

int runImport(CliContext& ctx, CliArgs& args)
{
    const QString encoding = args.option(QStringLiteral("encoding"));
    const QString file = args.takeFirst();
    args.finish();
    if (file.isEmpty())
        throw UsageError{Cli::tr("case import needs the CSV FILE.")};
    const CaseImportSummary s = CaseImporter::importFile(ctx.userContext(), file, encoding);
    QJsonArray problems;
    QString text;
    for (const CaseImportProblem& p : s.problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("column"), p.column},
                                    {QStringLiteral("message"), p.message}});
        text += p.column.isEmpty() ? Cli::tr("Line %1: %2").arg(p.line).arg(p.message)
                                   : Cli::tr("Line %1, column %2: %3").arg(p.line).arg(p.column, p.message);
        text += QLatin1Char('\n');
    }
    if (s.written)
        text = Cli::tr("Imported %1 applications (%2 registered, %3 returned): %4 … %5.")
                   .arg(s.rows)
                   .arg(s.registered)
                   .arg(s.returned)
                   .arg(s.firstNumber, s.lastNumber);
    else
        text += Cli::tr("Nothing was imported: correct the rows above and import the file again.");
    ctx.print(QJsonObject{{QStringLiteral("written"), s.written},
                          {QStringLiteral("rows"), s.rows},
                          {QStringLiteral("registered"), s.registered},
                          {QStringLiteral("returned"), s.returned},
                          {QStringLiteral("applicants_created"), s.applicantsCreated},
                          {QStringLiteral("businesses_created"), s.businessesCreated},
                          {QStringLiteral("first"), s.firstNumber},
                          {QStringLiteral("last"), s.lastNumber},
                          {QStringLiteral("problems"), problems}},
              text);
    return s.written ? ExitOk : ExitInvalid;
}

// --checklist "U1=valid,U2=present:what to fix,K1=missing": one KEY=STATUS[:NOTE] per requirement.
// A comma starts a new item only when a KEY= follows, so a note may contain commas. The keys and
// completeness are checked by core (CaseValidator), which names the requirement.
QList<ChecklistItem> parseChecklist(const QString& text)
{
    static const QRegularExpression itemStart(QStringLiteral(",\\s*(?=[A-Za-z][A-Za-z0-9._-]*\\s*=)"));
    QList<ChecklistItem> items;
    for (const QString& part : text.split(itemStart, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? QString() : item.left(eq).trimmed().toUpper();
        if (key.isEmpty())
            throw Error::invalid(
                Cli::tr("--checklist: \"%1\" is not KEY=STATUS (for example U1=valid, U2=present:note, "
                        "K1=missing).")
                    .arg(item),
                QStringLiteral("checklist"));
        const QString rest = item.mid(eq + 1);
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const QString statusText = (colon < 0 ? rest : rest.left(colon)).trimmed();
        ChecklistItem c;
        c.requirementKey = key;
        if (!checklistStatusFromKey(statusText, &c.status))
            throw Error::invalid(Cli::tr("--checklist: the status of %1 must be valid, present or missing; not \"%2\".")
                                     .arg(key, statusText),
                                 QStringLiteral("checklist.%1").arg(key));
        if (colon >= 0)
            c.note = rest.mid(colon + 1).trimmed();
        items.append(c);
    }
    if (items.isEmpty())
        throw Error::invalid(Cli::tr("--checklist is empty: give KEY=STATUS for every requirement."),
                             QStringLiteral("checklist"));
    return items;
}

QString actionKeyList()
{
    QStringList keys;
    for (CaseAction a : CaseLifecycle::allActions())
        keys << CaseLifecycle::actionKey(a);
    return keys.join(QStringLiteral(", "));
}

// The words and options of `case act`, read before the positional words (their values would
// otherwise be taken for REG or ACTION).
struct ActArgs
{
    QString reg;
    QString key;
    CaseAction action = CaseAction::Resubmit;
    QString reason, note, nib, permit, dateText, visitText, officer, checklistText;
    bool hasReason = false, hasNib = false, hasPermit = false, hasDate = false, hasVisit = false, hasOfficer = false,
         hasChecklist = false;
    QStringList documents;
};

// An option the action does not use is a mistake on the command line, not something to ignore.
void refuseUnusedOptions(const ActArgs& a)
{
    struct Given
    {
        QString name;
        bool present;
    };
    using A = CaseAction;
    const A action = a.action;
    const Given options[] = {
        {QStringLiteral("reason"),
         a.hasReason && action != A::Reject && action != A::Withdraw && action != A::ReturnForCorrection},
        {QStringLiteral("nib"), a.hasNib && action != A::Issue},
        {QStringLiteral("permit"), a.hasPermit && action != A::Issue},
        {QStringLiteral("date"), a.hasDate && action != A::Issue && action != A::HandOver},
        {QStringLiteral("field-visit"), a.hasVisit && action != A::CompleteTechnical},
        {QStringLiteral("field-officer"), a.hasOfficer && action != A::CompleteTechnical},
        {QStringLiteral("checklist"), a.hasChecklist && action != A::Resubmit && action != A::ReturnForCorrection},
        {QStringLiteral("document"), !a.documents.isEmpty() && action != A::Resubmit},
    };
    for (const Given& o : options) {
        if (!o.present)
            continue;
        if (o.name == QLatin1String("date"))
            throw UsageError{Cli::tr("%1 takes no --date: it is the signed date of issue and the hand-over date of "
                                     "hand_over.")
                                 .arg(a.key)};
        throw UsageError{Cli::tr("%1 takes no --%2.").arg(a.key, o.name)};
    }
}

ActArgs readActArgs(CliArgs& args)
{
    ActArgs a;
    auto take = [&](const QString& name, bool* present) {
        *present = args.hasOption(name);
        return args.option(name);
    };
    a.reason = take(QStringLiteral("reason"), &a.hasReason);
    a.note = args.option(QStringLiteral("note"));
    a.nib = take(QStringLiteral("nib"), &a.hasNib);
    a.permit = take(QStringLiteral("permit"), &a.hasPermit);
    a.dateText = take(QStringLiteral("date"), &a.hasDate);
    a.visitText = take(QStringLiteral("field-visit"), &a.hasVisit);
    a.officer = take(QStringLiteral("field-officer"), &a.hasOfficer);
    a.checklistText = take(QStringLiteral("checklist"), &a.hasChecklist);
    while (args.hasOption(QStringLiteral("document")))
        a.documents << args.option(QStringLiteral("document"));
    a.reg = args.takeFirst();
    a.key = args.takeFirst();
    args.finish();
    if (a.reg.isEmpty() || a.key.isEmpty())
        throw UsageError{Cli::tr("case act needs the REGISTRATION number and the ACTION (%1).").arg(actionKeyList())};
    if (!CaseLifecycle::actionFromKey(a.key, &a.action))
        throw UsageError{Cli::tr("Unknown action \"%1\"; ACTION is one of %2.").arg(a.key, actionKeyList())};
    refuseUnusedOptions(a);
    return a;
}

TransitionRequest actRequest(const ActArgs& a)
{
    TransitionRequest request;
    request.note = a.note;
    request.reason = a.reason;
    request.nibNumber = a.nib;
    request.permitNumber = a.permit;
    request.fieldOfficer = a.officer;
    if (a.hasDate) {
        const QDate day = parseDate(QStringLiteral("date"), a.dateText);
        if (a.action == CaseAction::Issue)
            request.signedDate = day;
        else
            request.handedOverDate = day;
    }
    if (a.hasVisit)
        request.fieldVisitDate = parseDate(QStringLiteral("field-visit"), a.visitText);
    if (a.hasChecklist)
        request.checklist = parseChecklist(a.checklistText);
    for (const QString& file : a.documents)
        request.documents.append(DocumentUpload{file, {}});
    return request;
}

// What the action recorded that only it has (the permit numbers of issue, the reason of a return).
void insertActionFields(QJsonObject& o, const ActArgs& a, const CaseRecord& r)
{
    switch (a.action) {
    case CaseAction::Issue:
        o.insert(QStringLiteral("nib_number"), r.nibNumber);
        o.insert(QStringLiteral("permit_number"), r.permitNumber);
        o.insert(QStringLiteral("signed_date"), r.signedDate.toString(Qt::ISODate));
        break;
    case CaseAction::HandOver:
        o.insert(QStringLiteral("handed_over_date"), r.handedOverDate.toString(Qt::ISODate));
        break;
    case CaseAction::CompleteTechnical:
        if (r.fieldVisitDate.isValid()) {
            o.insert(QStringLiteral("field_visit_date"), r.fieldVisitDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("field_officer"), r.fieldOfficer);
        }
        break;
    case CaseAction::Reject:
        o.insert(QStringLiteral("reason"), r.rejectionReason);
        break;
    case CaseAction::Withdraw:
        o.insert(QStringLiteral("reason"), r.withdrawalReason);
        break;
    case CaseAction::ReturnForCorrection:
        o.insert(QStringLiteral("reason"), a.reason.simplified());
        o.insert(QStringLiteral("returned_from"), r.returnedFrom);
        break;
    default:
        break;
    }
}

QJsonObject actJson(const Context& c, const ActArgs& a, CaseStage from, const CaseRecord& r)
{
    QJsonObject o{{QStringLiteral("registration_number"), r.registrationNumber},
                  {QStringLiteral("action"), CaseLifecycle::actionKey(a.action)},
                  {QStringLiteral("from"), caseStageKey(from)},
                  {QStringLiteral("to"), caseStageKey(r.stage)},
                  {QStringLiteral("stage_since"), r.stageSince.toString(Qt::ISODate)},
                  {QStringLiteral("clock"), r.clock}};
    if (r.dueDate.isValid())
        o.insert(QStringLiteral("due_date"), r.dueDate.toString(Qt::ISODate));
    if (!r.events.isEmpty() && !r.events.last().note.isEmpty())
        o.insert(QStringLiteral("note"), r.events.last().note);
    insertActionFields(o, a, r);
    if (a.action == CaseAction::Resubmit || (a.action == CaseAction::ReturnForCorrection && a.hasChecklist)) {
        QJsonArray items;
        for (const ChecklistItem& i : r.unmetRequirements())
            items.append(QJsonObject{{QStringLiteral("key"), i.requirementKey},
                                     {QStringLiteral("status"), checklistStatusKey(i.status)},
                                     {QStringLiteral("note"), i.note}});
        o.insert(QStringLiteral("unmet"), items);
    }
    QJsonArray next;
    for (CaseAction allowed : CaseLifecycle::allowedActions(c.actor(), r.stage))
        next.append(CaseLifecycle::actionKey(allowed));
    o.insert(QStringLiteral("allowed_actions"), next);
    return o;
}

int runAct(CliContext& ctx, CliArgs& args)
{
    const ActArgs a = readActArgs(args);
    const TransitionRequest request = actRequest(a);
    const Context c = ctx.userContext();
    const CaseStage from = CaseService::get(c, a.reg).stage;
    const CaseRecord r = CaseService::act(c, a.reg, a.action, request);
    const QJsonObject o = actJson(c, a, from, r);

    if (a.action == CaseAction::Resubmit && r.stage == CaseStage::Returned) {
        QStringList keys;
        for (const ChecklistItem& i : r.unmetRequirements())
            keys << QStringLiteral("%1 (%2)").arg(i.requirementKey, checklistStatusTitle(i.status));
        ctx.message(Cli::tr("The file is still incomplete and stays with the applicant: %1.")
                        .arg(keys.join(QStringLiteral(", "))));
    }
    ctx.print(o, Cli::tr("%1: %2 → %3").arg(r.registrationNumber, caseStageTitle(from), caseStageTitle(r.stage)));
    return ExitOk;
}

int runCase(CliContext& ctx, CliArgs& args)
{
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("list"))
        return runList(ctx, args);
    if (sub == QLatin1String("show"))
        return runShow(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    if (sub == QLatin1String("act"))
        return runAct(ctx, args);
    throw UsageError{Cli::tr("case needs list, show, import or act.")};
}

int runDemoData(CliContext& ctx, CliArgs& args)
{
    DemoData::Options o;
    o.cases = intOption(args, QStringLiteral("cases"), 400, 0, 10000000);
    o.seed = quint32(intOption(args, QStringLiteral("seed"), 1, 0, 2147483647));
    o.spanDays = intOption(args, QStringLiteral("days"), 0, 0, 36500);
    args.finish();
    const Context c = ctx.userContext();
    DemoDatabase::requireDemo(c.database());
    const DemoData::Summary s = DemoData::generate(c, o, [&](int done, int total) {
        if (total >= 100000 && !ctx.json)
            ctx.message(Cli::tr("%1 of %2 applications written").arg(done).arg(total));
    });
    ctx.print(QJsonObject{{QStringLiteral("cases"), s.cases},
                          {QStringLiteral("applicants"), s.applicants},
                          {QStringLiteral("businesses"), s.businesses},
                          {QStringLiteral("services"), s.services},
                          {QStringLiteral("first"), s.firstNumber},
                          {QStringLiteral("last"), s.lastNumber}},
              Cli::tr("Wrote %1 demo applications (%2 applicants, %3 businesses, %4 services): %5 … %6.")
                  .arg(s.cases)
                  .arg(s.applicants)
                  .arg(s.businesses)
                  .arg(s.services)
                  .arg(s.firstNumber, s.lastNumber));
    return ExitOk;
}
} // namespace

void addCaseCommands(QList<Command>& list)
{
    list.append({QStringLiteral("case"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help",
                     "case list [--stage S] [--clock overdue|at-risk|on-track|paused|not-started|stopped|due-today] "
                     "[--service KBLI] [--officer USER] [--workstation CODE] [--search TEXT] [--from DATE] [--to DATE] "
                     "[--sort newest|oldest|number|due|stage|applicant] [--limit N] [--offset N | --after REG]\n"
                     "case show REGISTRATION\n"
                     "case import FILE.csv [--encoding NAME]   (columns: docs/CSV-IMPORT.md; UTF-8 unless --encoding, "
                     "e.g. cp1252)\n"
                     "case act REGISTRATION ACTION [--reason TEXT] [--note TEXT] [--nib N --permit P] "
                     "[--date YYYY-MM-DD] [--field-visit YYYY-MM-DD --field-officer NAME] "
                     "[--checklist KEY=STATUS[:NOTE],...] [--document FILE]...\n"
                     "  ACTION: start_verification, to_technical, to_signature, complete_technical, return, "
                     "issue, hand_over, reject, withdraw, resubmit")),
                 runCase});
    list.append(
        {QStringLiteral("demo-data"),
         QString::fromUtf8(QT_TRANSLATE_NOOP("loket::cli::help", "demo-data [--cases N] [--seed S] [--days SPAN]")),
         runDemoData});
}

} // namespace loket::cli
