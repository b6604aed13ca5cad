#include "StandardValidator.h"

#include "ComplaintTextParser.h"
#include "common/Bounds.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace loket {

namespace {
[[noreturn]] void fail(const QString& message, const QString& field)
{
    throw Error::invalid(message, field);
}

// "standard.kbli": a field's name under the path the caller gave.
QString fieldOf(const QString& path, const char* name)
{
    return path + QLatin1Char('.') + QLatin1String(name);
}
} // namespace

QStringList StandardValidator::riskLevels()
{
    return {QStringLiteral("Rendah"), QStringLiteral("Menengah Rendah"), QStringLiteral("Menengah Tinggi"),
            QStringLiteral("Tinggi")};
}

QStringList StandardValidator::resolutionPathKeys()
{
    return {QStringLiteral("internal"), QStringLiteral("technical"), QStringLiteral("apip")};
}

// The standard's twelve named lists of texts, by their field names: validate() refuses a blank
// item in them and checkTexts() bounds their length.
StandardValidator::NamedLists StandardValidator::namedLists(const ServiceStandard& s)
{
    const ComplaintHandling& h = s.complaints;
    return {{{"products", &s.products},
             {"legal_bases", &s.legalBases},
             {"facilities", &s.facilities},
             {"staff_competence", &s.staffCompetence},
             {"internal_supervision", &s.internalSupervision},
             {"service_guarantees", &s.serviceGuarantees},
             {"safety_guarantees", &s.safetyGuarantees},
             {"performance_evaluation", &s.performanceEvaluation},
             {"complaints.rules", &h.rules},
             {"complaints.recording_steps", &h.recordingSteps},
             {"complaints.review_steps", &h.reviewSteps},
             {"complaints.problem_types", &h.problemTypes}}};
}

// Every free text of a standard within the lengths core/common/Bounds states, and no control
// character in it (issue 14, point 10): a 10 MB name or a NUL is refused naming the field.
void StandardValidator::checkTexts(const ServiceStandard& s, const QString& path)
{
    auto check = [&path](const QString& value, int max, const QString& name, bool multiLine) {
        const QString f = path + QLatin1Char('.') + name;
        Bounds::text(value, max, f, f, multiLine);
    };
    check(s.name, Bounds::kName, QStringLiteral("name"), false);
    check(s.sector, Bounds::kName, QStringLiteral("sector"), false);
    check(s.permitType, Bounds::kShortText, QStringLiteral("permit_type"), false);
    check(s.procedureText, Bounds::kLongText, QStringLiteral("procedure_text"), true);
    check(s.completionText, Bounds::kLongText, QStringLiteral("completion_text"), true);
    check(s.feeText, Bounds::kLongText, QStringLiteral("fee_text"), true);
    check(s.staffCountText, Bounds::kNote, QStringLiteral("staff_count_text"), true);
    check(s.performanceEvaluationIntro, Bounds::kNote, QStringLiteral("performance_evaluation_intro"), true);
    for (int i = 0; i < s.requirements.size(); ++i)
        check(s.requirements[i].text, Bounds::kNote, QStringLiteral("requirements[%1].text").arg(i), true);
    const ComplaintHandling& h = s.complaints;
    for (int i = 0; i < h.channels.size(); ++i) {
        check(h.channels[i].label, Bounds::kTitle, QStringLiteral("complaints.channels[%1].label").arg(i), false);
        check(h.channels[i].contact, Bounds::kAddress, QStringLiteral("complaints.channels[%1].contact").arg(i), false);
    }
    for (int i = 0; i < h.resolutionPaths.size(); ++i) {
        check(h.resolutionPaths[i].title, Bounds::kTitle,
              QStringLiteral("complaints.resolution_paths[%1].title").arg(i), false);
        check(h.resolutionPaths[i].text, Bounds::kLongText,
              QStringLiteral("complaints.resolution_paths[%1].text").arg(i), true);
    }
    check(h.reportingRule, Bounds::kLongText, QStringLiteral("complaints.reporting_rule"), true);
    for (const auto& [name, list] : namedLists(s))
        for (int i = 0; i < list->size(); ++i)
            check(list->at(i), Bounds::kNote, QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i), true);
}

