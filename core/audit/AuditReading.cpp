#include "AuditReading.h"

#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace loket {

namespace {
struct Title
{
    const char* key;
    const char* text;
};

// Every action key written by core/ (AuditLog::append callers).
const Title kActions[] = {
    {"applicant.create", QT_TRANSLATE_NOOP("loket::AuditReading", "Applicant added")},
    {"applicant.update", QT_TRANSLATE_NOOP("loket::AuditReading", "Applicant changed")},
    {"business.create", QT_TRANSLATE_NOOP("loket::AuditReading", "Business added")},
    {"business.update", QT_TRANSLATE_NOOP("loket::AuditReading", "Business changed")},
    {"case.register", QT_TRANSLATE_NOOP("loket::AuditReading", "Application registered")},
    {"case.resubmit", QT_TRANSLATE_NOOP("loket::AuditReading", "Corrected file resubmitted")},
    {"case.start_verification", QT_TRANSLATE_NOOP("loket::AuditReading", "Verification started")},
    {"case.to_technical", QT_TRANSLATE_NOOP("loket::AuditReading", "Forwarded to the technical team")},
    {"case.to_signature", QT_TRANSLATE_NOOP("loket::AuditReading", "Forwarded for signature")},
    {"case.complete_technical", QT_TRANSLATE_NOOP("loket::AuditReading", "Technical review completed")},
    {"case.return", QT_TRANSLATE_NOOP("loket::AuditReading", "Returned for correction")},
    {"case.issue", QT_TRANSLATE_NOOP("loket::AuditReading", "Signed and issued")},
    {"case.hand_over", QT_TRANSLATE_NOOP("loket::AuditReading", "Handed over")},
    {"case.reject", QT_TRANSLATE_NOOP("loket::AuditReading", "Rejected")},
    {"case.withdraw", QT_TRANSLATE_NOOP("loket::AuditReading", "Withdrawn")},
    {"case.documents", QT_TRANSLATE_NOOP("loket::AuditReading", "Documents added")},
    {"case.import", QT_TRANSLATE_NOOP("loket::AuditReading", "Applications imported")},
    {"case.conflict_resolve", QT_TRANSLATE_NOOP("loket::AuditReading", "Sync conflict resolved")},
    {"catalog.service.create", QT_TRANSLATE_NOOP("loket::AuditReading", "Service added")},
    {"catalog.standard.version", QT_TRANSLATE_NOOP("loket::AuditReading", "Service standard saved")},
    {"kbli.import", QT_TRANSLATE_NOOP("loket::AuditReading", "KBLI list imported")},
    {"complaint.intake", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint received")},
    {"complaint.attachment", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint attachment added")},
    {"complaint.classify", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint classified")},
    {"complaint.override_triage", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint triage overridden")},
    {"complaint.clarification", QT_TRANSLATE_NOOP("loket::AuditReading", "Clarification asked")},
    {"complaint.review_step", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint review step done")},
    {"complaint.plan", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint plan recorded")},
    {"complaint.resolution_path", QT_TRANSLATE_NOOP("loket::AuditReading", "Resolution path chosen")},
    {"complaint.escalation", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint escalated")},
    {"complaint.apip_approval", QT_TRANSLATE_NOOP("loket::AuditReading", "APIP approval recorded")},
    {"complaint.superior_report", QT_TRANSLATE_NOOP("loket::AuditReading", "Report to the superior recorded")},
    {"complaint.unresolved", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint marked unresolved")},
    {"complaint.answer", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint answered")},
    {"complaint.close", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint closed")},
    {"complaint.note_suggestion", QT_TRANSLATE_NOOP("loket::AuditReading", "Suggestion noted")},
    {"complaints.positions", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint officers set")},
    {"receipt.print", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt printed")},
    {"receipt.reprint", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt reprinted")},
    {"receipt.key_publish", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt key published")},
    {"receipt.key_revoke", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt key revoked")},
    {"user.create", QT_TRANSLATE_NOOP("loket::AuditReading", "User added")},
    {"user.create_first_admin", QT_TRANSLATE_NOOP("loket::AuditReading", "First administrator added")},
    {"user.update", QT_TRANSLATE_NOOP("loket::AuditReading", "User changed")},
    {"user.roles", QT_TRANSLATE_NOOP("loket::AuditReading", "Roles changed")},
    {"user.enable", QT_TRANSLATE_NOOP("loket::AuditReading", "User enabled")},
    {"user.disable", QT_TRANSLATE_NOOP("loket::AuditReading", "User disabled")},
    {"user.unlock", QT_TRANSLATE_NOOP("loket::AuditReading", "User unlocked")},
    {"user.locked", QT_TRANSLATE_NOOP("loket::AuditReading", "User locked out")},
    {"user.sign_in", QT_TRANSLATE_NOOP("loket::AuditReading", "Signed in")},
    {"user.sign_in_failed", QT_TRANSLATE_NOOP("loket::AuditReading", "Sign-in failed")},
    {"user.password_reset", QT_TRANSLATE_NOOP("loket::AuditReading", "Password reset")},
    {"user.password_change", QT_TRANSLATE_NOOP("loket::AuditReading", "Password changed")},
    {"user.training_add", QT_TRANSLATE_NOOP("loket::AuditReading", "Training recorded")},
    {"user.training_remove", QT_TRANSLATE_NOOP("loket::AuditReading", "Training removed")},
    {"personal_data.export", QT_TRANSLATE_NOOP("loket::AuditReading", "Personal data exported")},
    {"settings.set", QT_TRANSLATE_NOOP("loket::AuditReading", "Setting changed")},
    {"backup.write", QT_TRANSLATE_NOOP("loket::AuditReading", "Backup written")},
    {"backup.restore", QT_TRANSLATE_NOOP("loket::AuditReading", "Backup restored")},
    {"database.migrate", QT_TRANSLATE_NOOP("loket::AuditReading", "Database brought to a new version")},
    {"user.competence_tick", QT_TRANSLATE_NOOP("loket::AuditReading", "Competence confirmed")},
    {"user.competence_untick", QT_TRANSLATE_NOOP("loket::AuditReading", "Competence confirmation removed")},
    {"sync.pull", QT_TRANSLATE_NOOP("loket::AuditReading", "Office changes received")},
    {"survey.record", QT_TRANSLATE_NOOP("loket::AuditReading", "Survey form recorded")},
    {"demo.generate", QT_TRANSLATE_NOOP("loket::AuditReading", "Demo data generated")},
    {"calendar.import", QT_TRANSLATE_NOOP("loket::AuditReading", "Holidays imported")},
    {"calendar.set_day", QT_TRANSLATE_NOOP("loket::AuditReading", "Calendar day set")},
    {"calendar.clear_day", QT_TRANSLATE_NOOP("loket::AuditReading", "Calendar day cleared")},
    {"calendar.confirm_year", QT_TRANSLATE_NOOP("loket::AuditReading", "Calendar year confirmed")},
    {"calendar.bootstrap", QT_TRANSLATE_NOOP("loket::AuditReading", "Built-in holidays loaded")},
};

const Title kRecordTypes[] = {
    {"case", QT_TRANSLATE_NOOP("loket::AuditReading", "Application")},
    {"applicant", QT_TRANSLATE_NOOP("loket::AuditReading", "Applicant")},
    {"business", QT_TRANSLATE_NOOP("loket::AuditReading", "Business")},
    {"user", QT_TRANSLATE_NOOP("loket::AuditReading", "User")},
    {"complaint", QT_TRANSLATE_NOOP("loket::AuditReading", "Complaint")},
    {"service", QT_TRANSLATE_NOOP("loket::AuditReading", "Service")},
    {"service_standard", QT_TRANSLATE_NOOP("loket::AuditReading", "Service standard")},
    {"receipts", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt")},
    {"receipt_keys", QT_TRANSLATE_NOOP("loket::AuditReading", "Receipt key")},
    {"training_record", QT_TRANSLATE_NOOP("loket::AuditReading", "Training")},
    {"settings", QT_TRANSLATE_NOOP("loket::AuditReading", "Setting")},
    {"calendar", QT_TRANSLATE_NOOP("loket::AuditReading", "Calendar version")},
    {"survey_response", QT_TRANSLATE_NOOP("loket::AuditReading", "Survey form")},
    {"kbli_codes", QT_TRANSLATE_NOOP("loket::AuditReading", "KBLI list")},
    {"backup", QT_TRANSLATE_NOOP("loket::AuditReading", "Backup")},
    {"case_import", QT_TRANSLATE_NOOP("loket::AuditReading", "Import")},
};

// The fields the trail's values hold most often; others are shown by their key.
const Title kFields[] = {
    {"registration_number", QT_TRANSLATE_NOOP("loket::AuditReading", "Registration number")},
    {"stage", QT_TRANSLATE_NOOP("loket::AuditReading", "Stage")},
    {"clock", QT_TRANSLATE_NOOP("loket::AuditReading", "Clock")},
    {"due_date", QT_TRANSLATE_NOOP("loket::AuditReading", "Due date")},
    {"nib_number", QT_TRANSLATE_NOOP("loket::AuditReading", "NIB")},
    {"permit_number", QT_TRANSLATE_NOOP("loket::AuditReading", "Permit number")},
    {"signed_date", QT_TRANSLATE_NOOP("loket::AuditReading", "Signed on")},
    {"handed_over_date", QT_TRANSLATE_NOOP("loket::AuditReading", "Handed over on")},
    {"field_visit_date", QT_TRANSLATE_NOOP("loket::AuditReading", "Field visit")},
    {"field_officer", QT_TRANSLATE_NOOP("loket::AuditReading", "Field officer")},
    {"name", QT_TRANSLATE_NOOP("loket::AuditReading", "Name")},
    {"nik", QT_TRANSLATE_NOOP("loket::AuditReading", "NIK")},
    {"npwp", QT_TRANSLATE_NOOP("loket::AuditReading", "NPWP")},
    {"nib", QT_TRANSLATE_NOOP("loket::AuditReading", "NIB")},
    {"phone", QT_TRANSLATE_NOOP("loket::AuditReading", "Phone")},
    {"email", QT_TRANSLATE_NOOP("loket::AuditReading", "Email")},
    {"address", QT_TRANSLATE_NOOP("loket::AuditReading", "Address")},
    {"capital", QT_TRANSLATE_NOOP("loket::AuditReading", "Capital")},
    {"scale", QT_TRANSLATE_NOOP("loket::AuditReading", "Scale")},
    {"username", QT_TRANSLATE_NOOP("loket::AuditReading", "User name")},
    {"display_name", QT_TRANSLATE_NOOP("loket::AuditReading", "Full name")},
    {"roles", QT_TRANSLATE_NOOP("loket::AuditReading", "Roles")},
    {"disabled", QT_TRANSLATE_NOOP("loket::AuditReading", "Disabled")},
    {"locked", QT_TRANSLATE_NOOP("loket::AuditReading", "Locked")},
    {"number", QT_TRANSLATE_NOOP("loket::AuditReading", "Number")},
    {"state", QT_TRANSLATE_NOOP("loket::AuditReading", "State")},
    {"kind", QT_TRANSLATE_NOOP("loket::AuditReading", "Kind")},
    {"received_at", QT_TRANSLATE_NOOP("loket::AuditReading", "Received")},
    {"due_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Due date")},
    {"complainant_name", QT_TRANSLATE_NOOP("loket::AuditReading", "Complainant")},
    {"version", QT_TRANSLATE_NOOP("loket::AuditReading", "Version")},
    {"value", QT_TRANSLATE_NOOP("loket::AuditReading", "Value")},
    {"key", QT_TRANSLATE_NOOP("loket::AuditReading", "Setting")},
    // The other keys of the demo database's entries (issue 17): demo data, survey forms, standards,
    // users and their training, complaints.
    {"cases", QT_TRANSLATE_NOOP("loket::AuditReading", "Applications")},
    {"batch_from", QT_TRANSLATE_NOOP("loket::AuditReading", "From application")},
    {"batch_to", QT_TRANSLATE_NOOP("loket::AuditReading", "To application")},
    {"seed", QT_TRANSLATE_NOOP("loket::AuditReading", "Seed")},
    {"first", QT_TRANSLATE_NOOP("loket::AuditReading", "First number")},
    {"last", QT_TRANSLATE_NOOP("loket::AuditReading", "Last number")},
    {"answers", QT_TRANSLATE_NOOP("loket::AuditReading", "Answers")},
    {"period", QT_TRANSLATE_NOOP("loket::AuditReading", "Period")},
    {"kbli", QT_TRANSLATE_NOOP("loket::AuditReading", "KBLI")},
    {"risk_level", QT_TRANSLATE_NOOP("loket::AuditReading", "Risk level")},
    {"completion_working_days", QT_TRANSLATE_NOOP("loket::AuditReading", "Completion time (working days)")},
    {"fee_amount", QT_TRANSLATE_NOOP("loket::AuditReading", "Fee")},
    {"current", QT_TRANSLATE_NOOP("loket::AuditReading", "In force")},
    {"schema_version", QT_TRANSLATE_NOOP("loket::AuditReading", "Database version")},
    {"course", QT_TRANSLATE_NOOP("loket::AuditReading", "Course")},
    {"provider", QT_TRANSLATE_NOOP("loket::AuditReading", "Provider")},
    {"certificate_no", QT_TRANSLATE_NOOP("loket::AuditReading", "Certificate number")},
    {"completed_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Completed on")},
    {"title", QT_TRANSLATE_NOOP("loket::AuditReading", "Title")},
    {"position", QT_TRANSLATE_NOOP("loket::AuditReading", "Position")},
    {"education", QT_TRANSLATE_NOOP("loket::AuditReading", "Education")},
    {"gov_experience_years", QT_TRANSLATE_NOOP("loket::AuditReading", "Years in government service")},
    {"ptsp_experience_years", QT_TRANSLATE_NOOP("loket::AuditReading", "Years at the one-stop service")},
    {"must_change_password", QT_TRANSLATE_NOOP("loket::AuditReading", "Must change password")},
    {"technical_competence", QT_TRANSLATE_NOOP("loket::AuditReading", "Technical competence")},
    {"channel", QT_TRANSLATE_NOOP("loket::AuditReading", "Channel")},
    {"complainant_contact", QT_TRANSLATE_NOOP("loket::AuditReading", "Complainant's contact")},
    {"complainant_id_number", QT_TRANSLATE_NOOP("loket::AuditReading", "Complainant's ID number")},
    {"case_reg_number", QT_TRANSLATE_NOOP("loket::AuditReading", "Application")},
    {"case_handed_over_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Permit handed over on")},
    {"service_kbli", QT_TRANSLATE_NOOP("loket::AuditReading", "Service KBLI")},
    {"object", QT_TRANSLATE_NOOP("loket::AuditReading", "Subject")},
    {"triage_kind", QT_TRANSLATE_NOOP("loket::AuditReading", "Triage")},
    {"triage_rule", QT_TRANSLATE_NOOP("loket::AuditReading", "Triage rule")},
    {"problem_type", QT_TRANSLATE_NOOP("loket::AuditReading", "Problem type")},
    {"problem_type_other", QT_TRANSLATE_NOOP("loket::AuditReading", "Other problem type")},
    {"sector", QT_TRANSLATE_NOOP("loket::AuditReading", "Sector")},
    {"resolution_path", QT_TRANSLATE_NOOP("loket::AuditReading", "Resolution path")},
    {"unresolved_path", QT_TRANSLATE_NOOP("loket::AuditReading", "Path when unresolved")},
    {"unresolved_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Marked unresolved on")},
    {"apip_approved_by", QT_TRANSLATE_NOOP("loket::AuditReading", "APIP approval by")},
    {"answer_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Answered on")},
    {"superior_report_on", QT_TRANSLATE_NOOP("loket::AuditReading", "Reported to the superior on")},
    {"review_steps_done", QT_TRANSLATE_NOOP("loket::AuditReading", "Review steps done")},
    {"escalation_levels", QT_TRANSLATE_NOOP("loket::AuditReading", "Escalation levels")},
    {"row_version", QT_TRANSLATE_NOOP("loket::AuditReading", "Row version")},
    {"note", QT_TRANSLATE_NOOP("loket::AuditReading", "Note")},
};

QString titleOf(const Title* begin, const Title* end, const QString& key)
{
    for (const Title* t = begin; t != end; ++t)
        if (key == QLatin1String(t->key))
            return QCoreApplication::translate("loket::AuditReading", t->text);
    return key;
}

// Each record type's own number or name, by its id (fixed statements, the id bound).
const char* nameQuery(const QString& recordType)
{
    static const QHash<QString, const char*> queries{
        {QStringLiteral("case"), "SELECT registration_number FROM cases WHERE id = :id"},
        {QStringLiteral("applicant"), "SELECT name FROM applicants WHERE id = :id"},
        {QStringLiteral("business"), "SELECT name FROM businesses WHERE id = :id"},
        {QStringLiteral("user"), "SELECT username FROM users WHERE id = :id"},
        {QStringLiteral("complaint"), "SELECT number FROM complaints WHERE id = :id"},
        {QStringLiteral("service"), "SELECT name FROM services WHERE id = :id"},
        {QStringLiteral("service_standard"),
         "SELECT name || ' (v' || version || ')' FROM service_standards WHERE id = :id"},
    };
    return queries.value(recordType, nullptr);
}

bool isoDate(const QString& s, QDate* out)
{
    if (s.size() != 10)
        return false;
    *out = QDate::fromString(s, Qt::ISODate);
    return out->isValid();
}

// The kinds of day a calendar entry's changes hold (the keys of core/calendar's DayKind).
const Title kDayKinds[] = {
    {"holiday", QT_TRANSLATE_NOOP("loket::AuditReading", "national holiday")},
    {"cuti", QT_TRANSLATE_NOOP("loket::AuditReading", "collective leave day")},
    {"closure", QT_TRANSLATE_NOOP("loket::AuditReading", "office closure")},
    {"working", QT_TRANSLATE_NOOP("loket::AuditReading", "working day")},
    {"workday", QT_TRANSLATE_NOOP("loket::AuditReading", "working day")},
    {"weekend", QT_TRANSLATE_NOOP("loket::AuditReading", "weekend")},
};

// "Calendar version 1" holds its day changes as a list under "changes" (calendar.bootstrap,
// .import, .set_day, .clear_day).
bool isCalendarChangeList(const AuditEntry& e)
{
    return e.recordType == QLatin1String("calendar") && e.after.value(QStringLiteral("changes")).isArray();
}

// "2025–2027", or "2026" when the days fall in one year.
QString yearSpan(const QJsonArray& changes)
{
    int first = 0;
    int last = 0;
    for (const QJsonValue& v : changes) {
        const int year = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate).year();
        if (year <= 0)
            continue;
        first = first == 0 ? year : std::min(first, year);
        last = std::max(last, year);
    }
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}
} // namespace

AuditReading::AuditReading(const Context& ctx, DateText dateText, ValueName valueName)
    : m_ctx(ctx), m_dateText(std::move(dateText)), m_valueName(std::move(valueName))
{
    if (!m_dateText)
        m_dateText = [](const QDate& d) { return d.toString(Qt::ISODate); };
}

QString AuditReading::actionTitle(const QString& action)
{
    return titleOf(std::begin(kActions), std::end(kActions), action);
}

QString AuditReading::recordTypeTitle(const QString& recordType)
{
    return titleOf(std::begin(kRecordTypes), std::end(kRecordTypes), recordType);
}

QString AuditReading::fieldTitle(const QString& key)
{
    return titleOf(std::begin(kFields), std::end(kFields), key);
}

QString AuditReading::lookUp(const QString& recordType, const QString& id) const
{
    const char* sql = nameQuery(recordType);
    if (!sql || id.isEmpty())
        return {};
    const QString cacheKey = recordType + QLatin1Char('\x1f') + id;
    const auto hit = m_names.constFind(cacheKey);
    if (hit != m_names.constEnd())
        return *hit;
    const QString name =
        SqlQuery(m_ctx.db(), QString::fromLatin1(sql)).bind(QStringLiteral(":id"), id).scalar().toString();
    m_names.insert(cacheKey, name);
    return name;
}

QString AuditReading::recordIdFor(const Context& ctx, const QString& numberOrName)
{
    ctx.require(Permission::ViewAudit);
    const QString text = numberOrName.trimmed();
    if (text.isEmpty())
        return text;
    // Fixed statements, the text bound; registration and complaint numbers are stored in capitals.
    static const char* const queries[] = {
        "SELECT id FROM cases WHERE registration_number = upper(:name)",
        "SELECT id FROM complaints WHERE number = upper(:name)",
        "SELECT id FROM users WHERE username = :name",
    };
    for (const char* sql : queries) {
        const QString id =
            SqlQuery(ctx.db(), QString::fromLatin1(sql)).bind(QStringLiteral(":name"), text).scalar().toString();
        if (!id.isEmpty())
            return id;
    }
    return text;
}

QString AuditReading::recordName(const AuditEntry& e) const
{
    // The entry itself names most records; a user's or case's later entries may not.
    static const char* const ownKeys[] = {"registration_number", "number", "username"};
    for (const char* k : ownKeys) {
        const QString key = QLatin1String(k);
        const QString v = e.after.value(key).toString(e.before.value(key).toString());
        if (!v.isEmpty())
            return v;
    }
    const QString found = lookUp(e.recordType, e.recordId);
    return found.isEmpty() ? e.recordId : found;
}

QString AuditReading::recordText(const AuditEntry& e) const
{
    const QString name = recordName(e);
    const QString type = recordTypeTitle(e.recordType);
    if (name.isEmpty())
        return type;
    return type.isEmpty() ? name : type + QLatin1Char(' ') + name;
}

QString AuditReading::valueText(const QString& key, const QJsonValue& v) const
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (m_valueName) {
            const QString name = m_valueName(key, s);
            if (!name.isEmpty())
                return name;
        }
        QDate d;
        if (isoDate(s, &d))
            return m_dateText(d);
        return s.isEmpty() ? QStringLiteral("—") : s;
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue& item : v.toArray())
            items << valueText(key, item);
        return items.join(QStringLiteral(", "));
    }
    // A set of named values, such as a survey form's answers: "U1: 4, U2: 3".
    QStringList parts;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        parts << tr("%1: %2").arg(fieldTitle(it.key()), valueText(it.key(), it.value()));
    return parts.join(QStringLiteral(", "));
}

QString AuditReading::changeText(const AuditEntry& e) const
{
    return changeLines(e).join(QStringLiteral("; "));
}

QStringList AuditReading::changeLines(const AuditEntry& e) const
{
    if (isCalendarChangeList(e))
        return calendarLines(e);
    QStringList keys = e.after.keys();
    for (const QString& k : e.before.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList parts;
    for (const QString& k : keys) {
        const QJsonValue b = e.before.value(k);
        const QJsonValue a = e.after.value(k);
        if (b == a)
            continue;
        const QString field = fieldTitle(k);
        if (e.before.isEmpty())
            parts << tr("%1: %2").arg(field, valueText(k, a));
        else
            parts << tr("%1: %2 → %3").arg(field, valueText(k, b), valueText(k, a));
    }
    return parts;
}

QString AuditReading::dayKindTitle(const QString& kind)
{
    return titleOf(std::begin(kDayKinds), std::end(kDayKinds), kind);
}

// "Hari Buruh Internasional (national holiday)" from a day's {"kind", "name"}.
QString AuditReading::dayText(const QJsonObject& day)
{
    const QString kind = dayKindTitle(day.value(QStringLiteral("kind")).toString());
    const QString name = day.value(QStringLiteral("name")).toString().trimmed();
    return name.isEmpty() ? kind : tr("%1 (%2)").arg(name, kind);
}

// One day's change: "2026-05-01 added: Hari Buruh Internasional (national holiday)".
QString AuditReading::dayChangeText(const QJsonObject& change) const
{
    const QString action = change.value(QStringLiteral("action")).toString();
    const QString date = valueText(QStringLiteral("date"), change.value(QStringLiteral("date")));
    const QJsonObject before = change.value(QStringLiteral("before")).toObject();
    const QJsonObject after = change.value(QStringLiteral("after")).toObject();
    if (action == QLatin1String("remove"))
        return tr("%1 removed: %2").arg(date, dayText(before));
    if (action == QLatin1String("change"))
        return tr("%1 changed: %2 → %3").arg(date, dayText(before), dayText(after));
    return tr("%1 added: %2").arg(date, dayText(after));
}

// "43 national holidays and 14 collective leave days": the days of one action, counted by kind.
QString AuditReading::dayCounts(const QJsonArray& changes, const QString& action)
{
    const QString side = action == QLatin1String("remove") ? QStringLiteral("before") : QStringLiteral("after");
    QMap<QString, int> counts; // by kind key, so the order does not depend on the language
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("action")).toString() == action)
            counts[c.value(side).toObject().value(QStringLiteral("kind")).toString()] += 1;
    }
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const QString kind = it.key();
        const int n = it.value();
        parts << (kind == QLatin1String("holiday")   ? tr("%n national holiday(s)", "", n)
                  : kind == QLatin1String("cuti")    ? tr("%n collective leave day(s)", "", n)
                  : kind == QLatin1String("closure") ? tr("%n office closure(s)", "", n)
                                                     : tr("%1: %2").arg(dayKindTitle(kind)).arg(n));
    }
    if (parts.size() < 2)
        return parts.join(QString());
    const QString lastPart = parts.takeLast();
    return tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), lastPart);
}

// A calendar version in words. Up to three days one by one; more (a year's holidays loaded or
// imported) counted by kind: "Calendar 2025–2027 loaded: 43 national holidays and 14 collective
// leave days". Then the years confirmed as complete.
QStringList AuditReading::calendarLines(const AuditEntry& e) const
{
    const QJsonArray changes = e.after.value(QStringLiteral("changes")).toArray();
    QStringList lines;
    if (changes.size() <= 3) {
        for (const QJsonValue& v : changes)
            lines << dayChangeText(v.toObject());
    } else {
        const QString span = yearSpan(changes);
        const QString added = dayCounts(changes, QStringLiteral("add"));
        if (!added.isEmpty())
            lines << (e.action == QLatin1String("calendar.bootstrap") ? tr("Calendar %1 loaded: %2").arg(span, added)
                                                                      : tr("Calendar %1, added: %2").arg(span, added));
        const QString changed = dayCounts(changes, QStringLiteral("change"));
        if (!changed.isEmpty())
            lines << tr("Changed: %1").arg(changed);
        const QString removed = dayCounts(changes, QStringLiteral("remove"));
        if (!removed.isEmpty())
            lines << tr("Removed: %1").arg(removed);
    }
    const QJsonArray years = e.after.value(QStringLiteral("confirmed_years")).toArray();
    if (!years.isEmpty())
        lines << tr("Years confirmed: %1").arg(valueText(QStringLiteral("confirmed_years"), years));
    return lines;
}

} // namespace loket
