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

namespace {
// True when QJsonDocument writes `s` unchanged between its quotes: printable ASCII without '"'
// and '\\' (what a registration, an import and almost every action carry).
bool plain(const QString& s)
{
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

// Writes the JSON values of a snapshot as QJsonDocument writes them in compact form; false (and
// `out` left unfinished) when a text needs escaping, so the caller takes QJsonDocument's way.
class PlainWriter
{
public:
    explicit PlainWriter(QString& out) : m_out(out) {}
    bool text(const QString& s)
    {
        if (!plain(s))
            return false;
        m_out += QLatin1Char('"');
        m_out += s;
        m_out += QLatin1Char('"');
        return true;
    }
    bool optional(const QString& s) // a null text is JSON null (an invalid date or time)
    {
        if (s.isNull()) {
            m_out += QLatin1String("null");
            return true;
        }
        return text(s);
    }
    void key(const char* name)
    {
        if (m_out.size() > 1)
            m_out += QLatin1Char(',');
        m_out += QLatin1Char('"');
        m_out += QLatin1String(name);
        m_out += QLatin1String("\":");
    }

private:
    QString& m_out;
};

QString storedTimeOrNull(const QDateTime& t)
{
    return t.isValid() ? toStoredTime(t) : QString();
}
QString dateOrNull(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The snapshot written by hand, keys in QJsonObject's (sorted) order: building the QJsonObject
// took an eighth of a 100,000-row import. Empty when a text needs escaping.
QString plainJson(const CaseRecord& c)
{
    QString out;
    out.reserve(640);
    out += QLatin1Char('{');
    PlainWriter w(out);
    bool ok = true;
    w.key("checklist");
    out += QLatin1Char('[');
    for (qsizetype i = 0; ok && i < c.checklist.size(); ++i) {
        const ChecklistItem& item = c.checklist.at(i);
        out += i ? QLatin1String(",[") : QLatin1String("[");
        ok = w.text(item.requirementKey) && (out += QLatin1Char(','), w.text(checklistStatusKey(item.status))) &&
             (out += QLatin1Char(','), w.text(item.note));
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    w.key("complete_at");
    ok = ok && w.optional(storedTimeOrNull(c.completeAt));
    w.key("field_officer");
    ok = ok && w.text(c.fieldOfficer);
    w.key("field_visit_date");
    ok = ok && w.optional(dateOrNull(c.fieldVisitDate));
    w.key("handed_over_date");
    ok = ok && w.optional(dateOrNull(c.handedOverDate));
    w.key("holder");
    ok = ok && w.text(c.holder);
    w.key("marks");
    out += QLatin1Char('[');
    for (qsizetype i = 0; ok && i < c.clockMarks.size(); ++i) {
        const CaseClockMark& m = c.clockMarks.at(i);
        out += i ? QLatin1String(",[") : QLatin1String("[");
        ok = w.text(m.kind) && (out += QLatin1Char(','), w.text(toStoredTime(m.at))) &&
             (out += QLatin1Char(','), w.text(m.note));
        out += QLatin1Char(']');
    }
    out += QLatin1Char(']');
    w.key("nib_number");
    ok = ok && w.text(c.nibNumber);
    w.key("permit_number");
    ok = ok && w.text(c.permitNumber);
    w.key("rejection_reason");
    ok = ok && w.text(c.rejectionReason);
    w.key("representative_name");
    ok = ok && w.text(c.representativeName);
    w.key("representative_nik");
    ok = ok && w.text(c.representativeNik);
    w.key("return_count");
    out += QString::number(c.returnCount);
    w.key("returned_from");
    ok = ok && w.text(c.returnedFrom);
    w.key("signed_date");
    ok = ok && w.optional(dateOrNull(c.signedDate));
    w.key("stage");
    ok = ok && w.text(caseStageKey(c.stage));
    w.key("stage_since");
    ok = ok && w.optional(storedTimeOrNull(c.stageSince));
    w.key("withdrawal_reason");
    ok = ok && w.text(c.withdrawalReason);
    out += QLatin1Char('}');
    return ok ? out : QString();
}
} // namespace

QString CaseSnapshot::toJson(const CaseRecord& c)
{
    if (QString fast = plainJson(c); !fast.isEmpty())
        return fast;
    return toJsonDocument(c);
}

QString CaseSnapshot::toJsonDocument(const CaseRecord& c)
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
