#include "SlaDashboard.h"

#include "calendar/CalendarService.h"
#include "calendar/ClockStateText.h"
#include "calendar/WorkingCalendar.h"
#include "cases/CaseSlaFigures.h"
#include "cases/CaseStage.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "complaints/ComplaintRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace loket {

namespace {
// The late list shows the first ones; the counts above it hold them all.
const int kLateListed = 1000;

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
    t.headers = {first,
                 SlaDashboard::tr("Open"),
                 SlaDashboard::tr("On track"),
                 SlaDashboard::tr("At risk"),
                 SlaDashboard::tr("Overdue"),
                 SlaDashboard::tr("Paused"),
                 SlaDashboard::tr("Not started"),
                 SlaDashboard::tr("Due today"),
                 SlaDashboard::tr("Due within 5 working days")};
    for (const SlaGroup& g : groups)
        t.rows.append({g.title, g.counts.open, g.counts.onTrack, g.counts.atRisk, g.counts.overdue, g.counts.paused,
                       g.counts.notStarted, g.counts.dueToday, g.counts.dueThisWeek});
    return t;
}

ReportTable lateTable(const QString& key, const QString& title, const QList<SlaLateItem>& items)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.headers = {SlaDashboard::tr("Number"),           SlaDashboard::tr("Applicant / complainant"),
                 SlaDashboard::tr("Service / object"), SlaDashboard::tr("Stage / state"),
                 SlaDashboard::tr("Officer"),          SlaDashboard::tr("Due"),
                 SlaDashboard::tr("Working days late")};
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
    case ClockState::NotStarted:
        ++notStarted;
        break;
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

void SlaCounts::add(const CaseClockCounts& c)
{
    open += c.open;
    onTrack += c.onTrack;
    atRisk += c.atRisk;
    overdue += c.overdue;
    paused += c.paused;
    notStarted += c.notStarted;
    dueToday += c.dueToday;
    dueThisWeek += c.dueThisWeek;
    unconfirmedYear += c.unconfirmedYear;
}

QJsonObject SlaCounts::toJson() const
{
    return {{QStringLiteral("open"), open},
            {QStringLiteral("on_track"), onTrack},
            {QStringLiteral("at_risk"), atRisk},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("not_started"), notStarted},
            {QStringLiteral("due_today"), dueToday},
            {QStringLiteral("due_within_5_working_days"), dueThisWeek},
            {QStringLiteral("due_in_unconfirmed_year"), unconfirmedYear}};
}

namespace {
void addTo(QMap<QString, SlaGroup>& groups, const QString& key, const QString& title, const CaseClockCounts& counts)
{
    SlaGroup& g = groups[key];
    g.key = key;
    g.title = title;
    g.counts.add(counts);
}
} // namespace

SlaSnapshot SlaDashboard::compute(const Context& ctx)
{
    ctx.require(Permission::ViewReports);
    SlaSnapshot s;
    s.today = ctx.clock().today();
    const auto calendar = CalendarService::current(ctx.database());
    const QDate weekEnd = calendar->addWorkingDays(s.today, 5);

    // Every figure comes from the figures stored with each case (CaseSlaFigures), counted in SQL.
    const CaseSlaFigures figures(ctx);
    const CatalogRepository catalog(ctx.database());
    QHash<QString, std::pair<QString, QString>> services; // standard id -> kbli, "kbli name"
    auto service = [&](const QString& standardId) {
        auto it = services.find(standardId);
        if (it == services.end()) {
            const auto st = catalog.byId(standardId);
            it = services.insert(standardId,
                                 st ? std::make_pair(st->kbli, QStringLiteral("%1 %2").arg(st->kbli, st->name))
                                    : std::make_pair(QString(), standardId));
        }
        return *it;
    };
    QMap<QString, SlaGroup> byService, stages, officers;
    for (const CaseClockGroup& g : figures.openGroups(*calendar, s.today, weekEnd)) {
        CaseStage stage = CaseStage::Registered;
        caseStageFromKey(g.stage, &stage);
        const auto [kbli, title] = service(g.standardId);
        s.cases.add(g.counts);
        addTo(byService, kbli, title, g.counts);
        addTo(stages, g.stage, caseStageTitle(stage), g.counts);
        addTo(officers, g.holder, g.holder.isEmpty() ? tr("(nobody)") : g.holder, g.counts);
    }
    for (const CaseLateRow& r : figures.late(s.today, kLateListed)) {
        CaseStage stage = CaseStage::Registered;
        caseStageFromKey(r.stage, &stage);
        s.lateCases.append({r.registrationNumber, r.applicantName, service(r.standardId).second, caseStageTitle(stage),
                            r.holder, r.due, qMax(0, calendar->workingDaysBetween(r.due, s.today))});
    }
    s.byService = sorted(byService);
    s.byStage = sorted(stages);
    s.byOfficer = sorted(officers);

    // Clocks that stopped this month (index on the completion date).
    figures.completions(QDate(s.today.year(), s.today.month(), 1), s.today, &s.metThisMonth, &s.missedThisMonth);

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
        {tr("Not started (returned at intake)"), cases.notStarted, complaints.notStarted},
        {tr("Due today"), cases.dueToday, complaints.dueToday},
        {tr("Due within 5 working days"), cases.dueThisWeek, complaints.dueThisWeek},
        {tr("Finished in time this month"), metThisMonth, QVariant()},
        {tr("Finished late this month"), missedThisMonth, QVariant()},
    };
    // Short whole-word names for the spreadsheet tabs (Excel allows 31 characters).
    summary.sheet = tr("Summary");
    QList<ReportTable> out{
        summary,
        groupTable(QStringLiteral("by_service"), tr("By service"), tr("Service"), byService),
        groupTable(QStringLiteral("by_stage"), tr("By stage"), tr("Stage"), byStage),
        groupTable(QStringLiteral("by_officer"), tr("By officer"), tr("Officer"), byOfficer),
        lateTable(QStringLiteral("late_cases"), tr("Late and at-risk cases"), lateCases),
        lateTable(QStringLiteral("complaint_deadlines"), tr("Complaint deadlines"), complaintDeadlines)};
    out[1].sheet = tr("By service");
    out[2].sheet = tr("By stage");
    out[3].sheet = tr("By officer");
    out[4].sheet = tr("Late and at risk");
    out[5].sheet = tr("Complaint deadlines");
    return out;
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
