#include "ReceiptContent.h"

#include "common/Error.h"
#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loket {

namespace {
QJsonValue time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(toStoredTime(t)) : QJsonValue();
}
QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QDateTime timeOf(const QJsonValue& v)
{
    return v.isString() ? fromStoredTime(v.toString()) : QDateTime();
}
QDate dateOf(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}
QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}
QStringList stringsOf(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

// Field names of the plain text fields and their members.
struct TextField
{
    const char* name;
    QString ReceiptData::*member;
};
const TextField kTexts[] = {
    {"office_name", &ReceiptData::officeName},
    {"office_address", &ReceiptData::officeAddress},
    {"office_phone", &ReceiptData::officePhone},
    {"registration_number", &ReceiptData::registrationNumber},
    {"applicant_name", &ReceiptData::applicantName},
    {"applicant_nik", &ReceiptData::applicantNik},
    {"applicant_phone", &ReceiptData::applicantPhone},
    {"representative_name", &ReceiptData::representativeName},
    {"representative_nik", &ReceiptData::representativeNik},
    {"business_name", &ReceiptData::businessName},
    {"business_nib", &ReceiptData::businessNib},
    {"business_npwp", &ReceiptData::businessNpwp},
    {"service_kbli", &ReceiptData::serviceKbli},
    {"service_name", &ReceiptData::serviceName},
    {"standard_version", &ReceiptData::standardVersion},
    {"fee", &ReceiptData::fee},
    {"product", &ReceiptData::product},
    {"officer_name", &ReceiptData::officerName},
    {"hand_over_nib", &ReceiptData::handOverNib},
    {"permit_number", &ReceiptData::permitNumber},
    {"receiver_name", &ReceiptData::receiverName},
    {"receiver_identity", &ReceiptData::receiverIdentity},
    {"complaint_channel", &ReceiptData::complaintChannel},
    {"complaint_kind", &ReceiptData::complaintKindTitle},
    {"triage_rule", &ReceiptData::triageRuleText},
    {"follow_up", &ReceiptData::followUp},
    {"verification_code", &ReceiptData::verificationCode},
    {"qr_payload", &ReceiptData::qrPayload},
    {"key_id", &ReceiptData::keyId},
    {"signature", &ReceiptData::signature},
};
} // namespace

QString ReceiptContent::toJson(const ReceiptData& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), 1);
    o.insert(QStringLiteral("kind"), receiptKindKey(d.kind));
    for (const TextField& f : kTexts)
        o.insert(QLatin1String(f.name), d.*f.member);
    o.insert(QStringLiteral("received_at"), time(d.receivedAt));
    o.insert(QStringLiteral("printed_at"), time(d.printedAt));
    o.insert(QStringLiteral("signed_at"), time(d.signedAt));
    o.insert(QStringLiteral("event_at"), time(d.eventAt));
    o.insert(QStringLiteral("applicant_nik_masked"), d.applicantNikMasked);
    o.insert(QStringLiteral("business_kblis"), strings(d.businessKblis));
    o.insert(QStringLiteral("missing_items"), strings(d.missingItems));
    o.insert(QStringLiteral("expected_completion"), date(d.expectedCompletion));
    o.insert(QStringLiteral("working_days"), d.workingDays);
    o.insert(QStringLiteral("signature_date"), date(d.signatureDate));
    o.insert(QStringLiteral("hand_over_date"), date(d.handOverDate));
    QJsonArray checklist;
    for (const ReceiptChecklistLine& l : d.checklist)
        checklist.append(QJsonArray{l.requirementKey, l.text, int(l.status), l.note});
    o.insert(QStringLiteral("checklist"), checklist);
    QJsonArray channels;
    for (const ReceiptComplaintChannel& c : d.complaintChannels)
        channels.append(QJsonArray{c.label, c.contact});
    o.insert(QStringLiteral("complaint_channels"), channels);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReceiptData ReceiptContent::fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    ReceiptData d;
    if (o.value(QStringLiteral("format")).toInt() != 1 ||
        !receiptKindFromKey(o.value(QStringLiteral("kind")).toString(), &d.kind))
        throw Error::storage(QStringLiteral("a stored receipt has content Loket cannot read"), json.left(80));
    for (const TextField& f : kTexts)
        d.*f.member = o.value(QLatin1String(f.name)).toString();
    d.receivedAt = timeOf(o.value(QStringLiteral("received_at")));
    d.printedAt = timeOf(o.value(QStringLiteral("printed_at")));
    d.signedAt = timeOf(o.value(QStringLiteral("signed_at")));
    d.eventAt = timeOf(o.value(QStringLiteral("event_at")));
    d.applicantNikMasked = o.value(QStringLiteral("applicant_nik_masked")).toBool();
    d.businessKblis = stringsOf(o.value(QStringLiteral("business_kblis")));
    d.missingItems = stringsOf(o.value(QStringLiteral("missing_items")));
    d.expectedCompletion = dateOf(o.value(QStringLiteral("expected_completion")));
    d.workingDays = o.value(QStringLiteral("working_days")).toInt();
    d.signatureDate = dateOf(o.value(QStringLiteral("signature_date")));
    d.handOverDate = dateOf(o.value(QStringLiteral("hand_over_date")));
    for (const QJsonValue& v : o.value(QStringLiteral("checklist")).toArray()) {
        const QJsonArray a = v.toArray();
        const int status = a.at(2).toInt();
        d.checklist.append(ReceiptChecklistLine{a.at(0).toString(), a.at(1).toString(),
                                                static_cast<ReceiptChecklistLine::Status>(qBound(0, status, 2)),
                                                a.at(3).toString()});
    }
    for (const QJsonValue& v : o.value(QStringLiteral("complaint_channels")).toArray())
        d.complaintChannels.append(ReceiptComplaintChannel{v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    return d;
}

} // namespace loket
