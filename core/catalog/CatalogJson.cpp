#include "CatalogJson.h"

#include "StandardValidator.h"
#include "common/Error.h"
#include "common/Ids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace loket {

namespace {
// Reads one JSON object, naming the field of every problem and refusing unknown keys, so a
// typo in a hand-edited file is reported instead of silently dropped.
class Reader
{
public:
    Reader(QJsonObject o, QString path) : m_o(std::move(o)), m_path(std::move(path)) {}

    QString field(const QString& key) const { return m_path + QLatin1Char('.') + key; }

    QJsonValue take(const QString& key, bool required)
    {
        m_used.insert(key);
        const QJsonValue v = m_o.value(key);
        if (required && (v.isUndefined() || v.isNull()))
            throw Error::invalid(QCoreApplication::translate("loket::CatalogJson", "%1 is required.").arg(field(key)),
                                 field(key));
        return v;
    }
    QString string(const QString& key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            throw Error::invalid(QCoreApplication::translate("loket::CatalogJson", "%1 must be text.").arg(field(key)),
                                 field(key));
        return v.toString();
    }
    qint64 integer(const QString& key, qint64 fallback, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || std::abs(v.toDouble()) > 9.0e15)
            throw Error::invalid(
                QCoreApplication::translate("loket::CatalogJson", "%1 must be a whole number.").arg(field(key)),
                field(key));
        return v.toInteger();
    }
    int small(const QString& key, int fallback, bool required = false)
    {
        const qint64 v = integer(key, fallback, required);
        if (v > 1000000 || v < -1000000)
            throw Error::invalid(
                QCoreApplication::translate("loket::CatalogJson", "%1 is out of range.").arg(field(key)), field(key));
        return int(v);
    }
    bool boolean(const QString& key, bool fallback)
    {
        const QJsonValue v = take(key, false);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            throw Error::invalid(
                QCoreApplication::translate("loket::CatalogJson", "%1 must be true or false.").arg(field(key)),
                field(key));
        return v.toBool();
    }
    QJsonArray array(const QString& key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            throw Error::invalid(
                QCoreApplication::translate("loket::CatalogJson", "%1 must be a list.").arg(field(key)), field(key));
        return v.toArray();
    }
    QJsonObject object(const QString& key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            throw Error::invalid(
                QCoreApplication::translate("loket::CatalogJson", "%1 must be an object ({...}).").arg(field(key)),
                field(key));
        return v.toObject();
    }
    QStringList strings(const QString& key)
    {
        const QJsonArray a = array(key);
        QStringList out;
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                throw Error::invalid(
                    QCoreApplication::translate("loket::CatalogJson", "%1[%2] must be text.").arg(field(key)).arg(i),
                    field(key));
            out.append(a[i].toString());
        }
        return out;
    }
    template <typename T, typename F> QList<T> objects(const QString& key, F read, bool required = false)
    {
        const QJsonArray a = array(key, required);
        QList<T> out;
        for (int i = 0; i < a.size(); ++i) {
            const QString path = field(key) + QStringLiteral("[%1]").arg(i);
            if (!a[i].isObject())
                throw Error::invalid(
                    QCoreApplication::translate("loket::CatalogJson", "%1 must be an object ({...}).").arg(path), path);
            Reader r(a[i].toObject(), path);
            out.append(read(r));
            r.finish();
        }
        return out;
    }
    void finish() const
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            if (!m_used.contains(it.key()))
                throw Error::invalid(
                    QCoreApplication::translate("loket::CatalogJson", "%1 is not a field of a service standard.")
                        .arg(field(it.key())),
                    field(it.key()));
    }

private:
    QJsonObject m_o;
    QString m_path;
    QSet<QString> m_used;
};

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

QJsonObject CatalogJson::summary(const ServiceStandard& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("service_id"), s.serviceId},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("kbli"), s.kbli},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("risk_level"), s.riskLevel},
            {QStringLiteral("completion_working_days"), s.completionWorkingDays},
            {QStringLiteral("fee_amount"), s.feeAmount},
            {QStringLiteral("current"), s.current}};
}

