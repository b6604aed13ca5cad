#include "CaseStage.h"

#include <QCoreApplication>

namespace loket {

const QList<CaseStage>& allCaseStages()
{
    static const QList<CaseStage> all{CaseStage::Registered, CaseStage::Verification, CaseStage::Technical,
                                      CaseStage::Signature,  CaseStage::Issued,       CaseStage::HandedOver,
                                      CaseStage::Returned,   CaseStage::Rejected,     CaseStage::Withdrawn};
    return all;
}

QString caseStageKey(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Registered: return QStringLiteral("registered");
    case CaseStage::Verification: return QStringLiteral("verification");
    case CaseStage::Technical: return QStringLiteral("technical");
    case CaseStage::Signature: return QStringLiteral("signature");
    case CaseStage::Issued: return QStringLiteral("issued");
    case CaseStage::HandedOver: return QStringLiteral("handed_over");
    case CaseStage::Returned: return QStringLiteral("returned");
    case CaseStage::Rejected: return QStringLiteral("rejected");
    case CaseStage::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

bool caseStageFromKey(const QString& key, CaseStage* out)
{
    for (CaseStage s : allCaseStages()) {
        if (caseStageKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString caseAuditValueText(const QString& key, const QString& value)
{
    CaseStage stage;
    if (key == QLatin1String("stage") && caseStageFromKey(value, &stage))
        return caseStageTitle(stage);
    return {};
}

QString caseStageTitle(CaseStage stage)
{
    switch (stage) {
    case CaseStage::Registered: return QCoreApplication::translate("loket::CaseStage", "Registered");
    case CaseStage::Verification: return QCoreApplication::translate("loket::CaseStage", "Back-office verification");
    case CaseStage::Technical: return QCoreApplication::translate("loket::CaseStage", "Technical team");
    case CaseStage::Signature: return QCoreApplication::translate("loket::CaseStage", "Awaiting signature");
    case CaseStage::Issued: return QCoreApplication::translate("loket::CaseStage", "Issued");
    case CaseStage::HandedOver: return QCoreApplication::translate("loket::CaseStage", "Handed over");
    case CaseStage::Returned: return QCoreApplication::translate("loket::CaseStage", "Returned for correction");
    case CaseStage::Rejected: return QCoreApplication::translate("loket::CaseStage", "Rejected");
    case CaseStage::Withdrawn: return QCoreApplication::translate("loket::CaseStage", "Withdrawn");
    }
    return {};
}

bool caseStageIsOpen(CaseStage stage)
{
    return stage == CaseStage::Registered || stage == CaseStage::Verification || stage == CaseStage::Technical ||
           stage == CaseStage::Signature || stage == CaseStage::Returned;
}

} // namespace loket
