#include "ComplaintJson.h"

#include "ComplaintService.h"
#include "calendar/ClockStateText.h"
#include "common/Ids.h"

#include <QJsonArray>

namespace loket {

namespace {
QJsonValue day(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue stamp(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue();
}

// The answer clock of a complaint (a suggestion has none).
void addClock(QJsonObject& o, const Complaint& c, const ClockResult& clock)
{
    if (c.isComplaint()) {
        o.insert(QStringLiteral("due_on"), day(clock.dueDate));
        o.insert(QStringLiteral("clock"),
                 QJsonObject{{QStringLiteral("state"), ClockStateText::key(clock.state)},
                             {QStringLiteral("due_on"), day(clock.dueDate)},
                             {QStringLiteral("used"), clock.used},
                             {QStringLiteral("left"), clock.left},
                             {QStringLiteral("unconfirmed_year"), clock.dueInUnconfirmedYear}});
        o.insert(QStringLiteral("clock_state"), ClockStateText::key(clock.state));
    } else {
        o.insert(QStringLiteral("due_on"), QJsonValue());
        o.insert(QStringLiteral("clock_state"), QJsonValue());
    }
}

// Item 5c and 6: the review steps, the handling plan and the clarification.
void addReview(QJsonObject& o, const Complaint& c)
{
    QJsonArray steps;
    for (const ComplaintReviewStep& s : c.reviewSteps)
        steps.append(QJsonObject{{QStringLiteral("position"), s.position + 1},
                                 {QStringLiteral("label"), s.label},
                                 {QStringLiteral("done_on"), day(s.doneOn)},
                                 {QStringLiteral("note"), s.note},
                                 {QStringLiteral("done_by"), s.doneBy}});
    o.insert(QStringLiteral("review_steps"), steps);
    o.insert(QStringLiteral("plan"), QJsonObject{{QStringLiteral("clarification"), c.plan.clarification},
                                                 {QStringLiteral("confirmation"), c.plan.confirmation},
                                                 {QStringLiteral("research"), c.plan.research},
                                                 {QStringLiteral("investigation"), c.plan.investigation}});
    if (c.clarificationDone)
        o.insert(QStringLiteral("clarification"), QJsonObject{{QStringLiteral("with"), c.clarificationWith},
                                                              {QStringLiteral("on"), day(c.clarificationOn)}});
}

// Item 7: the path, an unresolved attempt, the head's approval of APIP and the levels.
QJsonObject resolution(const Complaint& c)
{
    QJsonObject resolution{{QStringLiteral("path"), c.resolutionPath}};
    if (c.unresolvedOn.isValid())
        resolution.insert(QStringLiteral("unresolved"), QJsonObject{{QStringLiteral("path"), c.unresolvedPath},
                                                                    {QStringLiteral("on"), day(c.unresolvedOn)},
                                                                    {QStringLiteral("note"), c.unresolvedNote}});
    if (c.apipApproved())
        resolution.insert(QStringLiteral("apip_approval"), QJsonObject{{QStringLiteral("by"), c.apipApprovedBy},
                                                                       {QStringLiteral("at"), stamp(c.apipApprovedAt)},
                                                                       {QStringLiteral("note"), c.apipApprovalNote}});
    QJsonArray levels;
    for (const ComplaintEscalation& e : c.escalations)
        levels.append(QJsonObject{{QStringLiteral("path"), e.path},
                                  {QStringLiteral("level"), e.level},
                                  {QStringLiteral("position"), e.position},
                                  {QStringLiteral("officer"), e.officer},
                                  {QStringLiteral("reported_on"), day(e.reportedOn)},
                                  {QStringLiteral("report"), e.report}});
    resolution.insert(QStringLiteral("levels"), levels);
    return resolution;
}

// Item 8 and the files: the answer, the report to the superior, a suggestion's note, attachments.
void addClosing(QJsonObject& o, const Complaint& c)
{
    if (c.hasAnswer())
        o.insert(QStringLiteral("answer"), QJsonObject{{QStringLiteral("channel"), c.answerChannel},
                                                       {QStringLiteral("on"), day(c.answerOn)},
                                                       {QStringLiteral("text"), c.answerText},
                                                       {QStringLiteral("by"), c.answeredBy}});
    if (c.hasSuperiorReport())
        o.insert(QStringLiteral("superior_report"), QJsonObject{{QStringLiteral("superior"), c.superiorName},
                                                                {QStringLiteral("on"), day(c.superiorReportOn)},
                                                                {QStringLiteral("text"), c.superiorReportText}});
    if (!c.note.isEmpty())
        o.insert(QStringLiteral("note"), c.note);
    QJsonArray files;
    for (const ComplaintAttachment& a : c.attachments)
        files.append(QJsonObject{{QStringLiteral("file"), a.fileName},
                                 {QStringLiteral("sha256"), a.sha256},
                                 {QStringLiteral("size"), a.size}});
    o.insert(QStringLiteral("attachments"), files);
}
} // namespace

QJsonObject ComplaintJson::triage(const Complaint& c, const TriageResult& t)
{
    QJsonObject o{{QStringLiteral("kind"), complaintKindKey(c.triageKind)},
                  {QStringLiteral("rule"), c.triageRule},
                  {QStringLiteral("rule_title"), ComplaintTriage::ruleTitle(c.triageRule)},
                  {QStringLiteral("explanation"), t.explanation()},
                  {QStringLiteral("overridden"), c.overridden}};
    if (t.daysSinceService >= 0)
        o.insert(QStringLiteral("days_since_service"), t.daysSinceService);
    if (t.windowEnd.isValid())
        o.insert(QStringLiteral("window_end"), day(t.windowEnd));
    if (c.overridden) {
        o.insert(QStringLiteral("override_kind"), complaintKindKey(c.kind));
        o.insert(QStringLiteral("override_reason"), c.overrideReason);
        o.insert(QStringLiteral("override_by"), c.overrideBy);
        o.insert(QStringLiteral("override_at"), stamp(c.overrideAt));
    }
    return o;
}

QJsonObject ComplaintJson::row(const Complaint& c, const QString& clockState)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("number"), c.number},
                       {QStringLiteral("kind"), complaintKindKey(c.kind)},
                       {QStringLiteral("state"), c.state},
                       {QStringLiteral("channel"), c.channelKey},
                       {QStringLiteral("channel_label"), c.channelLabel},
                       {QStringLiteral("received_at"), stamp(c.receivedAt)},
                       {QStringLiteral("complainant_name"), c.complainantName},
                       {QStringLiteral("case"), c.caseRegNumber},
                       {QStringLiteral("service_kbli"), c.serviceKbli},
                       {QStringLiteral("problem_type"), c.problemType},
                       {QStringLiteral("triage_rule"), c.triageRule},
                       {QStringLiteral("overridden"), c.overridden},
                       {QStringLiteral("due_on"), day(c.dueOn)},
                       {QStringLiteral("clock_state"), clockState.isEmpty() ? QJsonValue() : QJsonValue(clockState)},
                       {QStringLiteral("answer_on"), day(c.answerOn)}};
}