QJsonObject CatalogJson::toJson(const ServiceStandard& s)
{
    QJsonObject o = summary(s);
    o.insert(QStringLiteral("valid_from"), s.validFrom.isValid() ? toStoredTime(s.validFrom) : QString());
    o.insert(QStringLiteral("sector"), s.sector);
    o.insert(QStringLiteral("permit_type"), s.permitType);
    o.insert(QStringLiteral("annex_number"), s.annexNumber);
    QJsonArray reqs;
    for (const Requirement& r : s.requirements)
        reqs.append(QJsonObject{{QStringLiteral("key"), r.key},
                                {QStringLiteral("group"), r.group},
                                {QStringLiteral("text"), r.text},
                                {QStringLiteral("order"), r.order}});
    o.insert(QStringLiteral("requirements"), reqs);
    QJsonArray classes;
    for (int c : s.procedureClassifications)
        classes.append(c);
    o.insert(QStringLiteral("procedure_classifications"), classes);
    o.insert(QStringLiteral("procedure_text"), s.procedureText);
    o.insert(QStringLiteral("completion_text"), s.completionText);
    o.insert(QStringLiteral("resubmission"), resubmissionRuleKey(s.resubmission));
    QJsonArray budgets;
    for (const StageBudget& b : s.stageBudgets)
        budgets.append(
            QJsonObject{{QStringLiteral("stage"), b.stage}, {QStringLiteral("working_days"), b.workingDays}});
    o.insert(QStringLiteral("stage_budgets"), budgets);
    o.insert(QStringLiteral("fee_text"), s.feeText);
    o.insert(QStringLiteral("products"), toArray(s.products));

    const ComplaintHandling& h = s.complaints;
    QJsonArray channels;
    for (const ComplaintChannel& c : h.channels)
        channels.append(QJsonObject{{QStringLiteral("key"), c.key},
                                    {QStringLiteral("kind"), c.kind},
                                    {QStringLiteral("label"), c.label},
                                    {QStringLiteral("contact"), c.contact}});
    QJsonArray paths;
    for (const ResolutionPath& p : h.resolutionPaths)
        paths.append(QJsonObject{{QStringLiteral("key"), p.key},
                                 {QStringLiteral("title"), p.title},
                                 {QStringLiteral("text"), p.text},
                                 {QStringLiteral("needs_head_approval"), p.needsHeadApproval}});
    o.insert(QStringLiteral("complaints"), QJsonObject{{QStringLiteral("rules"), toArray(h.rules)},
                                                       {QStringLiteral("channels"), channels},
                                                       {QStringLiteral("window_calendar_days"), h.windowCalendarDays},
                                                       {QStringLiteral("answer_working_days"), h.answerWorkingDays},
                                                       {QStringLiteral("recording_steps"), toArray(h.recordingSteps)},
                                                       {QStringLiteral("review_steps"), toArray(h.reviewSteps)},
                                                       {QStringLiteral("problem_types"), toArray(h.problemTypes)},
                                                       {QStringLiteral("resolution_paths"), paths},
                                                       {QStringLiteral("reporting_rule"), h.reportingRule}});
    o.insert(QStringLiteral("legal_bases"), toArray(s.legalBases));
    o.insert(QStringLiteral("facilities"), toArray(s.facilities));
    o.insert(QStringLiteral("staff_competence"), toArray(s.staffCompetence));
    o.insert(QStringLiteral("internal_supervision"), toArray(s.internalSupervision));
    o.insert(QStringLiteral("staff_count"), s.staffCount);
    o.insert(QStringLiteral("staff_count_text"), s.staffCountText);
    o.insert(QStringLiteral("service_guarantees"), toArray(s.serviceGuarantees));
    o.insert(QStringLiteral("safety_guarantees"), toArray(s.safetyGuarantees));
    o.insert(QStringLiteral("performance_evaluation_intro"), s.performanceEvaluationIntro);
    o.insert(QStringLiteral("performance_evaluation"), toArray(s.performanceEvaluation));
    o.insert(QStringLiteral("surveys_per_year"), s.surveysPerYear);
    o.insert(QStringLiteral("sop_evaluations_per_year"), s.sopEvaluationsPerYear);
    return o;
}