void StandardValidator::validate(const ServiceStandard& s, const QString& path)
{
    checkIdentity(s, path);
    checkRequirements(s, path);
    checkTime(s, path);
    checkStageBudgets(s, path);
    if (s.products.isEmpty())
        fail(tr("%1: a standard names at least one service product.").arg(fieldOf(path, "products")),
             fieldOf(path, "products"));
    if (s.feeAmount < 0)
        fail(tr("%1: the fee cannot be negative.").arg(fieldOf(path, "fee_amount")), fieldOf(path, "fee_amount"));
    checkComplaintChannels(s, path);
    checkResolutionPaths(s, path);
    // A blank item prints as an empty numbered line in the standard.
    for (const auto& [name, list] : namedLists(s))
        for (int i = 0; i < list->size(); ++i)
            if (list->at(i).trimmed().isEmpty())
                fail(tr("%1: item %2 is empty.").arg(fieldOf(path, name)).arg(i + 1), fieldOf(path, name));
    checkTexts(s, path);
    const std::pair<const char*, int> counts[] = {{"staff_count", s.staffCount},
                                                  {"surveys_per_year", s.surveysPerYear},
                                                  {"sop_evaluations_per_year", s.sopEvaluationsPerYear}};
    for (const auto& [name, value] : counts)
        if (value < 0)
            fail(tr("%1 cannot be negative.").arg(fieldOf(path, name)), fieldOf(path, name));
}

// The KBLI code, the name, the permit type and the risk level.
void StandardValidator::checkIdentity(const ServiceStandard& s, const QString& path)
{
    static const QRegularExpression kbli(QStringLiteral("^\\d{5}$"));
    if (!kbli.match(s.kbli).hasMatch())
        fail(tr("%1: the KBLI code must be five digits, not \"%2\".").arg(fieldOf(path, "kbli"), s.kbli),
             fieldOf(path, "kbli"));
    if (s.name.trimmed().isEmpty())
        fail(tr("%1: the service needs a name.").arg(fieldOf(path, "name")), fieldOf(path, "name"));
    if (s.permitType.trimmed().isEmpty())
        fail(tr("%1: the permit type (\"Izin\", \"Sertifikat Standar\", ...) is missing.")
                 .arg(fieldOf(path, "permit_type")),
             fieldOf(path, "permit_type"));
    if (!riskLevels().contains(s.riskLevel))
        fail(tr("%1: the risk level must be one of %2, not \"%3\".")
                 .arg(fieldOf(path, "risk_level"), riskLevels().join(QStringLiteral(", ")), s.riskLevel),
             fieldOf(path, "risk_level"));
}

// Each requirement with its own key, a known group and a text; at least one general one.
void StandardValidator::checkRequirements(const ServiceStandard& s, const QString& path)
{
    QSet<QString> keys;
    bool anyGeneral = false;
    for (int i = 0; i < s.requirements.size(); ++i) {
        const Requirement& r = s.requirements[i];
        const QString f = fieldOf(path, "requirements") + QStringLiteral("[%1]").arg(i);
        if (r.key.trimmed().isEmpty() || keys.contains(r.key))
            fail(tr("%1.key: each requirement needs its own key (\"U1\", \"K1\"); \"%2\" is empty or used twice.")
                     .arg(f, r.key),
                 f + QStringLiteral(".key"));
        keys.insert(r.key);
        if (r.group != QLatin1String("general") && r.group != QLatin1String("special"))
            fail(tr("%1.group must be \"general\" or \"special\", not \"%2\".").arg(f, r.group),
                 f + QStringLiteral(".group"));
        if (r.text.trimmed().isEmpty())
            fail(tr("%1.text: the requirement has no text.").arg(f), f + QStringLiteral(".text"));
        anyGeneral = anyGeneral || r.group == QLatin1String("general");
    }
    if (!anyGeneral)
        fail(tr("%1: a standard needs at least one general requirement.").arg(fieldOf(path, "requirements")),
             fieldOf(path, "requirements"));
}

// The procedure's classifications and the completion time.
void StandardValidator::checkTime(const ServiceStandard& s, const QString& path)
{
    for (int c : s.procedureClassifications)
        if (c <= 0)
            fail(tr("%1: a procedure classification is a positive number.")
                     .arg(fieldOf(path, "procedure_classifications")),
                 fieldOf(path, "procedure_classifications"));
    if (s.completionWorkingDays <= 0 || s.completionWorkingDays > 365)
        fail(tr("%1: the completion time must be 1 to 365 working days.").arg(fieldOf(path, "completion_working_days")),
             fieldOf(path, "completion_working_days"));
}

