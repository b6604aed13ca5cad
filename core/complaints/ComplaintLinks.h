#pragma once

#include "catalog/ServiceStandard.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace loket {

class Database;

// One line of the related case's history, as the complaint screen lists it.
struct RelatedCaseEvent
{
    QDateTime at;
    QString title;
    QString actorName;
    QString note;
};

// What a complaint needs to know about the case it names.
struct RelatedCase
{
    bool found = false;
    QString registrationNumber;
    QDate handedOverOn; // the day the product was handed over; invalid until then
    // "sejak pemohon menerima pelayanan": the day the applicant received the service, that is the
    // hand-over, or the day of the rejection, the return letter or the withdrawal; invalid while
    // the case is still being worked on.
    QDate serviceReceivedOn;
    QString serviceEvent; // the stage key that gave serviceReceivedOn
    QString stageTitle;
    QString applicantName;
    QString applicantNik;
    QString applicantContact;
    QString kbli;
    QList<RelatedCaseEvent> history;
};

// The complaints domain's window on the catalogue and the cases: the service's standard
// (channels, window, answer time, steps, problem types, paths) and the related case.
class ComplaintLinks
{
public:
    explicit ComplaintLinks(const Database& db) : m_db(db) {}

    // The current standard of the service with this KBLI; std::nullopt when there is none.
    std::optional<ServiceStandard> standard(const QString& kbli) const;
    // The standard whose component 6 applies: the service's, else the first current one.
    std::optional<ServiceStandard> standardOrDefault(const QString& kbli) const;
    // The version a complaint was recorded under (by its row id), else as standardOrDefault().
    std::optional<ServiceStandard> version(const QString& standardId, const QString& kbli) const;
    QList<ServiceStandard> services() const;
    // Looks the case up by its registration number; found == false when this database has none.
    RelatedCase relatedCase(const QString& registrationNumber, bool withHistory = false) const;
    // Drops what was looked up (the catalogue may have changed since).
    void forget() const;

private:
    const Database& m_db;
    // Lookups repeat for every row of an import or a register page: kept for this object's life
    // (one service call).
    mutable std::optional<QList<ServiceStandard>> m_services;
    mutable QHash<QString, std::optional<ServiceStandard>> m_byKbli;
    mutable QHash<QString, std::optional<ServiceStandard>> m_byId;
};

} // namespace loket
