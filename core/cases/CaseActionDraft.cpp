#include "CaseActionDraft.h"

#include "BusinessRepository.h"
#include "CaseClocks.h"
#include "CaseValidator.h"
#include "ScaleRequirement.h"
#include "common/Bounds.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "identity/IdentityValidator.h"

#include <QJsonObject>

namespace loket {

namespace {
// A date entered for the past stands at noon; today's is the moment of the action.
QDateTime atDay(const QDate& day, const QDateTime& now)
{
    return day == now.date() ? now : QDateTime(day, QTime(12, 0), Clock::zone());
}
} // namespace

CaseActionDraft::CaseActionDraft(const Context& ctx, const CaseRecord& before, const ServiceStandard& standard,
                                 const TransitionRequest& request, CaseAction action, CaseStage to,
                                 const QDateTime& now)
    : next(before), to(to), note(request.note.trimmed()), m_ctx(ctx), m_before(before), m_standard(standard),
      m_request(request), m_action(action), m_now(now), m_reason(request.reason.simplified())
{
    Bounds::text(note, Bounds::kNote, QStringLiteral("note"), tr("The note"), true);
    Bounds::text(m_reason, Bounds::kNote, QStringLiteral("reason"), tr("The reason"));
    Bounds::text(request.permitNumber, Bounds::kShortText, QStringLiteral("permit_number"), tr("The permit number"));
    Bounds::text(request.fieldOfficer, Bounds::kName, QStringLiteral("field_officer"), tr("The field officer"));
    switch (action) {
    case CaseAction::Resubmit:
        resubmit();
        break;
    case CaseAction::ReturnForCorrection:
        returnForCorrection();
        break;
    case CaseAction::CompleteTechnical:
        completeTechnical();
        break;
    case CaseAction::Issue:
        issue();
        break;
    case CaseAction::HandOver:
        handOver();
        break;
    case CaseAction::Reject:
    case CaseAction::Withdraw:
        close();
        break;
    case CaseAction::StartVerification:
    case CaseAction::ForwardToTechnical:
    case CaseAction::ForwardToSignature:
        break;
    }
}

void CaseActionDraft::mark(ClockEvent::Type type, const QDateTime& at, const QString& text)
{
    marks.append(CaseClockMark{CaseClocks::markKey(type), at, text});
}

// The reason leads the event's note; what the officer wrote besides follows it.
void CaseActionDraft::prefixNote(const QString& text)
{
    note = note.isEmpty() ? text : text + QStringLiteral(" — ") + note;
}

// The file comes back: still incomplete, it stays returned; complete, it goes back to the stage
// it was returned from, and the completion clock starts, resumes or restarts as the standard says.
void CaseActionDraft::resubmit()
{
    next.checklist = CaseValidator::checklist(m_request.checklist, m_standard);
    // U1 is checked again against the scale the business has now: the warning stays in the case.
    ScaleRequirement::recheck(next.checklist, m_before.business.scale);
    checklistChanged = true;
    uploads = m_request.documents;
    const QList<ChecklistItem> unmet = next.unmetRequirements();
    if (!unmet.isEmpty()) {
        to = CaseStage::Returned;
        note = note.isEmpty() ? CaseValidator::describeUnmet(unmet)
                              : note + QStringLiteral(" — ") + CaseValidator::describeUnmet(unmet);
        return;
    }
    CaseStage back = CaseStage::Registered;
    if (!m_before.returnedFrom.isEmpty())
        caseStageFromKey(m_before.returnedFrom, &back);
    to = back;
    next.returnedFrom.clear();
    if (m_before.clockMarks.isEmpty()) {
        mark(ClockEvent::Type::Start, m_now);
        next.completeAt = m_now;
    } else if (m_standard.resubmission == ResubmissionRule::Pause) {
        mark(ClockEvent::Type::Resume, m_now);
    } else {
        mark(ClockEvent::Type::Restart, m_now);
        next.completeAt = m_now;
    }
}

void CaseActionDraft::returnForCorrection()
{
    if (m_reason.isEmpty())
        throw Error::invalid(tr("Write what the applicant must correct."), QStringLiteral("reason"));
    if (!m_request.checklist.isEmpty()) {
        next.checklist = CaseValidator::checklist(m_request.checklist, m_standard);
        ScaleRequirement::recheck(next.checklist, m_before.business.scale);
        checklistChanged = true;
    }
    next.returnedFrom = caseStageKey(m_before.stage);
    next.returnCount = m_before.returnCount + 1;
    if (m_before.clock == QLatin1String("running"))
        mark(ClockEvent::Type::Pause, m_now, m_reason);
    prefixNote(m_reason);
}

void CaseActionDraft::completeTechnical()
{
    const QDate visit = m_request.fieldVisitDate;
    const QString officer = m_request.fieldOfficer.simplified();
    if (!visit.isValid()) {
        if (!officer.isEmpty())
            throw Error::invalid(tr("Give the date of the field visit."), QStringLiteral("field_visit_date"));
        return;
    }
    if (visit > m_now.date())
        throw Error::invalid(tr("The field visit date cannot be in the future."), QStringLiteral("field_visit_date"));
    if (m_before.completeAt.isValid() && visit < m_before.completeAt.date())
        throw Error::invalid(tr("The field visit date is before the file was complete."),
                             QStringLiteral("field_visit_date"));
    if (officer.isEmpty())
        throw Error::invalid(tr("Name the officer who made the field visit."), QStringLiteral("field_officer"));
    next.fieldVisitDate = visit;
    next.fieldOfficer = officer;
}

// The permit is signed: the NIB is checked against the business's, and the clock stops on the
// signature date.
void CaseActionDraft::issue()
{
    const ValidationResult nib = IdentityValidator::validateNib(m_request.nibNumber);
    if (!nib.ok)
        throw Error::invalid(nib.reason, QStringLiteral("nib_number"));
    const QString nibDigits = IdentityValidator::normalizeNib(m_request.nibNumber);
    const Business& business = m_before.business;
    if (!business.nib.isEmpty() && business.nib != nibDigits)
        throw Error::invalid(
            tr("%1 already has NIB %2; the issued NIB must be the same.").arg(business.name, business.nib),
            QStringLiteral("nib_number"));
    if (business.nib.isEmpty()) {
        if (const auto other = BusinessRepository(m_ctx.db()).byNib(nibDigits))
            throw Error::invalid(tr("NIB %1 belongs to %2.").arg(nibDigits, other->name), QStringLiteral("nib_number"));
    }
    const QString permit = m_request.permitNumber.simplified();
    if (permit.isEmpty() || permit.size() > 100)
        throw Error::invalid(tr("Give the permit number (at most 100 characters)."), QStringLiteral("permit_number"));
    const QDate today = m_now.date();
    const QDate signedOn = m_request.signedDate.isValid() ? m_request.signedDate : today;
    if (signedOn > today)
        throw Error::invalid(tr("The signature date cannot be in the future."), QStringLiteral("signed_date"));
    if (m_before.completeAt.isValid() && signedOn < m_before.completeAt.date())
        throw Error::invalid(tr("The signature date is before the file was complete."), QStringLiteral("signed_date"));
    next.nibNumber = nibDigits;
    next.permitNumber = permit;
    next.signedDate = signedOn;
    next.business.nib = nibDigits;
    mark(ClockEvent::Type::Stop, atDay(signedOn, m_now), tr("Permit %1 signed").arg(permit));
}

void CaseActionDraft::handOver()
{
    const QDate today = m_now.date();
    const QDate day = m_request.handedOverDate.isValid() ? m_request.handedOverDate : today;
    if (day > today)
        throw Error::invalid(tr("The hand-over date cannot be in the future."), QStringLiteral("handed_over_date"));
    if (m_before.signedDate.isValid() && day < m_before.signedDate)
        throw Error::invalid(tr("The hand-over date is before the permit was signed."),
                             QStringLiteral("handed_over_date"));
    next.handedOverDate = day;
}

// Rejected or withdrawn: the reason is required, and an open clock stops.
void CaseActionDraft::close()
{
    const bool reject = m_action == CaseAction::Reject;
    if (m_reason.isEmpty())
        throw Error::invalid(reject ? tr("Give the reason for the rejection.")
                                    : tr("Give the reason the applicant withdraws."),
                             QStringLiteral("reason"));
    if (reject)
        next.rejectionReason = m_reason;
    else
        next.withdrawalReason = m_reason;
    if (m_before.clock == QLatin1String("running") || m_before.clock == QLatin1String("paused"))
        mark(ClockEvent::Type::Stop, m_now, m_reason);
    prefixNote(m_reason);
}

QJsonObject CaseActionDraft::auditDetails() const
{
    QJsonObject o;
    if (m_action == CaseAction::Issue) {
        o.insert(QStringLiteral("nib_number"), next.nibNumber);
        o.insert(QStringLiteral("permit_number"), next.permitNumber);
        o.insert(QStringLiteral("signed_date"), next.signedDate.toString(Qt::ISODate));
    } else if (m_action == CaseAction::HandOver) {
        o.insert(QStringLiteral("handed_over_date"), next.handedOverDate.toString(Qt::ISODate));
    } else if (m_action == CaseAction::CompleteTechnical && next.fieldVisitDate.isValid()) {
        o.insert(QStringLiteral("field_visit_date"), next.fieldVisitDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("field_officer"), next.fieldOfficer);
    }
    return o;
}

} // namespace loket
