#pragma once

#include <QCoreApplication>

#include "ApplicantRepository.h"
#include "BusinessRepository.h"
#include "CaseRepository.h"
#include "RegistrationNumbers.h"

#include <memory>

namespace loket {

class Context;

// Writes new applications inside the caller's transaction: finds or creates the applicant and
// the business, then the case with its checklist, first timeline event and clock marks.
// Registration at the counter audits every record; an import audits itself once as a whole
// (a file of 100,000 rows is one change) and keeps the per-case timeline.
class CaseWriter
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseWriter)
public:
    CaseWriter(const Context& ctx, bool auditEachRecord);
    ~CaseWriter();

    // A returning applicant is found by id or NIK; a NIK registered under another name is refused.
    // Contact details that changed are saved.
    // `known`, when given, is what the caller already looked up (bulk imports), so no query runs.
    void resolveApplicant(Applicant& applicant, const std::optional<Applicant>* known = nullptr);
    // A returning business is found by id or NIB; a NIB registered under another name is refused.
    void resolveBusiness(Business& business, const std::optional<Business>* known = nullptr);
    // Inserts the case (id made here), its checklist, the event and the clock marks.
    void insertCase(CaseRecord& record, const CaseEvent& event);
    // Bulk mode: rows are queued and written many per statement; flush() before reading them
    // back and before committing.
    void setBatched(bool batched);
    // Bulk mode with a writer thread (it must outlive the writes): queued rows are handed to it
    // and written there while the caller goes on; flush() waits until they are written.
    void setWriteBehind(WriteBehind* writer) { m_writeBehind = writer; }
    // The queued rows to the writer thread, or written now without one.
    void handOver();
    void flush();

    RegistrationNumbers& numbers();
    CaseRepository& cases() { return m_cases; }
    ApplicantRepository& applicants() { return m_applicants; }
    BusinessRepository& businesses() { return m_businesses; }
    const QString& now() const { return m_now; }
    int applicantsCreated() const { return m_applicantsCreated; }
    int businessesCreated() const { return m_businessesCreated; }

private:
    const Context& m_ctx;
    bool m_audit;
    QString m_now;
    ApplicantRepository m_applicants;
    BusinessRepository m_businesses;
    CaseRepository m_cases;
    std::unique_ptr<RegistrationNumbers> m_numbers;
    int m_applicantsCreated = 0;
    int m_businessesCreated = 0;
    bool m_batched = false;
    WriteBehind* m_writeBehind = nullptr;
};

} // namespace loket
