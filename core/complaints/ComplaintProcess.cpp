#include "ComplaintProcess.h"

#include "ComplaintLevels.h"
#include "ComplaintOrder.h"
#include "ComplaintRepository.h"
#include "ComplaintValidation.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loket {

using complaint_checks::requireDate;
using complaint_checks::requireText;

namespace {
QString actorName(const Context& ctx)
{
    return ctx.actor().displayName.isEmpty() ? ctx.actor().username : ctx.actor().displayName;
}

const ResolutionPath* findPath(const ComplaintHandling& h, const QString& key)
{
    for (const ResolutionPath& p : h.resolutionPaths)
        if (p.key == key)
            return &p;
    return nullptr;
}
} // namespace

void ComplaintProcess::startReview(Complaint& c)
{
    ComplaintService::requireOpenComplaint(c);
    if (c.state == ComplaintStates::Received)
        c.state = ComplaintStates::InReview;
}

bool ComplaintProcess::pathNeedsApproval(const Database& db, const Complaint& c)
{
    if (c.resolutionPath.isEmpty())
        return false;
    const ComplaintHandling h = ComplaintService::handlingOf(db, c);
    if (const ResolutionPath* p = findPath(h, c.resolutionPath))
        return p->needsHeadApproval;
    return c.resolutionPath == ResolutionPaths::Apip; // the standard's rule when no catalogue says otherwise
}

const QString ComplaintProcess::OtherProblemType = QStringLiteral("Lainnya");

QStringList ComplaintProcess::problemTypeChoices(const ComplaintHandling& h)
{
    static const QRegularExpression etc(QStringLiteral("^(dll\\.?|dsb\\.?|dan lain-lain|lainnya)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString& t : h.problemTypes)
        if (!etc.match(t.trimmed()).hasMatch())
            out << t;
    out << OtherProblemType;
    return out;
}

Complaint ComplaintProcess::classify(const Context& ctx, const QString& id, const QString& sector,
                                     const QString& problemType, const QString& other)
{
    ctx.require(Permission::HandleComplaint);
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.classify"), [&](Complaint& c) {
        startReview(c);
        const QStringList types = problemTypeChoices(ComplaintService::handlingOf(ctx.database(), c));
        const QString type = problemType.trimmed();
        // Item 5c groups by both: "1) Bidang/Sektor/Jenis Pelayanan; 2) Jenis masalah".
        if (type.isEmpty())
            throw Error::invalid(tr("Choose the problem type of the complaint."), QStringLiteral("problem_type"));
        if (!types.contains(type))
            throw Error::invalid(tr("\"%1\" is not one of the standard's problem types (%2).")
                                     .arg(type, types.join(QStringLiteral("; "))),
                                 QStringLiteral("problem_type"));
        if (type == OtherProblemType && other.trimmed().isEmpty())
            throw Error::invalid(tr("Describe the problem type when it is \"%1\".").arg(OtherProblemType),
                                 QStringLiteral("problem_type_other"));
        if (other.size() > complaint_checks::kMaxText)
            throw Error::invalid(tr("The description of the problem type is too long."),
                                 QStringLiteral("problem_type_other"));
        if (sector.trimmed().isEmpty())
            throw Error::invalid(tr("Name the field, sector or kind of service of the complaint."),
                                 QStringLiteral("sector"));
        c.sector = sector.trimmed();
        c.problemType = type;
        c.problemTypeOther = type == OtherProblemType ? other.trimmed() : QString();
    });
}

Complaint ComplaintProcess::recordReviewStep(const Context& ctx, const QString& id, int position, QDate doneOn,
                                             const QString& note)
{
    ctx.require(Permission::HandleComplaint);
    if (note.size() > complaint_checks::kMaxText)
        throw Error::invalid(tr("The note is too long."), QStringLiteral("note"));
    return ComplaintService::change(
        ctx, id, QStringLiteral("complaint.review_step"),
        [&](Complaint& c) {
            startReview(c);
            ComplaintReviewStep* step = nullptr;
            for (ComplaintReviewStep& s : c.reviewSteps)
                if (s.position == position)
                    step = &s;
            if (!step)
                throw Error::invalid(tr("Complaint %1 has no review step %2.").arg(c.number).arg(position + 1),
                                     QStringLiteral("step"));
            if (doneOn.isValid())
                requireDate(doneOn, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("done_on"),
                            tr("the review step"));
            ComplaintOrder::require(ComplaintOrder::reviewStep(c, position, doneOn.isValid()));
            step->doneOn = doneOn;
            step->note = note.trimmed();
            step->doneBy = doneOn.isValid() ? actorName(ctx) : QString();
            ComplaintRepository(ctx.db()).saveReviewStep(c.id, *step, ctx.clock().now(), c.workstation);
        },
        tr("Step %1: %2").arg(position + 1).arg(note.trimmed()));
}

