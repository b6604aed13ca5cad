#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

// What the triage made of an input: a complaint (answered within working days) or a
// suggestion/input/correction (registered and reported, no answer clock).
enum class ComplaintKind { Complaint, Suggestion };

QString complaintKindKey(ComplaintKind kind); // "complaint" | "suggestion"
bool complaintKindFromKey(const QString& key, ComplaintKind* out);
QString complaintKindTitle(ComplaintKind kind); // translated

// State keys stored in the database. Complaints: received -> in_review -> escalated ->
// answered -> closed. Suggestions: registered -> noted.
namespace ComplaintStates {
inline const QString Received = QStringLiteral("received");
inline const QString InReview = QStringLiteral("in_review");
inline const QString Escalated = QStringLiteral("escalated");
inline const QString Answered = QStringLiteral("answered");
inline const QString Closed = QStringLiteral("closed");
inline const QString Registered = QStringLiteral("registered");
inline const QString Noted = QStringLiteral("noted");
QStringList all();
QString title(const QString& key); // translated
bool isOpen(const QString& key);
} // namespace ComplaintStates

// Resolution path keys of the standard: inside the office, with the technical team or another
// agency, with the Inspectorate (APIP).
namespace ResolutionPaths {
inline const QString Internal = QStringLiteral("internal");
inline const QString Technical = QStringLiteral("technical");
inline const QString Apip = QStringLiteral("apip");
QStringList all();
QString title(const QString& key); // translated
} // namespace ResolutionPaths

struct ComplaintReviewStep
{
    QString id;
    int position = 0; // index into the standard's review steps
    QString label;
    QDate doneOn;     // invalid while open
    QString note;
    QString doneBy;

    bool done() const { return doneOn.isValid(); }
};

// One level of the level-by-level escalation, with its written report to the level above.
struct ComplaintEscalation
{
    QString id;
    QString path;
    int level = 1;
    QString position; // the officer's post (jabatan)
    QString officer;
    QDate reportedOn;
    QString report;
    QString recordedBy;
};

struct ComplaintAttachment
{
    QString id;
    QString fileName;
    QString storedPath; // relative to the attachments folder
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
};

// The handling plan of review step d: which of the standard's steps the officer plans.
struct ComplaintPlan
{
    bool clarification = false;
    bool confirmation = false;
    bool research = false;
    bool investigation = false;

    bool any() const { return clarification || confirmation || research || investigation; }
    bool operator==(const ComplaintPlan&) const = default;
};

struct Complaint
{
    QString id;
    QString number;
    ComplaintKind kind = ComplaintKind::Complaint;
    QString state;

    QString channelKey;
    QString channelLabel;
    QDateTime receivedAt;

    QString complainantName;
    QString complainantIdNumber;
    QString complainantContact;
    QString complainantAddress;

    QString caseRegNumber;
    QDate caseHandedOverOn; // the day the complainant received the service

    QString serviceKbli;
    QString serviceName;
    QString standardId;
    QString sector;
    QString objectText;

    ComplaintKind triageKind = ComplaintKind::Complaint;
    QString triageRule;
    int windowDays = 30;
    int answerWorkingDays = 14;
    bool overridden = false;
    QString overrideReason;
    QString overrideBy;
    QDateTime overrideAt;

    QDate dueOn;
    QDate atRiskOn;
    QString clockBasis;

    QString problemType;
    QString problemTypeOther; // the description when problemType is "Lainnya"
    ComplaintPlan plan;
    bool clarificationDone = false;
    QString clarificationWith;
    QDate clarificationOn;

    QString resolutionPath;
    QString apipApprovedBy;
    QDateTime apipApprovedAt;
    QString apipApprovalNote;
    // An internal or technical-team attempt that could not resolve the complaint (opens APIP).
    QString unresolvedPath;
    QDate unresolvedOn;
    QString unresolvedNote;

    QString answerChannel;
    QDate answerOn;
    QString answerText;
    QString answeredBy;
    QString superiorName;
    QDate superiorReportOn;
    QString superiorReportText;
    QString note;
    QDateTime closedAt;
    QString registeredBy;

    QDateTime createdAt;
    QDateTime updatedAt;
    QString workstation;
    int rowVersion = 1;

    QList<ComplaintReviewStep> reviewSteps;
    QList<ComplaintEscalation> escalations;
    QList<ComplaintAttachment> attachments;

    bool isComplaint() const { return kind == ComplaintKind::Complaint; }
    bool hasAnswer() const { return answerOn.isValid() && !answerText.trimmed().isEmpty(); }
    bool hasSuperiorReport() const { return superiorReportOn.isValid() && !superiorReportText.trimmed().isEmpty(); }
    bool apipApproved() const { return apipApprovedAt.isValid(); }
    QList<ComplaintEscalation> escalationsOn(const QString& path) const;

    // The stored fields (without the lists), for the audit trail.
    QJsonObject auditJson() const;
};

} // namespace loket
