#include "CaseWriter.h"

#include "CaseSnapshot.h"
#include "OrderedId.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"

#include <QCoreApplication>

namespace loket {

namespace {

bool sameName(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}
} // namespace

CaseWriter::CaseWriter(const Context& ctx, bool auditEachRecord)
    : m_ctx(ctx), m_audit(auditEachRecord), m_now(toStoredTime(ctx.clock().now())), m_applicants(ctx.db()),
      m_businesses(ctx.db()), m_cases(ctx.db())
{}

CaseWriter::~CaseWriter() = default;

RegistrationNumbers& CaseWriter::numbers()
{
    if (!m_numbers)
        m_numbers = std::make_unique<RegistrationNumbers>(m_ctx);
    return *m_numbers;
}

void CaseWriter::resolveApplicant(Applicant& a, const std::optional<Applicant>* known)
{
    std::optional<Applicant> existing = known            ? *known
                                        : a.id.isEmpty() ? m_applicants.byNik(a.nik)
                                                         : m_applicants.byId(a.id);
    if (!a.id.isEmpty() && !existing)
        throw Error::notFound(tr("The applicant chosen no longer exists; search again."));
    if (!existing) {
        m_applicants.insert(a, m_now, m_ctx.workstation());
        ++m_applicantsCreated;
        if (m_audit)
            AuditLog::append(m_ctx, QStringLiteral("applicant.create"), QStringLiteral("applicant"), a.id, {},
                             ApplicantRepository::toJson(a));
        return;
    }
    if (existing->nik != a.nik)
        throw Error::invalid(tr("Applicant: the NIK of a returning applicant cannot be changed at the counter."),
                             QStringLiteral("applicant.nik"));
    if (!sameName(existing->name, a.name))
        throw Error::invalid(tr("Applicant: NIK %1 is already registered to %2, not %3. Check the KTP.")
                                 .arg(a.nik, existing->name, a.name),
                             QStringLiteral("applicant.nik"));
    Applicant updated = *existing;
    if (!a.phone.isEmpty())
        updated.phone = a.phone;
    if (!a.email.isEmpty())
        updated.email = a.email;
    if (!a.address.isEmpty())
        updated.address = a.address;
    if (updated.phone != existing->phone || updated.email != existing->email || updated.address != existing->address) {
        flush(); // the row may still be queued
        m_applicants.update(updated, m_now, m_ctx.workstation());
        if (m_audit)
            AuditLog::append(m_ctx, QStringLiteral("applicant.update"), QStringLiteral("applicant"), updated.id,
                             ApplicantRepository::toJson(*existing), ApplicantRepository::toJson(updated));
    }
    a = updated;
}

void CaseWriter::resolveBusiness(Business& b, const std::optional<Business>* known)
{
    std::optional<Business> existing;
    if (known) {
        existing = *known;
    } else if (!b.id.isEmpty()) {
        existing = m_businesses.byId(b.id);
        if (!existing)
            throw Error::notFound(tr("The business chosen no longer exists; search again."));
    } else if (!b.nib.isEmpty()) {
        existing = m_businesses.byNib(b.nib);
    }
    if (!existing) {
        m_businesses.insert(b, m_now, m_ctx.workstation());
        ++m_businessesCreated;
        if (m_audit)
            AuditLog::append(m_ctx, QStringLiteral("business.create"), QStringLiteral("business"), b.id, {},
                             BusinessRepository::toJson(b));
        return;
    }
    if (!sameName(existing->name, b.name))
        throw Error::invalid(
            tr("Business: NIB %1 is already registered to %2, not %3.").arg(existing->nib, existing->name, b.name),
            QStringLiteral("business.nib"));
    if (!existing->nib.isEmpty() && !b.nib.isEmpty() && existing->nib != b.nib)
        throw Error::invalid(tr("Business: %1 already has NIB %2; a NIB is not changed at the counter.")
                                 .arg(existing->name, existing->nib),
                             QStringLiteral("business.nib"));
    Business updated = *existing;
    updated.nib = existing->nib.isEmpty() ? b.nib : existing->nib;
    if (!b.npwp.isEmpty())
        updated.npwp = b.npwp;
    for (const QString& code : b.kbliCodes)
        if (!updated.kbliCodes.contains(code))
            updated.kbliCodes << code;
    updated.capital = b.capital;
    updated.scale = b.scale;
    updated.inIndustrialEstate = b.inIndustrialEstate;
    if (!b.siinasAccount.isEmpty())
        updated.siinasAccount = b.siinasAccount;
    if (!b.address.isEmpty())
        updated.address = b.address;
    // The fields taken from the file or the form, compared as they are (comparing their JSON took
    // 3% of a 100,000-row import, where most businesses come back unchanged).
    const bool changed = updated.nib != existing->nib || updated.npwp != existing->npwp ||
                         updated.kbliCodes != existing->kbliCodes || updated.capital != existing->capital ||
                         updated.scale != existing->scale ||
                         updated.inIndustrialEstate != existing->inIndustrialEstate ||
                         updated.siinasAccount != existing->siinasAccount || updated.address != existing->address;
    if (changed) {
        flush(); // the row may still be queued
        m_businesses.update(updated, m_now, m_ctx.workstation());
        if (m_audit)
            AuditLog::append(m_ctx, QStringLiteral("business.update"), QStringLiteral("business"), updated.id,
                             BusinessRepository::toJson(*existing), BusinessRepository::toJson(updated));
    }
    b = updated;
}

void CaseWriter::insertCase(CaseRecord& record, const CaseEvent& intake)
{
    // The intake is the root of the case's actions (CaseReplay) and carries the first state.
    CaseEvent event = intake;
    if (event.id.isEmpty())
        event.id = OrderedId::next();
    record.headEvent = event.id;
    if (record.holder.isEmpty())
        record.holder = record.officer;
    event.snapshot = CaseSnapshot::toJson(record);
    m_cases.insert(record, m_now, m_ctx.workstation());
    m_cases.addEvent(record.id, event, m_ctx.actor().userId, m_now, m_ctx.workstation());
    record.events = {event};
    int seq = 0;
    for (const CaseClockMark& mark : record.clockMarks)
        m_cases.addClockMark(record.id, ++seq, mark, m_now, m_ctx.workstation());
    if (m_batched && m_cases.pending() >= 128)
        handOver();
}

void CaseWriter::setBatched(bool batched)
{
    m_batched = batched;
    m_applicants.setBatched(batched);
    m_businesses.setBatched(batched);
    m_cases.setBatched(batched);
}

void CaseWriter::handOver()
{
    if (!m_writeBehind) {
        flush();
        return;
    }
    // Parents first: cases point to applicants and businesses.
    QList<WriteBehind::Job> jobs;
    m_applicants.takeQueued(jobs);
    m_businesses.takeQueued(jobs);
    m_cases.takeQueued(jobs);
    if (!jobs.isEmpty())
        m_writeBehind->handOver(std::move(jobs));
}

void CaseWriter::flush()
{
    if (m_writeBehind) {
        handOver();
        m_writeBehind->drain();
        return;
    }
    m_applicants.flush();
    m_businesses.flush();
    m_cases.flush();
}

} // namespace loket
