#pragma once

#include <QCoreApplication>

#include "ReportTable.h"
#include "calendar/SlaClock.h"
#include "cases/CaseSlaFigures.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace loket {

class Context;

// Counts of clocks by state, for one group of cases or complaints.
struct SlaCounts
{
    int open = 0;
    int onTrack = 0;
    int atRisk = 0;
    int overdue = 0;
    int paused = 0;
    int notStarted = 0; // returned at intake: the clock never started
    int dueToday = 0;
    int dueThisWeek = 0;      // due within the next 5 working days, not yet overdue
    int unconfirmedYear = 0;  // due dates counted into a year whose calendar is not confirmed

    // open = onTrack + atRisk + overdue + paused + notStarted
    void add(const ClockResult& clock, const QDate& today, const QDate& weekEnd);
    void add(const CaseClockCounts& counts);
    QJsonObject toJson() const;
};

struct SlaGroup
{
    QString key;
    QString title;
    SlaCounts counts;
};

struct SlaLateItem
{
    QString number;     // registration number or complaint number
    QString who;        // applicant or complainant
    QString what;       // service, or the complaint's object
    QString stage;      // translated stage or state
    QString officer;
    QDate due;
    int workingDaysLate = 0;
};

// What a supervisor looks at first: every open case and complaint clock of the office, counted
// by service, stage and officer, with the late ones listed. Needs Permission::ViewReports.
struct SlaSnapshot
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::SlaSnapshot)

public:
    QDate today;
    SlaCounts cases;
    QList<SlaGroup> byService;
    QList<SlaGroup> byStage;
    QList<SlaGroup> byOfficer;
    QList<SlaLateItem> lateCases;        // overdue and at-risk, most late first (the first 1,000)
    int metThisMonth = 0;                // completion clocks stopped this month in time
    int missedThisMonth = 0;             // ... and late
    SlaCounts complaints;
    QList<SlaLateItem> complaintDeadlines; // open complaints, earliest due first

    QList<ReportTable> tables() const;
    QJsonObject toJson() const;
};

class SlaDashboard
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::SlaDashboard)
public:
    static SlaSnapshot compute(const Context& ctx);
};

} // namespace loket
