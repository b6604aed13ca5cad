#include "SlaDashboard.h"

#include "calendar/CalendarService.h"
#include "calendar/ClockStateText.h"
#include "calendar/WorkingCalendar.h"
#include "cases/CaseQueries.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "complaints/ComplaintRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace loket {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("loket", text);
}

const int kPage = 1000;

void addTo(QMap<QString, SlaGroup>& groups, const QString& key, const QString& title, const ClockResult& clock,
           const QDate& today, const QDate& weekEnd)
{
    SlaGroup& g = groups[key];
    g.key = key;
    g.title = title;
    g.counts.add(clock, today, weekEnd);
}

QList<SlaGroup> sorted(const QMap<QString, SlaGroup>& groups)
{
    QList<SlaGroup> list = groups.values();
    std::stable_sort(list.begin(), list.end(), [](const SlaGroup& a, const SlaGroup& b) {
        if (a.counts.overdue != b.counts.overdue)
            return a.counts.overdue > b.counts.overdue;
        return a.counts.open > b.counts.open;
    });
    return list;
}

ReportTable groupTable(const QString& key, const QString& title, const QString& first, const QList<SlaGroup>& groups)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.headers = {first, tr("Open"), tr("On track"), tr("At risk"), tr("Overdue"), tr("Paused"), tr("Due today"),
                 tr("Due within 5 working days")};
    for (const SlaGroup& g : groups)
        t.rows.append({g.title, g.counts.open, g.counts.onTrack, g.counts.atRisk, g.counts.overdue, g.counts.paused,
                       g.counts.dueToday, g.counts.dueThisWeek});
    return t;
}

ReportTable lateTable(const QString& key, const QString& title, const QList<SlaLateItem>& items)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.headers = {tr("Number"), tr("Applicant / complainant"), tr("Service / object"), tr("Stage / state"),
                 tr("Officer"), tr("Due"), tr("Working days late")};
    for (const SlaLateItem& i : items)
        t.rows.append({i.number, i.who, i.what, i.stage, i.officer, i.due, i.workingDaysLate});
    return t;
}

QJsonArray groupsJson(const QList<SlaGroup>& groups)
{
    QJsonArray a;
    for (const SlaGroup& g : groups) {
        QJsonObject o = g.counts.toJson();
        o.insert(QStringLiteral("key"), g.key);
        o.insert(QStringLiteral("title"), g.title);
        a.append(o);
    }
    return a;
}

QJsonArray lateJson(const QList<SlaLateItem>& items)
{
    QJsonArray a;
    for (const SlaLateItem& i : items)
        a.append(QJsonObject{{QStringLiteral("number"), i.number},
                             {QStringLiteral("who"), i.who},
                             {QStringLiteral("what"), i.what},
                             {QStringLiteral("stage"), i.stage},
                             {QStringLiteral("officer"), i.officer},
                             {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                             {QStringLiteral("working_days_late"), i.workingDaysLate}});
    return a;
}
} // namespace

void SlaCounts::add(const ClockResult& clock, const QDate& today, const QDate& weekEnd)
{
    ++open;
    if (clock.dueInUnconfirmedYear)
        ++unconfirmedYear;
    if (clock.paused) {
        ++paused;
        return;
    }
    switch (clock.state) {
    case ClockState::OnTrack: ++onTrack; break;
    case ClockState::AtRisk: ++atRisk; break;
    case ClockState::Overdue: ++overdue; break;
    default: break;
    }
    if (clock.state == ClockState::Overdue || !clock.dueDate.isValid())
        return;
    if (clock.dueDate == today)
        ++dueToday;
    if (clock.dueDate >= today && clock.dueDate <= weekEnd)
        ++dueThisWeek;
}

QJsonObject SlaCounts::toJson() const
{
    return {{QStringLiteral("open"), open},         {QStringLiteral("on_track"), onTrack},
            {QStringLiteral("at_risk"), atRisk},    {QStringLiteral("overdue"), overdue},
            {QStringLiteral("paused"), paused},     {QStringLiteral("due_today"), dueToday},
            {QStringLiteral("due_within_5_working_days"), dueThisWeek},
            {QStringLiteral("due_in_unconfirmed_year"), unconfirmedYear}};
}

