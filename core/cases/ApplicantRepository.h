#pragma once

#include "Applicant.h"
#include "storage/BatchInsert.h"
#include "storage/ReusableQuery.h"
#include "storage/WriteBehind.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace loket {

// SQL of the applicants table. Callers open the transaction and write the audit entry.
class ApplicantRepository
{
public:
    explicit ApplicantRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Applicant> byId(const QString& id) const;
    std::optional<Applicant> byNik(const QString& nik) const;
    // byNik for many NIKs in one query (a bulk import checks a thousand rows at a time): the
    // applicant byNik would give, by normalised NIK; NIKs without one are absent.
    QHash<QString, Applicant> byNiks(const QStringList& niks) const;
    // A NIK (or its first digits) when the text is numeric, else words of the name.
    QList<Applicant> find(const QString& text, int limit = 20) const;

    // Gives the applicant a new id and writes it (queues it while batched).
    void insert(Applicant& applicant, const QString& now, const QString& workstation);
    // Bulk writes queue their rows until flush(); lookups do not see queued rows.
    void setBatched(bool batched) { m_batched = batched; }
    void flush();
    // The queued rows, for a writer thread.
    void takeQueued(QList<WriteBehind::Job>& into);
    // Throws Error::conflict when someone changed the row since it was read.
    void update(Applicant& applicant, const QString& now, const QString& workstation);

    static QJsonObject toJson(const Applicant& applicant);

private:
    QSqlDatabase m_db;
    std::unique_ptr<BatchInsert> m_insert;
    bool m_batched = false;
    mutable std::unique_ptr<ReusableQuery> m_byNik;
};

} // namespace loket
