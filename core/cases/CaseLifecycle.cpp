#include "CaseLifecycle.h"

#include <QCoreApplication>

namespace loket {

const QList<CaseTransition>& CaseLifecycle::transitions()
{
    using A = CaseAction;
    using S = CaseStage;
    using P = Permission;
    static const QList<CaseTransition> list{
        {A::Resubmit, S::Returned, S::Registered, P::RegisterCase},
        {A::StartVerification, S::Registered, S::Verification, P::VerifyCase},
        {A::ForwardToTechnical, S::Verification, S::Technical, P::VerifyCase},
        {A::ForwardToSignature, S::Verification, S::Signature, P::VerifyCase},
        {A::CompleteTechnical, S::Technical, S::Signature, P::TechnicalReview},
        {A::ReturnForCorrection, S::Registered, S::Returned, P::VerifyCase},
        {A::ReturnForCorrection, S::Verification, S::Returned, P::VerifyCase},
        {A::ReturnForCorrection, S::Technical, S::Returned, P::TechnicalReview},
        {A::Issue, S::Signature, S::Issued, P::SignPermit},
        {A::HandOver, S::Issued, S::HandedOver, P::HandOver},
        {A::Reject, S::Registered, S::Rejected, P::RejectCase},
        {A::Reject, S::Verification, S::Rejected, P::RejectCase},
        {A::Reject, S::Technical, S::Rejected, P::RejectCase},
        {A::Reject, S::Signature, S::Rejected, P::RejectCase},
        {A::Reject, S::Returned, S::Rejected, P::RejectCase},
        {A::Withdraw, S::Registered, S::Withdrawn, P::RegisterCase},
        {A::Withdraw, S::Verification, S::Withdrawn, P::RegisterCase},
        {A::Withdraw, S::Technical, S::Withdrawn, P::RegisterCase},
        {A::Withdraw, S::Signature, S::Withdrawn, P::RegisterCase},
        {A::Withdraw, S::Returned, S::Withdrawn, P::RegisterCase},
    };
    return list;
}

const QList<CaseAction>& CaseLifecycle::allActions()
{
    using A = CaseAction;
    static const QList<CaseAction> all{A::Resubmit,          A::StartVerification, A::ForwardToTechnical,
                                       A::ForwardToSignature, A::CompleteTechnical, A::ReturnForCorrection,
                                       A::Issue,             A::HandOver,          A::Reject,
                                       A::Withdraw};
    return all;
}

std::optional<CaseTransition> CaseLifecycle::find(CaseAction action, CaseStage from)
{
    for (const CaseTransition& t : transitions())
        if (t.action == action && t.from == from)
            return t;
    return std::nullopt;
}

QList<CaseAction> CaseLifecycle::allowedActions(const Actor& actor, CaseStage from)
{
    QList<CaseAction> out;
    for (CaseAction a : allActions()) {
        const auto t = find(a, from);
        if (t && actor.can(t->permission))
            out.append(a);
    }
    return out;
}

QString CaseLifecycle::actionKey(CaseAction action)
{
    switch (action) {
    case CaseAction::Resubmit: return QStringLiteral("resubmit");
    case CaseAction::StartVerification: return QStringLiteral("start_verification");
    case CaseAction::ForwardToTechnical: return QStringLiteral("to_technical");
    case CaseAction::ForwardToSignature: return QStringLiteral("to_signature");
    case CaseAction::CompleteTechnical: return QStringLiteral("complete_technical");
    case CaseAction::ReturnForCorrection: return QStringLiteral("return");
    case CaseAction::Issue: return QStringLiteral("issue");
    case CaseAction::HandOver: return QStringLiteral("hand_over");
    case CaseAction::Reject: return QStringLiteral("reject");
    case CaseAction::Withdraw: return QStringLiteral("withdraw");
    }
    return {};
}

bool CaseLifecycle::actionFromKey(const QString& key, CaseAction* out)
{
    for (CaseAction a : allActions()) {
        if (actionKey(a) == key) {
            *out = a;
            return true;
        }
    }
    return false;
}

QString CaseLifecycle::actionTitle(CaseAction action)
{
    switch (action) {
    case CaseAction::Resubmit: return QCoreApplication::translate("loket::CaseLifecycle", "Resubmit corrected file");
    case CaseAction::StartVerification: return QCoreApplication::translate("loket::CaseLifecycle", "Start verification");
    case CaseAction::ForwardToTechnical: return QCoreApplication::translate("loket::CaseLifecycle", "Forward to technical team");
    case CaseAction::ForwardToSignature: return QCoreApplication::translate("loket::CaseLifecycle", "Forward for signature");
    case CaseAction::CompleteTechnical: return QCoreApplication::translate("loket::CaseLifecycle", "Complete technical review");
    case CaseAction::ReturnForCorrection: return QCoreApplication::translate("loket::CaseLifecycle", "Return for correction");
    case CaseAction::Issue: return QCoreApplication::translate("loket::CaseLifecycle", "Sign and issue");
    case CaseAction::HandOver: return QCoreApplication::translate("loket::CaseLifecycle", "Hand over");
    case CaseAction::Reject: return QCoreApplication::translate("loket::CaseLifecycle", "Reject");
    case CaseAction::Withdraw: return QCoreApplication::translate("loket::CaseLifecycle", "Withdraw");
    }
    return {};
}

} // namespace loket