Complaint ComplaintProcess::setPlan(const Context& ctx, const QString& id, const ComplaintPlan& plan)
{
    ctx.require(Permission::HandleComplaint);
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.plan"), [&](Complaint& c) {
        startReview(c);
        ComplaintOrder::require(ComplaintOrder::plan(c, plan));
        c.plan = plan;
    });
}

Complaint ComplaintProcess::recordClarification(const Context& ctx, const QString& id, const QString& withWhom,
                                                QDate on)
{
    ctx.require(Permission::HandleComplaint);
    requireText(withWhom, tr("Say with whom the clarification was carried out."), QStringLiteral("clarification_with"),
                tr("The clarification"));
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.clarification"), [&](Complaint& c) {
        startReview(c);
        requireDate(on, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("clarification_on"),
                    tr("the clarification"));
        ComplaintOrder::require(ComplaintOrder::clarification(c));
        c.clarificationDone = true;
        c.clarificationWith = withWhom.trimmed();
        c.clarificationOn = on;
    });
}

Complaint ComplaintProcess::chooseResolution(const Context& ctx, const QString& id, const QString& path)
{
    ctx.require(Permission::HandleComplaint);
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.resolution_path"), [&](Complaint& c) {
        startReview(c);
        const ComplaintHandling h = ComplaintService::handlingOf(ctx.database(), c);
        const bool known = h.resolutionPaths.isEmpty() ? ResolutionPaths::all().contains(path) : findPath(h, path) != nullptr;
        if (!known)
            throw Error::invalid(tr("\"%1\" is not one of the standard's resolution paths.").arg(path),
                                 QStringLiteral("resolution_path"));
        ComplaintOrder::require(ComplaintOrder::path(c, path));
        if (c.hasAnswer())
            throw Error::conflict(tr("Complaint %1 has been answered; its resolution path can no longer change.")
                                      .arg(c.number));
        if (path != c.resolutionPath) {
            // An approval is for the path it was given on: leaving APIP and coming back asks again.
            c.apipApprovedBy.clear();
            c.apipApprovedAt = {};
            c.apipApprovalNote.clear();
        }
        c.resolutionPath = path;
    });
}

Complaint ComplaintProcess::approveApip(const Context& ctx, const QString& id, const QString& note)
{
    ctx.require(Permission::ApproveApip);
    return ComplaintService::change(
        ctx, id, QStringLiteral("complaint.apip_approval"),
        [&](Complaint& c) {
            ComplaintService::requireOpenComplaint(c);
            if (!pathNeedsApproval(ctx.database(), c))
                throw Error::conflict(
                    tr("Complaint %1 is not on a path that needs the head of office's approval.").arg(c.number));
            if (c.apipApproved())
                throw Error::conflict(
                    tr("The APIP path of %1 was already approved by %2.").arg(c.number, c.apipApprovedBy));
            c.apipApprovedBy = actorName(ctx);
            c.apipApprovedAt = ctx.clock().now();
            c.apipApprovalNote = note.trimmed();
        },
        note.trimmed());
}

Complaint ComplaintProcess::recordUnresolved(const Context& ctx, const QString& id, QDate on, const QString& note)
{
    ctx.require(Permission::HandleComplaint);
    requireText(note, tr("Say why the attempt could not resolve the complaint."), QStringLiteral("note"),
                tr("The note"));
    return ComplaintService::change(
        ctx, id, QStringLiteral("complaint.unresolved"),
        [&](Complaint& c) {
            ComplaintService::requireOpenComplaint(c);
            ComplaintOrder::require(ComplaintOrder::unresolved(c));
            requireDate(on, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("unresolved_on"),
                        tr("the unresolved attempt"));
            c.unresolvedPath = c.resolutionPath;
            c.unresolvedOn = on;
            c.unresolvedNote = note.trimmed();
        },
        note.trimmed());
}

QString ComplaintProcess::nextStep(const Database& db, const Complaint& c)
{
    return ComplaintOrder::nextStep(c, ComplaintLevels::positions(db));
}

ComplaintRefusal ComplaintProcess::escalation(const Database& db, const Complaint& c)
{
    return ComplaintOrder::escalation(c, pathNeedsApproval(db, c));
}