namespace {

// The "complaints" object of a standard (component 8, complaint handling).
ComplaintHandling readComplaints(Reader& r)
{
    Reader c(r.object(QStringLiteral("complaints"), true), r.field(QStringLiteral("complaints")));
    ComplaintHandling h;
    h.rules = c.strings(QStringLiteral("rules"));
    h.channels = c.objects<ComplaintChannel>(
        QStringLiteral("channels"),
        [](Reader& q) {
            return ComplaintChannel{q.string(QStringLiteral("key"), true), q.string(QStringLiteral("kind"), true),
                                    q.string(QStringLiteral("label"), true), q.string(QStringLiteral("contact"))};
        },
        true);
    h.windowCalendarDays = c.small(QStringLiteral("window_calendar_days"), 0, true);
    h.answerWorkingDays = c.small(QStringLiteral("answer_working_days"), 0, true);
    h.recordingSteps = c.strings(QStringLiteral("recording_steps"));
    h.reviewSteps = c.strings(QStringLiteral("review_steps"));
    h.problemTypes = c.strings(QStringLiteral("problem_types"));
    h.resolutionPaths = c.objects<ResolutionPath>(QStringLiteral("resolution_paths"), [](Reader& q) {
        return ResolutionPath{q.string(QStringLiteral("key"), true), q.string(QStringLiteral("title"), true),
                              q.string(QStringLiteral("text")),
                              q.boolean(QStringLiteral("needs_head_approval"), false)};
    });
    h.reportingRule = c.string(QStringLiteral("reporting_rule"));
    c.finish();
    return h;
}

} // namespace

ServiceStandard CatalogJson::fromJson(const QJsonObject& o, const QString& path, bool validate)
{
    Reader r(o, path);
    ServiceStandard s;
    s.id = r.string(QStringLiteral("id"));
    s.serviceId = r.string(QStringLiteral("service_id"));
    s.version = r.small(QStringLiteral("version"), 1);
    s.current = r.boolean(QStringLiteral("current"), true);
    const QString validFrom = r.string(QStringLiteral("valid_from"));
    if (!validFrom.isEmpty()) {
        s.validFrom = fromStoredTime(validFrom);
        if (!s.validFrom.isValid())
            throw Error::invalid(tr("%1 is not a date and time (ISO 8601).").arg(r.field(QStringLiteral("valid_from"))),
                                 r.field(QStringLiteral("valid_from")));
    }
    s.kbli = r.string(QStringLiteral("kbli"), true);
    s.name = r.string(QStringLiteral("name"), true);
    s.riskLevel = r.string(QStringLiteral("risk_level"), true);
    s.sector = r.string(QStringLiteral("sector"));
    s.permitType = r.string(QStringLiteral("permit_type"));
    s.annexNumber = r.small(QStringLiteral("annex_number"), 0);
    s.requirements = r.objects<Requirement>(
        QStringLiteral("requirements"),
        [](Reader& q) {
            return Requirement{q.string(QStringLiteral("key"), true), q.string(QStringLiteral("group"), true),
                               q.string(QStringLiteral("text"), true), q.small(QStringLiteral("order"), 0)};
        },
        true);
    const QJsonArray classes = r.array(QStringLiteral("procedure_classifications"));
    for (int i = 0; i < classes.size(); ++i) {
        if (!classes[i].isDouble() || classes[i].toDouble() != std::floor(classes[i].toDouble()))
            throw Error::invalid(
                tr("%1[%2] must be a whole number.").arg(r.field(QStringLiteral("procedure_classifications"))).arg(i),
                r.field(QStringLiteral("procedure_classifications")));
        s.procedureClassifications.append(classes[i].toInt());
    }
    s.procedureText = r.string(QStringLiteral("procedure_text"));
    s.completionWorkingDays = r.small(QStringLiteral("completion_working_days"), 0, true);
    s.completionText = r.string(QStringLiteral("completion_text"));
    const QString resubmission = r.string(QStringLiteral("resubmission"));
    if (!resubmission.isEmpty() && !resubmissionRuleFromKey(resubmission, &s.resubmission))
        throw Error::invalid(tr("%1 must be \"restart\" or \"pause\", not \"%2\".")
                                 .arg(r.field(QStringLiteral("resubmission")), resubmission),
                             r.field(QStringLiteral("resubmission")));
    s.stageBudgets = r.objects<StageBudget>(QStringLiteral("stage_budgets"), [](Reader& q) {
        return StageBudget{q.string(QStringLiteral("stage"), true), q.small(QStringLiteral("working_days"), 0, true)};
    });
    s.feeAmount = r.integer(QStringLiteral("fee_amount"), 0, true);
    s.feeText = r.string(QStringLiteral("fee_text"));
    s.products = r.strings(QStringLiteral("products"));

    s.complaints = readComplaints(r);

    s.legalBases = r.strings(QStringLiteral("legal_bases"));
    s.facilities = r.strings(QStringLiteral("facilities"));
    s.staffCompetence = r.strings(QStringLiteral("staff_competence"));
    s.internalSupervision = r.strings(QStringLiteral("internal_supervision"));
    s.staffCount = r.small(QStringLiteral("staff_count"), 0);
    s.staffCountText = r.string(QStringLiteral("staff_count_text"));
    s.serviceGuarantees = r.strings(QStringLiteral("service_guarantees"));
    s.safetyGuarantees = r.strings(QStringLiteral("safety_guarantees"));
    s.performanceEvaluationIntro = r.string(QStringLiteral("performance_evaluation_intro"));
    s.performanceEvaluation = r.strings(QStringLiteral("performance_evaluation"));
    s.surveysPerYear = r.small(QStringLiteral("surveys_per_year"), 0);
    s.sopEvaluationsPerYear = r.small(QStringLiteral("sop_evaluations_per_year"), 0);
    r.finish();
    if (validate)
        StandardValidator::validate(s, path);
    return s;
}

