#pragma once

#include "Complaint.h"
#include "ComplaintFilter.h"

#include <QSqlDatabase>
#include <optional>

namespace loket {

// An earlier complaint shown as prior information, and why it is related.
struct RelatedComplaint
{
    Complaint complaint;
    bool sameCase = false;
    bool sameApplicant = false;
    bool sameService = false;
};

// A case the applicant received the service of (handed over), which a complaint may name.
struct ServedCase
{
    QString registration;
    QString kbli;
    QDate handedOver;
};

// All SQL of the complaints aggregate (complaints, review steps, escalations, attachments).
// Writes run inside the caller's transaction.
class ComplaintRepository
{
public:
    explicit ComplaintRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    int nextSeq(const QString& workstation, int year) const;
    void insert(const Complaint& c);
    // Writes the complaint's own fields and bumps row_version; throws Error::conflict when the
    // stored row_version is not c.rowVersion (somebody else changed it).
    void update(Complaint& c, const QDateTime& now);
    void saveReviewStep(const QString& complaintId, const ComplaintReviewStep& step, const QDateTime& now,
                        const QString& workstation);
    void insertEscalation(const QString& complaintId, const ComplaintEscalation& e, const QDateTime& now,
                          const QString& workstation);
    void insertAttachment(const QString& complaintId, const ComplaintAttachment& a, const QString& workstation);
    // Derived clock columns; not a change of the complaint itself.
    void updateClock(const QString& id, QDate dueOn, QDate atRiskOn, const QString& basis);

    // By id or by register number, with its lists.
    std::optional<Complaint> find(const QString& idOrNumber) const;

    int count(const ComplaintFilter& filter, QDate today) const;
    // Newest first; `after` continues from the last row of the previous page.
    QList<Complaint> page(const ComplaintFilter& filter, QDate today, const ComplaintCursor& after, int limit) const;
    // Open complaints whose clock columns were computed on another basis.
    QList<Complaint> staleClocks(const QString& basis, int limit) const;
    QList<Complaint> openComplaints() const;
    // Earlier complaints about the same case, applicant or service (received before `c`).
    QList<RelatedComplaint> related(const Complaint& c, int limit) const;
    // Cases handed over on or after `since`, newest first (the demo complaints name them).
    QList<ServedCase> servedCases(QDate since, int limit) const;

    // The register's clock state of a stored row (matches the SQL filter): "" for suggestions.
    static QString storedClockState(const Complaint& c, QDate today);

private:
    QString whereClause(const ComplaintFilter& filter) const;
    void bindFilter(class SqlQuery& q, const ComplaintFilter& filter, QDate today) const;
    static Complaint fromRow(class SqlQuery& q);
    void loadLists(Complaint& c) const;

    QSqlDatabase m_db;
};

} // namespace loket
