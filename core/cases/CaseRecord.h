#pragma once

#include "Applicant.h"
#include "Business.h"
#include "CaseStage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace loket {

// How the counter found one requirement of the standard.
enum class ChecklistStatus {
    Valid,   // handed in and correct
    Present, // handed in, but not correct yet (the note says what to fix)
    Missing, // not handed in
};

QString checklistStatusKey(ChecklistStatus status);
bool checklistStatusFromKey(const QString& key, ChecklistStatus* out);
QString checklistStatusTitle(ChecklistStatus status); // translated

struct ChecklistItem
{
    QString requirementKey; // the standard's key: U1.., K1..
    QString requirementText;
    ChecklistStatus status = ChecklistStatus::Missing;
    QString note;
};

struct CaseDocument
{
    QString id;
    QString requirementKey;
    QString fileName;
    QString storedName; // relative to the managed document folder
    QString sha256;
    qint64 sizeBytes = 0;
    QString addedBy;
    QDateTime addedAt;
};

// One line of the timeline.
struct CaseEvent
{
    QString action; // see CaseAction keys, plus "register" and "import"
    QString fromStage;
    QString toStage;
    QDateTime at;
    QString actorName;
    QString note;
    // Office-wide replication (CaseReplay): the event's id, the event its officer saw last, the
    // case's state after it (JSON, CaseSnapshot), the workstation that recorded it, and whether
    // it lies off the winning line of actions (kept in the history, marked overridden).
    QString id{};
    QString parentId{};
    QString snapshot{};
    QString workstation{};
    bool overridden = false;
};

// One change of the completion clock as stored: start, pause, resume, restart, stop.
struct CaseClockMark
{
    QString kind;
    QDateTime at;
    QString note;
};

// The SLA figures stored with a case (schema 14): derived by CaseClocks::cache from the clock
// marks, the stage and this workstation's calendar, so that reports can count them in SQL.
struct CaseFigures
{
    QDate clockStarted;          // day 0 of the count since the last restart
    int clockUsed = 0;           // working days used before the running span or the pause
    QDate pausedOn;              // paused: the day the file went back to the applicant
    QDate riskFrom;              // running: the first day the clock is at risk
    bool dueUnconfirmed = false; // running or stopped: the count crosses an unconfirmed year
    QDate stoppedOn;             // stopped: the day the clock stopped
    int met = -1;                // stopped: 1 in time, 0 late; -1 otherwise
    QDate stageDueDate;          // the current open stage's budget deadline, when it has one
    QString basis;               // calendar version and clock settings they were computed with
};

// One application with everything the case screen shows.
struct CaseRecord
{
    QString id;
    QString registrationNumber;
    QString serviceId;
    QString standardId; // the standard version the case was filed under
    QString kbli;
    Applicant applicant;
    Business business;
    QString representativeName;
    QString representativeNik;
    CaseStage stage = CaseStage::Registered;
    QDateTime stageSince;
    QString returnedFrom; // stage key the case was returned from; empty when returned at intake
    QString officer;     // username
    QString officerName; // as printed on receipts
    QDateTime receivedAt;
    QDateTime completeAt; // invalid until the file is complete and correct
    QString clock;        // none, running, paused, stopped
    QDate dueDate;              // cached deadline, see CaseClocks
    int dueCalendarVersion = 0; // calendar version dueDate was computed with
    CaseFigures figures;        // stored SLA figures, see CaseClocks::cache
    QDate fieldVisitDate;
    QString fieldOfficer;
    QString nibNumber;
    QString permitNumber;
    QDate signedDate;
    QDate handedOverDate;
    QString rejectionReason;
    QString withdrawalReason;
    int returnCount = 0;
    int rowVersion = 0;
    QString headEvent; // the last action on the winning line (CaseReplay); empty before any
    QString holder;    // user name of who holds the current stage: who must act next
    QString origin;    // the workstation that registered the case

    QList<ChecklistItem> checklist;
    QList<CaseDocument> documents;
    QList<CaseEvent> events;
    QList<CaseClockMark> clockMarks;

    // "Sejak pemohon menerima pelayanan": the day the applicant received the service, that is the
    // hand-over, or the day of the rejection, the return letter or the withdrawal; invalid while
    // the case is still being worked on. The complaint window counts from it.
    QDate serviceReceivedOn() const;

    // Requirements that keep the file from being complete and correct.
    QList<ChecklistItem> unmetRequirements() const
    {
        QList<ChecklistItem> out;
        for (const ChecklistItem& item : checklist)
            if (item.status != ChecklistStatus::Valid)
                out.append(item);
        return out;
    }
};

} // namespace loket
