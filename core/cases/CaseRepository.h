#pragma once

#include "CaseRecord.h"
#include "storage/BatchInsert.h"
#include "storage/ReusableQuery.h"
#include "storage/WriteBehind.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace loket {

class SqlQuery;

// SQL of one application and its checklist, documents, timeline and clock marks. Statements
// are prepared once per repository, so an import can reuse one repository for every row.
// Callers open the transaction and write the audit entries.
class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db);
    ~CaseRepository();

    // The case with its applicant, business, checklist, documents, events and clock marks. The
    // requirement texts of the checklist come from the standard version (CaseService::get).
    std::optional<CaseRecord> byRegistration(const QString& registrationNumber) const;
    // The state saved with an action (case_events.snapshot): nullopt when the action has not
    // arrived here, an empty text when it carries none.
    std::optional<QString> snapshotOf(const QString& eventId) const;
    std::optional<CaseRecord> byId(const QString& id) const;
    bool registrationExists(const QString& registrationNumber) const;
    // Those of `numbers` that are registered, in one query.
    QSet<QString> registrationsExisting(const QStringList& numbers) const;

    // Writes the case row (its id is made here) and its checklist.
    void insert(CaseRecord& record, const QString& now, const QString& workstation);
    // Bulk writes (imports, demo data) queue cases, checklists, events and clock marks until
    // flush(); the caller flushes applicants and businesses first.
    void setBatched(bool batched) { m_batched = batched; }
    void flush();
    // The queued rows, for a writer thread (cases before the rows that point to them).
    void takeQueued(QList<WriteBehind::Job>& into);
    int pending() const;
    // Saves the stage and lifecycle fields; Error::conflict when the row changed since it was read.
    void update(CaseRecord& record, const QString& now, const QString& workstation);
    // Replaces the statuses and notes of the checklist (resubmission).
    void updateChecklist(const CaseRecord& record, const QString& now, const QString& workstation);
    void addEvent(const QString& caseId, const CaseEvent& event, const QString& actorId, const QString& now,
                  const QString& workstation);
    void addClockMark(const QString& caseId, int seq, const CaseClockMark& mark, const QString& now,
                      const QString& workstation);
    void addDocument(const QString& caseId, CaseDocument& document, const QString& now, const QString& workstation);
    // Writes the state a replay settled on (CaseReplay): the lifecycle fields, the checklist and
    // the clock marks. The same on every workstation, so not a change of its own: the row version
    // stays.
    void replaceState(const CaseRecord& record);
    // The cached deadline, clock column and stored SLA figures (CaseClocks::cache); derived data,
    // so the row version does not change.
    void setFigures(const CaseRecord& record);
    // Businesses get the NIB OSS issued with the permit.
    void setBusinessNib(const QString& businessId, const QString& nib, const QString& now, const QString& workstation);

    static QJsonObject toJson(const CaseRecord& record);

private:
    static SqlQuery& bindState(SqlQuery& q, const CaseRecord& record);
    static SqlQuery& bindFigures(SqlQuery& q, const CaseRecord& record);
    std::optional<CaseRecord> load(const QString& where, const QString& value) const;
    void loadDetails(CaseRecord& record) const;

    QSqlDatabase m_db;
    std::unique_ptr<ReusableQuery> m_setFigures;
    std::unique_ptr<BatchInsert> m_insertCase;
    std::unique_ptr<BatchInsert> m_insertItem;
    std::unique_ptr<BatchInsert> m_insertEvent;
    std::unique_ptr<BatchInsert> m_insertMark;
    bool m_batched = false;
    mutable std::unique_ptr<ReusableQuery> m_exists;
};

} // namespace loket
