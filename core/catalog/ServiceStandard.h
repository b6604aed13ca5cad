#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

// What the completion clock does when a file is returned to the applicant and resubmitted.
enum class ResubmissionRule
{
    Restart, // the clock starts again from day 0 on the resubmission
    Pause,   // the clock stops while the file is with the applicant and continues afterwards
};

inline QString resubmissionRuleKey(ResubmissionRule r)
{
    return r == ResubmissionRule::Pause ? QStringLiteral("pause") : QStringLiteral("restart");
}

inline bool resubmissionRuleFromKey(const QString& key, ResubmissionRule* out)
{
    if (key == QLatin1String("restart")) {
        *out = ResubmissionRule::Restart;
        return true;
    }
    if (key == QLatin1String("pause")) {
        *out = ResubmissionRule::Pause;
        return true;
    }
    return false;
}

// One document the applicant hands in (component 1 of the standard).
struct Requirement
{
    QString key;   // stable: "U1".."U5" general, "K1".. special
    QString group; // "general" | "special"
    QString text;
    int order = 0;

    bool operator==(const Requirement&) const = default;
};

// Working days the office budgets for one case stage (the catalogue editor; none by default: the
// standard itself only states the whole completion time). Stage keys are the case stage keys of
// docs/ARCHITECTURE.md before the clock stops: registered, verification, technical, signature.
struct StageBudget
{
    QString stage;
    int workingDays = 0;

    bool operator==(const StageBudget&) const = default;
};

// One place a complaint can be lodged (component 6, items a..m).
struct ComplaintChannel
{
    QString key;  // "a".."m"
    QString kind; // officer, counter, letter, phone, sms, whatsapp, email, twitter, instagram, web, mpp_web, form, box
    QString label;
    QString contact; // address, phone number, email, handle or url; empty when there is none

    bool operator==(const ComplaintChannel&) const = default;
};

// One way a complaint is settled (component 6, "Penyelesaian pengaduan").
struct ResolutionPath
{
    QString key; // internal, technical, apip
    QString title;
    QString text;
    bool needsHeadApproval = false;

    bool operator==(const ResolutionPath&) const = default;
};

// Component 6: how complaints, suggestions and feedback are handled.
struct ComplaintHandling
{
    QStringList rules; // the general rules (who may complain, confidentiality, ...)
    QList<ComplaintChannel> channels;
    int windowCalendarDays = 30; // after the product is received
    int answerWorkingDays = 14;  // after the complaint is received
    QStringList recordingSteps;
    QStringList reviewSteps;
    QStringList problemTypes;
    QList<ResolutionPath> resolutionPaths;
    QString reportingRule;

    bool operator==(const ComplaintHandling&) const = default;
};

// One version of one service's standard: all 14 components as data.
struct ServiceStandard
{
    QString id;        // version row uuid
    QString serviceId; // stable across versions
    int version = 1;
    QString kbli;
    QString name;
    QString riskLevel; // Rendah, Menengah Rendah, Menengah Tinggi, Tinggi
    QString sector;
    QString permitType;  // from the annex heading: "Izin", "Sertifikat Standar", ...
    int annexNumber = 0; // the entry's number in the annex, 0 when entered by hand

    QList<Requirement> requirements;     // 1
    QList<int> procedureClassifications; // 2
    QString procedureText;               // 2
    int completionWorkingDays = 0;       // 3
    QString completionText;              // 3: when the clock starts
    ResubmissionRule resubmission = ResubmissionRule::Restart;
    QList<StageBudget> stageBudgets;    // how the completion days split over stages
    qint64 feeAmount = 0;               // 4, rupiah; 0 = "Gratis"
    QString feeText;                    // 4
    QStringList products;               // 5
    ComplaintHandling complaints;       // 6
    QStringList legalBases;             // 7
    QStringList facilities;             // 8
    QStringList staffCompetence;        // 9
    QStringList internalSupervision;    // 10
    int staffCount = 0;                 // 11
    QString staffCountText;             // 11
    QStringList serviceGuarantees;      // 12
    QStringList safetyGuarantees;       // 13
    QString performanceEvaluationIntro; // 14: the sentence before the list
    QStringList performanceEvaluation;  // 14
    int surveysPerYear = 0;             // 14
    int sopEvaluationsPerYear = 0;      // 14

    QDateTime validFrom;
    bool current = true;

    QList<Requirement> requirementsOf(const QString& group) const
    {
        QList<Requirement> out;
        for (const Requirement& r : requirements)
            if (r.group == group)
                out.append(r);
        return out;
    }
    bool isFree() const { return feeAmount == 0; }
    int stageBudget(const QString& stage) const
    {
        for (const StageBudget& b : stageBudgets)
            if (b.stage == stage)
                return b.workingDays;
        return 0;
    }
    // Same content, ignoring the version bookkeeping (id, version, validFrom, current).
    bool sameContent(const ServiceStandard& o) const
    {
        ServiceStandard a = *this;
        ServiceStandard b = o;
        a.id = b.id;
        a.serviceId = b.serviceId;
        a.version = b.version;
        a.validFrom = b.validFrom;
        a.current = b.current;
        return a == b;
    }

    bool operator==(const ServiceStandard&) const = default;
};

// Stage keys a standard can budget, in case order: the stages while the completion clock runs.
// The clock stops when the permit is issued, so `issued` and the stages after it get no budget.
inline QStringList standardStageKeys()
{
    return {QStringLiteral("registered"), QStringLiteral("verification"), QStringLiteral("technical"),
            QStringLiteral("signature")};
}

// Stages that come after the completion clock stops (the permit is signed): never budgeted.
inline bool stageAfterClockStops(const QString& stage)
{
    return stage == QLatin1String("issued") || stage == QLatin1String("handed_over");
}

} // namespace loket