Complaint ComplaintProcess::addEscalation(const Context& ctx, const QString& id, const QString& position,
                                          const QString& officer, QDate reportedOn, const QString& report)
{
    ctx.require(Permission::HandleComplaint);
    requireText(position, tr("Name the post of the officer at this level."), QStringLiteral("position"), tr("The post"));
    requireText(officer, tr("Name the officer at this level."), QStringLiteral("officer"), tr("The officer"));
    requireText(report, tr("Each level needs its written report."), QStringLiteral("report"), tr("The report"));
    return ComplaintService::change(
        ctx, id, QStringLiteral("complaint.escalation"),
        [&](Complaint& c) {
            startReview(c);
            if (const ComplaintRefusal refused = escalation(ctx.database(), c); !refused.allowed())
                throw Error::conflict(refused.reason);
            requireDate(reportedOn, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("reported_on"),
                        tr("the report"));
            const QStringList posts = ComplaintLevels::positions(ctx.database());
            ComplaintOrder::require(ComplaintLevels::level(c, posts, position));
            const QList<ComplaintEscalation> levels = c.escalationsOn(c.resolutionPath);
            if (!levels.isEmpty() && reportedOn < levels.last().reportedOn)
                throw Error::invalid(tr("Level %1 cannot report before level %2 did (%3).")
                                         .arg(levels.size() + 1)
                                         .arg(levels.size())
                                         .arg(levels.last().reportedOn.toString(Qt::ISODate)),
                                     QStringLiteral("reported_on"));
            ComplaintEscalation e;
            e.path = c.resolutionPath;
            e.level = int(levels.size()) + 1;
            e.position = ComplaintLevels::laddered(c.resolutionPath) ? ComplaintLevels::nextPosition(c, posts)
                                                                     : position.trimmed();
            e.officer = officer.trimmed();
            e.reportedOn = reportedOn;
            e.report = report.trimmed();
            e.recordedBy = actorName(ctx);
            ComplaintRepository(ctx.db()).insertEscalation(c.id, e, ctx.clock().now(), c.workstation);
            c.escalations.append(e);
            c.state = ComplaintStates::Escalated;
        },
        tr("Level report by %1 (%2)").arg(officer.trimmed(), position.trimmed()));
}

Complaint ComplaintProcess::recordAnswer(const Context& ctx, const QString& id, const QString& channel, QDate on,
                                         const QString& text)
{
    ctx.require(Permission::HandleComplaint);
    requireText(channel, tr("Say how the answer was given to the complainant."), QStringLiteral("answer_channel"),
                tr("The answer channel"));
    requireText(text, tr("Write the answer given to the complainant."), QStringLiteral("answer_text"),
                tr("The answer"));
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.answer"), [&](Complaint& c) {
        ComplaintService::requireOpenComplaint(c);
        if (c.resolutionPath.isEmpty())
            throw Error::conflict(tr("Choose the resolution path of %1 before answering.").arg(c.number));
        ComplaintOrder::require(ComplaintOrder::result(c));
        if (pathNeedsApproval(ctx.database(), c) && !c.apipApproved())
            throw Error::conflict(tr("Involving APIP in %1 needs the head of office's approval first.").arg(c.number));
        if (c.escalationsOn(c.resolutionPath).isEmpty())
            throw Error::conflict(tr("Record the written report of at least the first level of %1 before answering.")
                                      .arg(c.number));
        ComplaintOrder::require(ComplaintLevels::answer(c, ComplaintLevels::positions(ctx.database())));
        requireDate(on, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("answer_on"), tr("the answer"));
        c.answerChannel = channel.trimmed();
        c.answerOn = on;
        c.answerText = text.trimmed();
        c.answeredBy = actorName(ctx);
        c.state = ComplaintStates::Answered;
    });
}

Complaint ComplaintProcess::recordSuperiorReport(const Context& ctx, const QString& id, const QString& superiorName,
                                                 QDate on, const QString& text)
{
    ctx.require(Permission::HandleComplaint);
    requireText(superiorName, tr("Name the direct superior the report goes to."), QStringLiteral("superior_name"),
                tr("The superior"));
    requireText(text, tr("Write the report to the direct superior."), QStringLiteral("superior_report_text"),
                tr("The report"));
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.superior_report"), [&](Complaint& c) {
        ComplaintService::requireOpenComplaint(c);
        requireDate(on, c.receivedAt.date(), ctx.clock().today(), QStringLiteral("superior_report_on"),
                    tr("the report to the superior"));
        c.superiorName = superiorName.trimmed();
        c.superiorReportOn = on;
        c.superiorReportText = text.trimmed();
    });
}

QString ComplaintProcess::suggestedAnswerChannel(const Complaint& c)
{
    return c.hasAnswer() ? c.answerChannel : c.channelLabel;
}

QStringList ComplaintProcess::missingForClose(const Complaint& c)
{
    QStringList missing;
    if (!ComplaintOrder::classified(c))
        missing << tr("the classification by sector and problem type (item 5c)");
    if (!ComplaintOrder::reviewComplete(c))
        missing << tr("the review steps a to e of item 6");
    if (!c.hasAnswer())
        missing << tr("the answer to the complainant");
    if (!c.hasSuperiorReport())
        missing << tr("the report to the direct superior");
    return missing;
}

Complaint ComplaintProcess::close(const Context& ctx, const QString& id)
{
    ctx.require(Permission::HandleComplaint);
    return ComplaintService::change(ctx, id, QStringLiteral("complaint.close"), [&](Complaint& c) {
        ComplaintService::requireOpenComplaint(c);
        ComplaintOrder::require(ComplaintOrder::result(c));
        const QStringList missing = missingForClose(c);
        if (!missing.isEmpty())
            throw Error::conflict(tr("Complaint %1 cannot be closed without %2.")
                                      .arg(c.number, missing.join(tr(" and "))));
        c.state = ComplaintStates::Closed;
        c.closedAt = ctx.clock().now();
    });
}

} // namespace loket
