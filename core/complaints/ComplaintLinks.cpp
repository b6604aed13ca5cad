#include "ComplaintLinks.h"

#include "cases/CaseLifecycle.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "common/Context.h"

#include <QCoreApplication>

namespace loket {

namespace {
QString eventTitle(const CaseEvent& e)
{
    CaseAction action;
    if (CaseLifecycle::actionFromKey(e.action, &action))
        return CaseLifecycle::actionTitle(action);
    if (e.action == QLatin1String("register"))
        return QCoreApplication::translate("loket::ComplaintLinks", "Registered at the counter");
    if (e.action == QLatin1String("import"))
        return QCoreApplication::translate("loket::ComplaintLinks", "Imported");
    return e.action;
}
} // namespace

QList<ServiceStandard> ComplaintLinks::services() const
{
    return CatalogRepository(m_ctx.database()).listCurrent();
}

std::optional<ServiceStandard> ComplaintLinks::standard(const QString& kbli) const
{
    if (kbli.trimmed().isEmpty())
        return std::nullopt;
    return CatalogRepository(m_ctx.database()).currentByKbli(kbli.trimmed());
}

std::optional<ServiceStandard> ComplaintLinks::version(const QString& standardId, const QString& kbli) const
{
    if (!standardId.isEmpty()) {
        if (auto s = CatalogRepository(m_ctx.database()).byId(standardId))
            return s;
    }
    return standardOrDefault(kbli);
}

std::optional<ServiceStandard> ComplaintLinks::standardOrDefault(const QString& kbli) const
{
    if (auto s = standard(kbli))
        return s;
    const QList<ServiceStandard> all = services();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

RelatedCase ComplaintLinks::relatedCase(const QString& registrationNumber, bool withHistory) const
{
    RelatedCase r;
    r.registrationNumber = registrationNumber.trimmed();
    if (r.registrationNumber.isEmpty())
        return r;
    const std::optional<CaseRecord> found = CaseRepository(m_ctx.db()).byRegistration(r.registrationNumber);
    if (!found)
        return r;
    r.found = true;
    r.handedOverOn = found->handedOverDate;
    r.stageTitle = caseStageTitle(found->stage);
    r.applicantName = found->applicant.name;
    r.applicantNik = found->applicant.nik;
    r.applicantContact = found->applicant.phone.isEmpty() ? found->applicant.email : found->applicant.phone;
    r.kbli = found->kbli;
    if (withHistory) {
        for (const CaseEvent& e : found->events)
            r.history.append({e.at, eventTitle(e), e.actorName, e.note});
    }
    return r;
}

} // namespace loket
