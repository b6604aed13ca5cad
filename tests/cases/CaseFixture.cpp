#include "CaseFixture.h"

#include "catalog/CatalogRepository.h"
#include "setup/Bootstrap.h"

#include <QtTest>

namespace loket::test {

CaseFixture::CaseFixture(const QDateTime& now, const QString& workstation) : m_data(now, workstation)
{
    Bootstrap::ensureBuiltins(m_data.db(), m_data.clock());
    const auto s = CatalogRepository(m_data.db()).currentByKbli(QStringLiteral("71205"));
    if (!s)
        qFatal("the built-in catalogue has no KBLI 71205");
    m_standard = *s;
}

QString CaseFixture::nik(int serial, int day, bool female)
{
    // Kabupaten Purwakarta (32.14), district 01, born <day>-03-1990.
    return QStringLiteral("321401%1%2%3")
        .arg(day + (female ? 40 : 0), 2, 10, QLatin1Char('0'))
        .arg(QStringLiteral("0390"))
        .arg(serial, 4, 10, QLatin1Char('0'));
}

QList<ChecklistItem> CaseFixture::checklist(bool complete) const
{
    QList<ChecklistItem> items;
    for (const Requirement& r : m_standard.requirements)
        items.append(ChecklistItem{r.key, {}, ChecklistStatus::Valid, {}});
    if (!complete && !items.isEmpty())
        items[1 % items.size()].status = ChecklistStatus::Missing;
    return items;
}

IntakeRequest CaseFixture::request(int serial, bool complete) const
{
    IntakeRequest r;
    r.standardId = m_standard.id;
    r.applicant.name = QStringLiteral("Budi Santoso %1").arg(serial);
    r.applicant.nik = nik(serial);
    r.applicant.phone = QStringLiteral("0812-3456-%1").arg(serial, 4, 10, QLatin1Char('0'));
    r.applicant.email = QStringLiteral("budi%1@example.co.id").arg(serial);
    r.applicant.address = QStringLiteral("Jl. Veteran No. %1, Purwakarta").arg(serial);
    r.business.name = QStringLiteral("CV Kalibrasi Presisi %1").arg(serial);
    r.business.npwp = QStringLiteral("01.234.567.4-901.000");
    r.business.capital = 2'500'000'000LL;
    r.business.siinasAccount = QStringLiteral("siinas-%1").arg(serial);
    r.checklist = checklist(complete);
    return r;
}

CaseRecord CaseFixture::caseAt(CaseStage stage, int serial)
{
    const Context ctx = system();
    const bool complete = stage != CaseStage::Returned;
    CaseRecord c = CaseService::registerCase(ctx, request(serial, complete)).record;
    const QString reg = c.registrationNumber;
    auto step = [&](CaseAction a, TransitionRequest t = {}) { c = CaseService::act(ctx, reg, a, t); };
    TransitionRequest reason;
    reason.reason = QStringLiteral("test");
    switch (stage) {
    case CaseStage::Registered:
    case CaseStage::Returned: break;
    case CaseStage::Verification: step(CaseAction::StartVerification); break;
    case CaseStage::Technical:
        step(CaseAction::StartVerification);
        step(CaseAction::ForwardToTechnical);
        break;
    case CaseStage::Signature:
        step(CaseAction::StartVerification);
        step(CaseAction::ForwardToSignature);
        break;
    case CaseStage::Issued:
    case CaseStage::HandedOver: {
        step(CaseAction::StartVerification);
        step(CaseAction::ForwardToSignature);
        TransitionRequest issue;
        issue.nibNumber = QStringLiteral("91200%1").arg(serial, 8, 10, QLatin1Char('0'));
        issue.permitNumber = QStringLiteral("503/%1/IZIN/2026").arg(serial);
        step(CaseAction::Issue, issue);
        if (stage == CaseStage::HandedOver)
            step(CaseAction::HandOver);
        break;
    }
    case CaseStage::Rejected: step(CaseAction::Reject, reason); break;
    case CaseStage::Withdrawn: step(CaseAction::Withdraw, reason); break;
    }
    return c;
}

} // namespace loket::test
