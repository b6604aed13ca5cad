#pragma once

#include <QCoreApplication>

#include "SyncTarget.h"
#include "calendar/CalendarService.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace loket {

class Context;
class Database;

// What a pull changed (or, in a dry run, would change).
struct ReferencePullResult
{
    QString source; // the reference workstation pulled from
    bool dryRun = false;
    bool fromItself = false; // this workstation is the reference: nothing to do

    QList<int> yearsCovered;             // calendar years made equal to the source's
    QList<CalendarDayChange> dayChanges; // added, changed and removed days
    QList<int> yearsConfirmed;
    int calendarVersion = 0;             // the new local calendar version, 0 when none
    QList<MovedDeadline> movedDeadlines; // open deadlines the calendar change moved

    int servicesCreated = 0;
    int servicesNewVersions = 0;
    int servicesUnchanged = 0;
    QStringList servicesChanged; // "KBLI name" of created services and new versions

    int kbliAdded = 0; // the office's own KBLI codes (KbliRegister)
    int kbliChanged = 0;

    int daysAdded() const;
    int daysChanged() const;
    int daysRemoved() const;
    bool calendarChanged() const { return !dayChanges.isEmpty() || !yearsConfirmed.isEmpty(); }
    bool catalogChanged() const { return servicesCreated + servicesNewVersions > 0; }
    bool kbliListChanged() const { return kbliAdded + kbliChanged > 0; }
    bool upToDate() const { return !calendarChanged() && !catalogChanged() && !kbliListChanged(); }
    // One translated line for screens and logs.
    QString summary() const;
};

// Pulls the reference data (working calendar, service catalogue and the office's KBLI codes) that
// the office's reference
// workstation pushed to the central database, and applies it through CalendarService and
// CatalogService, so versions, audit entries and moved deadlines follow as for a local import.
// The calendar years the source covers become equal to the source's (both layers, confirmations);
// each service the source wrote a standard for gets the source's latest version.
class ReferencePull
{
    Q_DECLARE_TR_FUNCTIONS(loket::ReferencePull)
public:
    static QString settingKey() { return QStringLiteral("sync.reference_workstation"); }
    // The configured reference workstation, empty when none.
    static QString configuredSource(const Database& db);
    // Throws Error::invalid when `code` is not a workstation code.
    static QString normalizedCode(const QString& code);

    // `from` overrides the setting. Needs RunSync, EditCalendar and EditCatalog. Throws
    // Error::invalid without a reference workstation or when the central database holds nothing
    // from it, Error::storage when the central database cannot be reached.
    static ReferencePullResult pull(const Context& ctx, const SyncTarget& target, const QString& from = {},
                                    bool dryRun = false);
};

} // namespace loket
