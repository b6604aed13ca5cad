#pragma once

#include <QCoreApplication>

#include "Complaint.h"
#include "ComplaintFilter.h"
#include "ComplaintLinks.h"
#include "ComplaintRepository.h"
#include "ComplaintTriage.h"
#include "calendar/SlaClock.h"

#include <QStringList>
#include <functional>

namespace loket {

class Context;
class WorkingCalendar;

// What the officer records at intake.
struct ComplaintIntake
{
    QString channelKey;
    QDateTime receivedAt;
    QString complainantName;
    QString complainantIdNumber;
    QString complainantContact;
    QString complainantAddress;
    QString caseRegNumber;
    // Without a case (a visit, a consultation): the day the service was received, from which the
    // complaint window runs; invalid when not known.
    QDate serviceDate;
    QString serviceKbli;
    QString objectText;
    QStringList attachmentPaths;
};

// What the intake screen shows before saving: the triage, the rule, and the due date.
struct ComplaintPreview
{
    TriageResult triage;
    RelatedCase relatedCase;
    QString serviceName;
    QString channelLabel;
    QDate dueOn; // complaints only
    bool dueInUnconfirmedYear = false;
};

// Prior documents and information of review step c.
struct ComplaintPriorInfo
{
    RelatedCase relatedCase;
    QList<RelatedComplaint> earlier;
};

// Complaint intake, triage and its override, suggestions, and the registers, as component 6 of
// the standard prescribes them (review, resolution and closing are in ComplaintProcess). Every
// call checks the actor's permission, validates first, and writes the change with its audit
// entry in one transaction.
class ComplaintService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintService)
public:
    explicit ComplaintService(const Context& ctx);

    // Component 6 of the service's standard (or the office's first standard without a service).
    ComplaintHandling handling(const QString& serviceKbli) const;
    // Component 6 of the standard version the complaint was recorded under.
    ComplaintHandling handlingOf(const Complaint& c) const;
    QList<ServiceStandard> services() const;

    // Intake (Permission::RegisterComplaint).
    ComplaintPreview preview(const ComplaintIntake& intake) const;
    Complaint intake(const ComplaintIntake& intake);
    Complaint addAttachment(const QString& id, const QString& path);

    // Reading (RegisterComplaint, HandleComplaint or ViewReports).
    Complaint get(const QString& idOrNumber) const;
    ClockResult answerClock(const Complaint& c) const;
    ComplaintPriorInfo prior(const Complaint& c) const;
    TriageResult triageOf(const Complaint& c) const; // the stored triage with its numbers
    int count(const ComplaintFilter& filter);
    QList<Complaint> page(const ComplaintFilter& filter, const ComplaintCursor& after, int limit);
    QString clockState(const Complaint& c) const; // register's key, "" for suggestions

    // Triage override (Permission::OverrideTriage), with a reason.
    Complaint overrideTriage(const QString& id, ComplaintKind kind, const QString& reason);

    // Suggestions are reported, not dropped: an officer notes what was done with one.
    Complaint noteSuggestion(const QString& id, const QString& note);

    // Builds a complaint from an intake without saving (used by intake() and the CSV import).
    Complaint prepare(const ComplaintIntake& intake, QString* field = nullptr) const;
    // Saves prepared complaints (number, review steps, audit) inside the caller's transaction.
    void insertPrepared(Complaint& c);

    // Recomputes stored due dates of open complaints after a calendar change.
    void refreshClocks();

private:
    friend class ComplaintProcess;
    void requireRead() const;
    Complaint load(const QString& id) const;
    std::shared_ptr<const WorkingCalendar> calendar() const;
    QString clockBasis() const;
    void computeClock(Complaint& c) const;
    QDate serviceDay(const ComplaintIntake& in, const RelatedCase& related, const QDateTime& received,
                     QString* field) const;
    void requireOpenComplaint(const Complaint& c) const;
    // Runs `change` on the stored complaint, saves it and audits `action` in one transaction.
    Complaint mutate(const QString& id, const QString& action, const std::function<void(Complaint&)>& change,
                     const QString& note = {});
    QList<ComplaintReviewStep> reviewStepsFor(const Complaint& c) const;

    // The calendar, at-risk days and basis key, read once per service object.
    struct ClockSetup
    {
        std::shared_ptr<const WorkingCalendar> calendar;
        int atRiskDays = 2;
        QString basis;
    };
    const ClockSetup& clockSetup() const;
    // Starts a public operation from the current calendar and catalogue (the caches above only
    // serve the rows of one operation, such as an import or a register page).
    void freshRead() const;

    const Context& m_ctx;
    ComplaintLinks m_links;
    ComplaintRepository m_repo;
    mutable std::optional<ClockSetup> m_clock;
};

} // namespace loket
