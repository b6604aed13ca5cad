#pragma once

#include "CaseRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace loket {

// A scanned file to keep with the case, copied into the managed document folder.
struct DocumentUpload
{
    QString sourcePath;
    QString requirementKey; // which requirement it shows; may be empty
};

// Everything the counter enters for a new application.
struct IntakeRequest
{
    QString standardId;     // the current standard version of the chosen service
    Applicant applicant;    // with an id: a returning applicant (contact details may be updated)
    Business business;      // with an id: a returning business
    QString representativeName; // kuasa; empty when the applicant comes in person
    QString representativeNik;
    QList<ChecklistItem> checklist; // one item per requirement of the standard
    QList<DocumentUpload> documents;
    QString note;
};

struct IntakeResult
{
    CaseRecord record;
    bool registered = false;           // complete and correct: the clock started
    QList<ChecklistItem> unmet;        // what the return slip lists when not registered
};

// The data an action needs besides the case; unused fields are ignored.
struct TransitionRequest
{
    QString note;
    QList<ChecklistItem> checklist;   // Resubmit (required) and ReturnForCorrection (optional)
    QList<DocumentUpload> documents;  // Resubmit
    QDate fieldVisitDate;             // CompleteTechnical, optional
    QString fieldOfficer;             // CompleteTechnical, with a field visit
    QString nibNumber;                // Issue
    QString permitNumber;             // Issue
    QDate signedDate;                 // Issue; today when empty
    QDate handedOverDate;             // HandOver; today when empty
    QString reason;                   // Reject, Withdraw, ReturnForCorrection
};

} // namespace loket
