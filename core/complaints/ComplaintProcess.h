#pragma once

#include <QCoreApplication>

#include "Complaint.h"
#include "ComplaintOrder.h"
#include "ComplaintService.h"

namespace loket {

class Context;
class Database;

// Review, resolution and closing of a complaint (component 6, items 5c to 8). Every step needs
// Permission::HandleComplaint except the head of office's approval of APIP
// (Permission::ApproveApip); each change is audited in its own transaction. Static functions,
// the Context first (docs/ARCHITECTURE.md).
class ComplaintProcess
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintProcess)
public:
    // Classification by service/sector and the standard's problem types (item 5c). The standard's
    // list ends "dll.": any other type is "Lainnya" with its description in `other`.
    static Complaint classify(const Context& ctx, const QString& id, const QString& sector, const QString& problemType,
                              const QString& other = {});
    static const QString OtherProblemType; // "Lainnya"
    // The types an officer may choose: the standard's, without its "dll.", then "Lainnya".
    static QStringList problemTypeChoices(const ComplaintHandling& h);
    // One step of the standard's review checklist: done on `doneOn` with a note; an invalid date
    // reopens it.
    static Complaint recordReviewStep(const Context& ctx, const QString& id, int position, QDate doneOn,
                                      const QString& note);
    static Complaint setPlan(const Context& ctx, const QString& id, const ComplaintPlan& plan);
    static Complaint recordClarification(const Context& ctx, const QString& id, const QString& withWhom, QDate on);

    // One of the standard's resolution paths. A path that needs the head's approval (APIP)
    // takes no escalation and no answer until approveApip().
    static Complaint chooseResolution(const Context& ctx, const QString& id, const QString& path);
    static Complaint approveApip(const Context& ctx, const QString& id, const QString& note);
    // The internal or technical-team attempt could not resolve the complaint: opens the APIP path.
    static Complaint recordUnresolved(const Context& ctx, const QString& id, QDate on, const QString& note);
    // The next level of the chosen path with its written report (level 1 is the officer).
    static Complaint addEscalation(const Context& ctx, const QString& id, const QString& position,
                                   const QString& officer, QDate reportedOn, const QString& report);

    // The answer needs a resolution path with at least one level's report; closing needs the
    // answer and the report to the direct superior.
    static Complaint recordAnswer(const Context& ctx, const QString& id, const QString& channel, QDate on,
                                  const QString& text);
    static Complaint recordSuperiorReport(const Context& ctx, const QString& id, const QString& superiorName, QDate on,
                                          const QString& text);
    static Complaint close(const Context& ctx, const QString& id);

    // What still keeps the complaint from closing (translated), empty when it may close.
    static QStringList missingForClose(const Complaint& c);
    // The answer's channel: as recorded, else the channel the complaint came in by.
    static QString suggestedAnswerChannel(const Complaint& c);
    // What comes next for this complaint (translated), with the office's list of posts.
    static QString nextStep(const Database& db, const Complaint& c);
    // Whether the complaint's path needs the head's approval under its standard.
    static bool pathNeedsApproval(const Database& db, const Complaint& c);
    // Whether the next level's report may be recorded now (ComplaintOrder::escalation).
    static ComplaintRefusal escalation(const Database& db, const Complaint& c);

private:
    static void startReview(Complaint& c);
};

} // namespace loket
