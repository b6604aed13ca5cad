#include "CaseSnapshot.h"

#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {

namespace {
QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue();
}
QDate dateOf(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}
QDateTime timeOf(const QJsonValue& v)
{
    return v.isString() ? fromStoredTime(v.toString()) : QDateTime();
}
} // namespace

QString CaseSnapshot::toJson(const CaseRecord& c)
{
    QJsonArray checklist;
    for (const ChecklistItem& i : c.checklist)
        checklist.append(QJsonArray{i.requirementKey, checklistStatusKey(i.status), i.note});
    QJsonArray marks;
    for (const CaseClockMark& m : c.clockMarks)
        marks.append(QJsonArray{m.kind, toStoredTime(m.at), m.note});
    const QJsonObject o{{QStringLiteral("stage"), caseStageKey(c.stage)},
                        {QStringLiteral("stage_since"), time(c.stageSince)},
                        {QStringLiteral("returned_from"), c.returnedFrom},
                        {QStringLiteral("complete_at"), time(c.completeAt)},
                        {QStringLiteral("field_visit_date"), date(c.fieldVisitDate)},
                        {QStringLiteral("field_officer"), c.fieldOfficer},
                        {QStringLiteral("nib_number"), c.nibNumber},
                        {QStringLiteral("permit_number"), c.permitNumber},
                        {QStringLiteral("signed_date"), date(c.signedDate)},
                        {QStringLiteral("handed_over_date"), date(c.handedOverDate)},
                        {QStringLiteral("rejection_reason"), c.rejectionReason},
                        {QStringLiteral("withdrawal_reason"), c.withdrawalReason},
                        {QStringLiteral("return_count"), c.returnCount},
                        {QStringLiteral("representative_name"), c.representativeName},
                        {QStringLiteral("representative_nik"), c.representativeNik},
                        {QStringLiteral("holder"), c.holder},
                        {QStringLiteral("checklist"), checklist},
                        {QStringLiteral("marks"), marks}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool CaseSnapshot::apply(const QString& json, CaseRecord& c)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CaseStage stage;
    if (!caseStageFromKey(o.value(QStringLiteral("stage")).toString(), &stage))
        return false;
    c.stage = stage;
    c.stageSince = timeOf(o.value(QStringLiteral("stage_since")));
    c.returnedFrom = o.value(QStringLiteral("returned_from")).toString();
    c.completeAt = timeOf(o.value(QStringLiteral("complete_at")));
    c.fieldVisitDate = dateOf(o.value(QStringLiteral("field_visit_date")));
    c.fieldOfficer = o.value(QStringLiteral("field_officer")).toString();
    c.nibNumber = o.value(QStringLiteral("nib_number")).toString();
    c.permitNumber = o.value(QStringLiteral("permit_number")).toString();
    c.signedDate = dateOf(o.value(QStringLiteral("signed_date")));
    c.handedOverDate = dateOf(o.value(QStringLiteral("handed_over_date")));
    c.rejectionReason = o.value(QStringLiteral("rejection_reason")).toString();
    c.withdrawalReason = o.value(QStringLiteral("withdrawal_reason")).toString();
    c.returnCount = o.value(QStringLiteral("return_count")).toInt();
    c.representativeName = o.value(QStringLiteral("representative_name")).toString();
    c.representativeNik = o.value(QStringLiteral("representative_nik")).toString();
    c.holder = o.value(QStringLiteral("holder")).toString();
    QList<ChecklistItem> checklist;
    for (const QJsonValue& v : o.value(QStringLiteral("checklist")).toArray()) {
        const QJsonArray a = v.toArray();
        ChecklistItem item;
        item.requirementKey = a.at(0).toString();
        checklistStatusFromKey(a.at(1).toString(), &item.status);
        item.note = a.at(2).toString();
        // Keep the requirement texts the record already has (they come from the standard).
        for (const ChecklistItem& old : c.checklist)
            if (old.requirementKey == item.requirementKey)
                item.requirementText = old.requirementText;
        checklist.append(item);
    }
    c.checklist = checklist;
    c.clockMarks.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("marks")).toArray()) {
        const QJsonArray a = v.toArray();
        c.clockMarks.append(CaseClockMark{a.at(0).toString(), fromStoredTime(a.at(1).toString()), a.at(2).toString()});
    }
    return true;
}

} // namespace loket