SlaSnapshot SlaDashboard::compute(const Context& ctx)
{
    ctx.require(Permission::ViewReports);
    SlaSnapshot s;
    s.today = ctx.clock().today();
    const auto calendar = CalendarService(ctx.database()).current();
    const QDate weekEnd = calendar->addWorkingDays(s.today, 5);

    QMap<QString, SlaGroup> services, stages, officers;
    CaseQueries queries(ctx);
    for (CaseStage stage : allCaseStages()) {
        if (!caseStageIsOpen(stage))
            continue;
        CaseFilter filter;
        filter.stage = stage;
        filter.sort = CaseSort::DueDate;
        for (int offset = 0;; offset += kPage) {
            const QList<CaseRow> rows = queries.page(filter, offset, kPage);
            for (const CaseRow& r : rows) {
                s.cases.add(r.clock, s.today, weekEnd);
                addTo(services, r.kbli, QStringLiteral("%1 %2").arg(r.kbli, r.serviceName), r.clock, s.today, weekEnd);
                addTo(stages, caseStageKey(r.stage), caseStageTitle(r.stage), r.clock, s.today, weekEnd);
                addTo(officers, r.officer, r.officer.isEmpty() ? tr("(nobody)") : r.officer, r.clock, s.today, weekEnd);
                if (!r.clock.paused && (r.clock.state == ClockState::Overdue || r.clock.state == ClockState::AtRisk))
                    s.lateCases.append({r.registrationNumber, r.applicantName,
                                        QStringLiteral("%1 %2").arg(r.kbli, r.serviceName), caseStageTitle(r.stage),
                                        r.officer, r.clock.dueDate, qMax(0, -r.clock.left)});
            }
            if (rows.size() < kPage)
                break;
        }
    }
    std::stable_sort(s.lateCases.begin(), s.lateCases.end(), [](const SlaLateItem& a, const SlaLateItem& b) {
        return a.workingDaysLate != b.workingDaysLate ? a.workingDaysLate > b.workingDaysLate : a.due < b.due;
    });
    s.byService = sorted(services);
    s.byStage = sorted(stages);
    s.byOfficer = sorted(officers);

    // Clocks that stopped this month: issued cases received in the last three months.
    const QDate monthStart(s.today.year(), s.today.month(), 1);
    for (CaseStage stage : {CaseStage::Issued, CaseStage::HandedOver}) {
        CaseFilter filter;
        filter.stage = stage;
        filter.receivedFrom = monthStart.addMonths(-3);
        for (int offset = 0;; offset += kPage) {
            const QList<CaseRow> rows = queries.page(filter, offset, kPage);
            for (const CaseRow& r : rows) {
                if (!r.clock.stoppedOn.isValid() || r.clock.stoppedOn < monthStart || r.clock.stoppedOn > s.today)
                    continue;
                if (r.clock.state == ClockState::Met)
                    ++s.metThisMonth;
                else if (r.clock.state == ClockState::Missed)
                    ++s.missedThisMonth;
            }
            if (rows.size() < kPage)
                break;
        }
    }

    const ComplaintRepository complaints(ctx.db());
    for (const Complaint& c : complaints.openComplaints()) {
        if (!c.isComplaint() || !c.dueOn.isValid())
            continue;
        ClockResult clock;
        const QString state = ComplaintRepository::storedClockState(c, s.today);
        clock.state = state == QLatin1String("overdue")  ? ClockState::Overdue
                      : state == QLatin1String("at_risk") ? ClockState::AtRisk
                                                          : ClockState::OnTrack;
        clock.dueDate = c.dueOn;
        s.complaints.add(clock, s.today, weekEnd);
        const int late = s.today > c.dueOn ? calendar->workingDaysBetween(c.dueOn, s.today) : 0;
        s.complaintDeadlines.append({c.number, c.complainantName, c.objectText.left(80), ClockStateText::title(clock.state),
                                     c.registeredBy, c.dueOn, late});
    }
    std::stable_sort(s.complaintDeadlines.begin(), s.complaintDeadlines.end(),
                     [](const SlaLateItem& a, const SlaLateItem& b) { return a.due < b.due; });
    return s;
}

QList<ReportTable> SlaSnapshot::tables() const
{
    ReportTable summary;
    summary.key = QStringLiteral("summary");
    summary.title = tr("Summary");
    summary.headers = {tr("Measure"), tr("Cases"), tr("Complaints")};
    summary.rows = {
        {tr("Open"), cases.open, complaints.open},
        {tr("On track"), cases.onTrack, complaints.onTrack},
        {tr("At risk"), cases.atRisk, complaints.atRisk},
        {tr("Overdue"), cases.overdue, complaints.overdue},
        {tr("Paused (file with the applicant)"), cases.paused, 0},
        {tr("Due today"), cases.dueToday, complaints.dueToday},
        {tr("Due within 5 working days"), cases.dueThisWeek, complaints.dueThisWeek},
        {tr("Finished in time this month"), metThisMonth, QVariant()},
        {tr("Finished late this month"), missedThisMonth, QVariant()},
    };
    return {summary,
            groupTable(QStringLiteral("by_service"), tr("By service"), tr("Service"), byService),
            groupTable(QStringLiteral("by_stage"), tr("By stage"), tr("Stage"), byStage),
            groupTable(QStringLiteral("by_officer"), tr("By officer"), tr("Officer"), byOfficer),
            lateTable(QStringLiteral("late_cases"), tr("Late and at-risk cases"), lateCases),
            lateTable(QStringLiteral("complaint_deadlines"), tr("Complaint deadlines"), complaintDeadlines)};
}

QJsonObject SlaSnapshot::toJson() const
{
    return {{QStringLiteral("today"), today.toString(Qt::ISODate)},
            {QStringLiteral("cases"), cases.toJson()},
            {QStringLiteral("met_this_month"), metThisMonth},
            {QStringLiteral("missed_this_month"), missedThisMonth},
            {QStringLiteral("by_service"), groupsJson(byService)},
            {QStringLiteral("by_stage"), groupsJson(byStage)},
            {QStringLiteral("by_officer"), groupsJson(byOfficer)},
            {QStringLiteral("late_cases"), lateJson(lateCases)},
            {QStringLiteral("complaints"), complaints.toJson()},
            {QStringLiteral("complaint_deadlines"), lateJson(complaintDeadlines)}};
}

} // namespace loket
