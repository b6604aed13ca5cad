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
class Database;
class Error;

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
// entry in one transaction. A service of static functions (docs/ARCHITECTURE.md): the calendar
// and the catalogue are read once per call.
class ComplaintService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintService)
public:
    // Component 6 of the service's standard (or the office's first standard without a service).
    static ComplaintHandling handling(const Database& db, const QString& serviceKbli);
    // Component 6 of the standard version the complaint was recorded under.
    static ComplaintHandling handlingOf(const Database& db, const Complaint& c);
    static QList<ServiceStandard> services(const Database& db);

    // Intake (Permission::RegisterComplaint).
    static ComplaintPreview preview(const Context& ctx, const ComplaintIntake& intake);
    static Complaint intake(const Context& ctx, const ComplaintIntake& intake);
    static Complaint addAttachment(const Context& ctx, const QString& id, const QString& path);

    // Reading (RegisterComplaint, HandleComplaint or ViewReports).
    static Complaint get(const Context& ctx, const QString& idOrNumber);
    static ClockResult answerClock(const Context& ctx, const Complaint& c);
    static ComplaintPriorInfo prior(const Context& ctx, const Complaint& c);
    static TriageResult triageOf(const Complaint& c); // the stored triage with its numbers
    static int count(const Context& ctx, const ComplaintFilter& filter);
    static QList<Complaint> page(const Context& ctx, const ComplaintFilter& filter, const ComplaintCursor& after,
                                 int limit);
    static QString clockState(const Context& ctx, const Complaint& c); // register's key, "" for suggestions

    // Triage override (Permission::OverrideTriage), with a reason.
    static Complaint overrideTriage(const Context& ctx, const QString& id, ComplaintKind kind, const QString& reason);

    // Suggestions are reported, not dropped: an officer notes what was done with one.
    static Complaint noteSuggestion(const Context& ctx, const QString& id, const QString& note);

    // Builds complaints from intakes without saving (the CSV import), reading the calendar and the
    // catalogue once; `refused` is called with the index and the Error::invalid of each intake
    // that cannot be recorded, which is left out of the result.
    static QList<Complaint> prepare(const Context& ctx, const QList<ComplaintIntake>& intakes,
                                    const std::function<void(int, const Error&)>& refused);
    // Saves prepared complaints (number, review steps, audit) inside the caller's transaction.
    static void insertPrepared(const Context& ctx, QList<Complaint>& complaints);

    // Recomputes stored due dates of open complaints after a calendar change.
    static void refreshClocks(const Context& ctx);

    // For the steps of ComplaintProcess: refuses a suggestion or a closed complaint.
    static void requireOpenComplaint(const Complaint& c);
    // Runs `edit` on the stored complaint, recomputes its clock, saves it and audits `action`, in
    // one transaction (`edit` may write the complaint's rows through ComplaintRepository).
    static Complaint change(const Context& ctx, const QString& id, const QString& action,
                            const std::function<void(Complaint&)>& edit, const QString& note = {});

private:
    struct Call; // what one call reads once: the calendar, the at-risk days, the catalogue
    static void requireRead(const Context& ctx);
    static Complaint load(const ComplaintRepository& repo, const QString& id);
    static void computeClock(Call& call, Complaint& c);
    static Complaint prepareOne(Call& call, const ComplaintIntake& intake);
    static void checkIntakeText(const ComplaintIntake& in);
    static QDate serviceDay(const ComplaintIntake& in, const RelatedCase& related, const QDateTime& received);
    static QList<ComplaintReviewStep> reviewStepsFor(Call& call, const Complaint& c);
};

} // namespace loket
