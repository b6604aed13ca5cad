#include "Complaint.h"

#include "common/Ids.h"

#include <QCoreApplication>

namespace loket {

namespace {

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString stamp(const QDateTime& t)
{
    return t.isValid() ? toStoredTime(t) : QString();
}
} // namespace

QString complaintKindKey(ComplaintKind kind)
{
    return kind == ComplaintKind::Suggestion ? QStringLiteral("suggestion") : QStringLiteral("complaint");
}

bool complaintKindFromKey(const QString& key, ComplaintKind* out)
{
    if (key == QLatin1String("complaint")) {
        *out = ComplaintKind::Complaint;
        return true;
    }
    if (key == QLatin1String("suggestion")) {
        *out = ComplaintKind::Suggestion;
        return true;
    }
    return false;
}

// lupdate files each string under the namespace or class of the function that asks for it, so the
// functions below name that context explicitly.

QString complaintKindTitle(ComplaintKind kind)
{
    return kind == ComplaintKind::Suggestion ? QCoreApplication::translate("loket", "Suggestion / input")
                                             : QCoreApplication::translate("loket", "Complaint");
}

QStringList ComplaintStates::all()
{
    return {Received, InReview, Escalated, Answered, Closed, Registered, Noted};
}

QString ComplaintStates::title(const QString& key)
{
    if (key == Received)
        return QCoreApplication::translate("loket::ComplaintStates", "Received");
    if (key == InReview)
        return QCoreApplication::translate("loket::ComplaintStates", "In review");
    if (key == Escalated)
        return QCoreApplication::translate("loket::ComplaintStates", "Escalated");
    if (key == Answered)
        return QCoreApplication::translate("loket::ComplaintStates", "Answered");
    if (key == Closed)
        return QCoreApplication::translate("loket::ComplaintStates", "Closed");
    if (key == Registered)
        return QCoreApplication::translate("loket::ComplaintStates", "Registered");
    if (key == Noted)
        return QCoreApplication::translate("loket::ComplaintStates", "Noted");
    return key;
}

bool ComplaintStates::isOpen(const QString& key)
{
    return key == Received || key == InReview || key == Escalated;
}

QStringList ResolutionPaths::all()
{
    return {Internal, Technical, Apip};
}

QString ResolutionPaths::title(const QString& key)
{
    if (key == Internal)
        return QCoreApplication::translate("loket::ResolutionPaths", "Inside the office");
    if (key == Technical)
        return QCoreApplication::translate("loket::ResolutionPaths", "With the technical team or another agency");
    if (key == Apip)
        return QCoreApplication::translate("loket::ResolutionPaths", "With the Inspectorate (APIP)");
    return key;
}

QList<ComplaintEscalation> Complaint::escalationsOn(const QString& path) const
{
    QList<ComplaintEscalation> out;
    for (const ComplaintEscalation& e : escalations)
        if (e.path == path)
            out.append(e);
    return out;
}

QJsonObject Complaint::auditJson() const
{
    QJsonObject o{{QStringLiteral("number"), number},
                  {QStringLiteral("kind"), complaintKindKey(kind)},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("channel"), channelKey},
                  {QStringLiteral("received_at"), stamp(receivedAt)},
                  {QStringLiteral("complainant_name"), complainantName},
                  {QStringLiteral("complainant_id_number"), complainantIdNumber},
                  {QStringLiteral("complainant_contact"), complainantContact},
                  {QStringLiteral("case_reg_number"), caseRegNumber},
                  {QStringLiteral("case_handed_over_on"), day(caseHandedOverOn)},
                  {QStringLiteral("service_kbli"), serviceKbli},
                  {QStringLiteral("object"), objectText},
                  {QStringLiteral("triage_kind"), complaintKindKey(triageKind)},
                  {QStringLiteral("triage_rule"), triageRule},
                  {QStringLiteral("due_on"), day(dueOn)},
                  {QStringLiteral("problem_type"), problemType},
                  {QStringLiteral("sector"), sector},
                  {QStringLiteral("problem_type_other"), problemTypeOther},
                  {QStringLiteral("resolution_path"), resolutionPath},
                  {QStringLiteral("unresolved_path"), unresolvedPath},
                  {QStringLiteral("unresolved_on"), day(unresolvedOn)},
                  {QStringLiteral("apip_approved_by"), apipApprovedBy},
                  {QStringLiteral("answer_on"), day(answerOn)},
                  {QStringLiteral("superior_report_on"), day(superiorReportOn)},
                  {QStringLiteral("row_version"), rowVersion}};
    int stepsDone = 0;
    for (const ComplaintReviewStep& s : reviewSteps)
        stepsDone += s.done() ? 1 : 0;
    o.insert(QStringLiteral("review_steps_done"), stepsDone);
    o.insert(QStringLiteral("escalation_levels"), int(escalations.size()));
    if (overridden) {
        o.insert(QStringLiteral("override_reason"), overrideReason);
        o.insert(QStringLiteral("override_by"), overrideBy);
    }
    if (apipApproved())
        o.insert(QStringLiteral("apip_approved_by"), apipApprovedBy);
    if (clarificationDone)
        o.insert(QStringLiteral("clarification_with"), clarificationWith);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

} // namespace loket