// Each budgeted stage known, once, before the clock stops, and all of them within the completion time.
void StandardValidator::checkStageBudgets(const ServiceStandard& s, const QString& path)
{
    QSet<QString> stages;
    int budgeted = 0;
    for (int i = 0; i < s.stageBudgets.size(); ++i) {
        const StageBudget& b = s.stageBudgets[i];
        const QString f = fieldOf(path, "stage_budgets") + QStringLiteral("[%1]").arg(i);
        if (stageAfterClockStops(b.stage))
            fail(tr("%1.stage: the completion clock stops when the permit is issued, so \"%2\" comes after it and "
                    "gets no working days.")
                     .arg(f, b.stage),
                 f + QStringLiteral(".stage"));
        if (!standardStageKeys().contains(b.stage) || stages.contains(b.stage))
            fail(tr("%1.stage must be one of %2, each once; \"%3\" is not.")
                     .arg(f, standardStageKeys().join(QStringLiteral(", ")), b.stage),
                 f + QStringLiteral(".stage"));
        stages.insert(b.stage);
        if (b.workingDays < 0)
            fail(tr("%1.working_days cannot be negative.").arg(f), f + QStringLiteral(".working_days"));
        budgeted += b.workingDays;
    }
    if (budgeted > s.completionWorkingDays)
        fail(tr("%1: the stages add up to %2 working days, more than the %3 of the completion time.")
                 .arg(fieldOf(path, "stage_budgets"))
                 .arg(budgeted)
                 .arg(s.completionWorkingDays),
             fieldOf(path, "stage_budgets"));
}

// At least one complaint channel, each with its own key, a known kind and a label; the two time limits.
void StandardValidator::checkComplaintChannels(const ServiceStandard& s, const QString& path)
{
    const ComplaintHandling& h = s.complaints;
    const QString cf = fieldOf(path, "complaints");
    if (h.channels.isEmpty())
        fail(tr("%1.channels: a standard names at least one complaint channel.").arg(cf),
             cf + QStringLiteral(".channels"));
    QSet<QString> channelKeys;
    for (int i = 0; i < h.channels.size(); ++i) {
        const ComplaintChannel& c = h.channels[i];
        const QString f = cf + QStringLiteral(".channels[%1]").arg(i);
        if (c.key.trimmed().isEmpty() || channelKeys.contains(c.key))
            fail(tr("%1.key: each channel needs its own key (\"a\", \"b\", ...); \"%2\" is empty or used twice.")
                     .arg(f, c.key),
                 f + QStringLiteral(".key"));
        channelKeys.insert(c.key);
        if (!ComplaintTextParser::channelKinds().contains(c.kind))
            fail(tr("%1.kind must be one of %2, not \"%3\".")
                     .arg(f, ComplaintTextParser::channelKinds().join(QStringLiteral(", ")), c.kind),
                 f + QStringLiteral(".kind"));
        if (c.label.trimmed().isEmpty())
            fail(tr("%1.label: the channel has no label.").arg(f), f + QStringLiteral(".label"));
    }
    if (h.windowCalendarDays <= 0)
        fail(tr("%1.window_calendar_days must be a positive number of days.").arg(cf),
             cf + QStringLiteral(".window_calendar_days"));
    if (h.answerWorkingDays <= 0)
        fail(tr("%1.answer_working_days must be a positive number of days.").arg(cf),
             cf + QStringLiteral(".answer_working_days"));
}

// Each complaint resolution path a known one, once, with a title.
void StandardValidator::checkResolutionPaths(const ServiceStandard& s, const QString& path)
{
    const QString cf = fieldOf(path, "complaints");
    QSet<QString> pathKeys;
    for (int i = 0; i < s.complaints.resolutionPaths.size(); ++i) {
        const ResolutionPath& p = s.complaints.resolutionPaths[i];
        const QString f = cf + QStringLiteral(".resolution_paths[%1]").arg(i);
        if (!resolutionPathKeys().contains(p.key) || pathKeys.contains(p.key))
            fail(tr("%1.key must be one of %2, each once; \"%3\" is not.")
                     .arg(f, resolutionPathKeys().join(QStringLiteral(", ")), p.key),
                 f + QStringLiteral(".key"));
        pathKeys.insert(p.key);
        if (p.title.trimmed().isEmpty())
            fail(tr("%1.title: the resolution path has no title.").arg(f), f + QStringLiteral(".title"));
    }
}

} // namespace loket