QByteArray CatalogJson::exportCatalogue(const QList<ServiceStandard>& standards, const QDateTime& exportedAt)
{
    QJsonArray services;
    for (const ServiceStandard& s : standards)
        services.append(toJson(s));
    const QJsonObject root{{QStringLiteral("format"), formatName()},
                           {QStringLiteral("format_version"), formatVersion()},
                           {QStringLiteral("exported_at"), toStoredTime(exportedAt)},
                           {QStringLiteral("services"), services}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ServiceStandard> CatalogJson::parseCatalogue(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        throw Error::invalid(
            tr("The catalogue file is not valid JSON (line %1): %2").arg(line).arg(error.errorString()));
    }
    if (!doc.isObject())
        throw Error::invalid(tr("The catalogue file must hold one JSON object with a \"services\" list."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        throw Error::invalid(tr("format must be \"%1\": this is not a Loket service catalogue.").arg(formatName()),
                             QStringLiteral("format"));
    if (root.value(QStringLiteral("format_version")).toInt() != formatVersion())
        throw Error::invalid(tr("format_version %1 is not supported; this program reads version %2.")
                                 .arg(root.value(QStringLiteral("format_version")).toInt())
                                 .arg(formatVersion()),
                             QStringLiteral("format_version"));
    const QJsonValue services = root.value(QStringLiteral("services"));
    if (!services.isArray())
        throw Error::invalid(tr("services must be a list."), QStringLiteral("services"));
    QList<ServiceStandard> out;
    const QJsonArray list = services.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("services[%1]").arg(i);
        if (!list[i].isObject())
            throw Error::invalid(tr("%1 must be an object ({...}).").arg(path), path);
        ServiceStandard s = fromJson(list[i].toObject(), path);
        for (const ServiceStandard& other : out)
            if ((other.kbli == s.kbli && other.name == s.name) ||
                (!s.serviceId.isEmpty() && other.serviceId == s.serviceId))
                throw Error::invalid(tr("%1: the service KBLI %2 %3 is in the file twice.").arg(path, s.kbli, s.name),
                                     path);
        out.append(s);
    }
    return out;
}

} // namespace loket
