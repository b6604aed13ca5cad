#include "ComplaintLinks.h"

#include "cases/CaseLifecycle.h"
#include "cases/CaseRepository.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "storage/Database.h"

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
    if (!m_services)
        m_services = CatalogRepository(m_db).listCurrent();
    return *m_services;
}

void ComplaintLinks::forget() const
{
    m_services.reset();
    m_byKbli.clear();
    m_byId.clear();
}

std::optional<ServiceStandard> ComplaintLinks::standard(const QString& kbli) const
{
    if (kbli.trimmed().isEmpty())
        return std::nullopt;
    const QString key = kbli.trimmed();
    auto it = m_byKbli.constFind(key);
    if (it == m_byKbli.constEnd())
        it = m_byKbli.insert(key, CatalogRepository(m_db).currentByKbli(key));
    return *it;
}

std::optional<ServiceStandard> ComplaintLinks::version(const QString& standardId, const QString& kbli) const
{
    if (!standardId.isEmpty()) {
        auto it = m_byId.constFind(standardId);
        if (it == m_byId.constEnd())
            it = m_byId.insert(standardId, CatalogRepository(m_db).byId(standardId));
        if (*it)
            return *it;
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
    const std::optional<CaseRecord> found = CaseRepository(m_db.handle()).byRegistration(r.registrationNumber);
    if (!found)
        return r;
    r.found = true;
    r.handedOverOn = found->handedOverDate;
    r.serviceReceivedOn = found->serviceReceivedOn();
    if (r.serviceReceivedOn.isValid())
        r.serviceEvent = caseStageKey(found->handedOverDate.isValid() ? CaseStage::HandedOver : found->stage);
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
