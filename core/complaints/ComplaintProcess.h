#pragma once

#include <QCoreApplication>

#include "Complaint.h"
#include "ComplaintService.h"

namespace loket {

class Context;

// Review, resolution and closing of a complaint (component 6, items 5c to 8). Every step needs
// Permission::HandleComplaint except the head of office's approval of APIP
// (Permission::ApproveApip); each change is audited in its own transaction.
class ComplaintProcess
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::ComplaintProcess)
public:
    explicit ComplaintProcess(const Context& ctx) : m_ctx(ctx), m_service(ctx) {}

    // Classification by service/sector and the standard's problem types (item 5c). The standard's
    // list ends "dll.": any other type is "Lainnya" with its description in `other`.
    Complaint classify(const QString& id, const QString& sector, const QString& problemType, const QString& other = {});
    static const QString OtherProblemType; // "Lainnya"
    // The types an officer may choose: the standard's, without its "dll.", then "Lainnya".
    static QStringList problemTypeChoices(const ComplaintHandling& h);
    // One step of the standard's review checklist: done on `doneOn` with a note; an invalid date
    // reopens it.
    Complaint recordReviewStep(const QString& id, int position, QDate doneOn, const QString& note);
    Complaint setPlan(const QString& id, const ComplaintPlan& plan);
    Complaint recordClarification(const QString& id, const QString& withWhom, QDate on);

    // One of the standard's resolution paths. A path that needs the head's approval (APIP)
    // takes no escalation and no answer until approveApip().
    Complaint chooseResolution(const QString& id, const QString& path);
    Complaint approveApip(const QString& id, const QString& note);
    // The internal or technical-team attempt could not resolve the complaint: opens the APIP path.
    Complaint recordUnresolved(const QString& id, QDate on, const QString& note);
    // The next level of the chosen path with its written report (level 1 is the officer).
    Complaint addEscalation(const QString& id, const QString& position, const QString& officer, QDate reportedOn,
                            const QString& report);

    // The answer needs a resolution path with at least one level's report; closing needs the
    // answer and the report to the direct superior.
    Complaint recordAnswer(const QString& id, const QString& channel, QDate on, const QString& text);
    Complaint recordSuperiorReport(const QString& id, const QString& superiorName, QDate on, const QString& text);
    Complaint close(const QString& id);

    // What still keeps the complaint from closing (translated), empty when it may close.
    static QStringList missingForClose(const Complaint& c);
    // The answer's channel: as recorded, else the channel the complaint came in by.
    static QString suggestedAnswerChannel(const Complaint& c);
    // What comes next for this complaint (translated), with the office's list of posts.
    QString nextStep(const Complaint& c) const;
    // Whether the complaint's path needs the head's approval under its standard.
    bool pathNeedsApproval(const Complaint& c) const;

private:
    void startReview(Complaint& c) const;

    const Context& m_ctx;
    ComplaintService m_service;
};

} // namespace loket