QJsonObject ComplaintJson::full(const Complaint& c, const TriageResult& t, const ClockResult& clock)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("number"), c.number},
                  {QStringLiteral("kind"), complaintKindKey(c.kind)},
                  {QStringLiteral("state"), c.state},
                  {QStringLiteral("channel"), c.channelKey},
                  {QStringLiteral("channel_label"), c.channelLabel},
                  {QStringLiteral("received_at"), stamp(c.receivedAt)},
                  {QStringLiteral("complainant"), QJsonObject{{QStringLiteral("name"), c.complainantName},
                                                              {QStringLiteral("id_number"), c.complainantIdNumber},
                                                              {QStringLiteral("contact"), c.complainantContact},
                                                              {QStringLiteral("address"), c.complainantAddress}}},
                  {QStringLiteral("case"), c.caseRegNumber},
                  {QStringLiteral("case_handed_over_on"), day(c.caseHandedOverOn)},
                  {QStringLiteral("service_kbli"), c.serviceKbli},
                  {QStringLiteral("service_name"), c.serviceName},
                  {QStringLiteral("sector"), c.sector},
                  {QStringLiteral("object"), c.objectText},
                  {QStringLiteral("problem_type"), c.problemType},
                  {QStringLiteral("problem_type_other"), c.problemTypeOther},
                  {QStringLiteral("triage"), triage(c, t)},
                  {QStringLiteral("window_days"), c.windowDays},
                  {QStringLiteral("answer_working_days"), c.answerWorkingDays},
                  {QStringLiteral("registered_by"), c.registeredBy}};
    addClock(o, c, clock);
    addReview(o, c);
    o.insert(QStringLiteral("resolution"), resolution(c));
    addClosing(o, c);
    o.insert(QStringLiteral("closed_at"), stamp(c.closedAt));
    return o;
}

QJsonObject ComplaintJson::prior(const ComplaintPriorInfo& info)
{
    QJsonArray history;
    for (const RelatedCaseEvent& e : info.relatedCase.history)
        history.append(QJsonObject{{QStringLiteral("at"), stamp(e.at)},
                                   {QStringLiteral("event"), e.title},
                                   {QStringLiteral("by"), e.actorName},
                                   {QStringLiteral("note"), e.note}});
    QJsonArray earlier;
    for (const RelatedComplaint& r : info.earlier) {
        QJsonArray why;
        if (r.sameCase)
            why.append(QStringLiteral("case"));
        if (r.sameApplicant)
            why.append(QStringLiteral("applicant"));
        if (r.sameService)
            why.append(QStringLiteral("service"));
        earlier.append(QJsonObject{{QStringLiteral("number"), r.complaint.number},
                                   {QStringLiteral("received_at"), stamp(r.complaint.receivedAt)},
                                   {QStringLiteral("state"), r.complaint.state},
                                   {QStringLiteral("related_by"), why}});
    }
    return QJsonObject{{QStringLiteral("case_found"), info.relatedCase.found},
                       {QStringLiteral("case_history"), history},
                       {QStringLiteral("earlier_complaints"), earlier}};
}

} // namespace loket
