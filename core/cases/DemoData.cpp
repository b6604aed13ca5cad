#include "DemoData.h"

#include "ApplicantRepository.h"
#include "BusinessRepository.h"
#include "CaseClocks.h"
#include "CaseRepository.h"
#include "DemoPeople.h"
#include "LargeCache.h"
#include "RegistrationNumbers.h"
#include "ScaleRequirement.h"
#include "audit/AuditLog.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <algorithm>
#include <vector>

namespace loket {

namespace {

struct Officer
{
    const char* username;
    const char* name;
};
// "loket" is the demo front-desk account; the others stand for the office's other counters.
const Officer kCounter[] = {{"loket", "Siti Rahmawati"},
                            {"loket2", "Yusuf Hidayat"},
                            {"loket3", "Nurul Aini"},
                            {"loket4", "Deden Supriatna"}};
const char* const kBackOffice = "Dedi Kurniawan, S.H.";
const char* const kTechnical = "Agus Setiawan, A.Md.";
const char* const kHead = "Dr. H. Bambang Sutrisno, M.Si.";

struct DemoService
{
    const char* kbli;
    const char* name;
    int days;
    const char* risk;
};
const DemoService kServices[] = {
    {"10710", "Izin Usaha Industri Produk Roti dan Kue", 5, "Menengah Rendah"},
    {"11040", "Izin Usaha Industri Minuman Ringan", 10, "Menengah Tinggi"},
    {"14111", "Izin Usaha Industri Pakaian Jadi (Konveksi)", 5, "Menengah Rendah"},
    {"16101", "Izin Usaha Industri Penggergajian Kayu", 14, "Tinggi"},
};

// Stage budgets as a demo office would set them in the catalogue editor (the standard states none):
// a day for registration and for the signature, the rest shared by verification and the technical
// team; none after the clock stops. The built-in service keeps none, so the demo shows both.
QList<StageBudget> demoStageBudgets(int days)
{
    if (days < 4)
        return {};
    const int verification = (days - 2) / 2;
    return {{QStringLiteral("registered"), 1},
            {QStringLiteral("verification"), verification},
            {QStringLiteral("technical"), days - 2 - verification},
            {QStringLiteral("signature"), 1}};
}

// Builds one case's story step by step; a step that would fall after today is not taken.
class Story
{
public:
    Story(const WorkingCalendar& cal, DemoPeople& people, const QDate& today, CaseRecord& c)
        : m_cal(cal), m_people(people), m_today(today), m_c(c)
    {
    }
    QDateTime at(const QDate& day)
    {
        const QTime t(8 + m_people.bounded(7), m_people.bounded(60));
        QDateTime dt(day, t, Clock::zone());
        if (!m_last.isValid() || dt > m_last)
            return m_last = dt;
        return m_last = m_last.addSecs(600 + m_people.bounded(3000));
    }
    // The working day `n` working days after the last step, or invalid when after today.
    QDate after(int n)
    {
        const QDate d = m_cal.addWorkingDays(m_last.date(), n);
        return d <= m_today ? d : QDate();
    }
    void event(const QString& action, CaseStage to, const QDateTime& when, const QString& actor, const QString& note = {})
    {
        m_c.events.append(CaseEvent{action, m_c.events.isEmpty() ? QString() : caseStageKey(m_c.stage),
                                    caseStageKey(to), when, actor, note});
        if (to != m_c.stage || m_c.events.size() == 1)
            m_c.stageSince = when;
        m_c.stage = to;
    }
    void mark(ClockEvent::Type type, const QDateTime& when)
    {
        m_c.clockMarks.append(CaseClockMark{CaseClocks::markKey(type), when, {}});
    }
    // after(n) while the case's clock runs (its file is complete), else invalid.
    QDate step(int n) { return m_c.completeAt.isValid() ? after(n) : QDate(); }
    QDateTime last() const { return m_last; }
    void setLast(const QDateTime& t) { m_last = t; }

private:
    const WorkingCalendar& m_cal;
    DemoPeople& m_people;
    QDate m_today;
    CaseRecord& m_c;
    QDateTime m_last;
};

// When the demo cases arrive, oldest first, so registration numbers grow with time: minutes since
// the first day of the span, counters open 08:00 to 15:00 on working days.
class Arrivals
{
public:
    Arrivals(const WorkingCalendar& calendar, DemoPeople& people, const QDate& today, int span, int count);
    QDateTime at(size_t i) const
    {
        const qint64 m = m_minutes[i];
        return QDateTime(QDate::fromJulianDay(m_first + m / 1440), QTime(int(m % 1440) / 60, int(m % 60)),
                         Clock::zone());
    }
    // Reserves the registration numbers of each year at once; returns the next sequence per year.
    QHash<int, qint64> reserveNumbers(const Context& ctx, RegistrationNumbers& numbers) const;

private:
    qint64 m_first;
    std::vector<qint64> m_minutes;
};

Arrivals::Arrivals(const WorkingCalendar& calendar, DemoPeople& people, const QDate& today, int span, int count)
    : m_first(today.addDays(-span).toJulianDay()), m_minutes(size_t(count))
{
    for (qint64& minute : m_minutes) {
        qint64 day =
            calendar.nextWorkingDayOnOrAfter(QDate::fromJulianDay(m_first + people.bounded(span + 1))).toJulianDay();
        if (day > today.toJulianDay())
            day = calendar.addWorkingDays(today, -1).toJulianDay();
        minute = (day - m_first) * 1440 + 8 * 60 + people.bounded(7 * 60);
    }
    std::sort(m_minutes.begin(), m_minutes.end());
}

QHash<int, qint64> Arrivals::reserveNumbers(const Context& ctx, RegistrationNumbers& numbers) const
{
    QMap<int, qint64> perYear; // by year, so the sequences are written in the same order every run
    for (size_t i = 0; i < m_minutes.size(); ++i)
        perYear[at(i).date().year()] += 1;
    QHash<int, qint64> nextSeq;
    Transaction tx(ctx.db());
    for (auto it = perYear.begin(); it != perYear.end(); ++it)
        nextSeq.insert(it.key(), numbers.reserve(it.key(), it.value()));
    tx.commit();
    return nextSeq;
}

// Makes and queues the demo cases of one generate() run, one at a time: who applies for which
// service and firm, and the case's story up to today. The draws from `people` follow each other
// in a fixed order, which is what makes a seed give the same demo: keep that order.
class DemoCaseMaker
{
public:
    DemoCaseMaker(const Context& ctx, const WorkingCalendar& calendar, DemoPeople& people,
                  const QList<ServiceStandard>& services, RegistrationNumbers& numbers, QHash<int, qint64>& nextSeq,
                  DemoData::Summary& summary);
    // The case number i (from 0), received at `arrived`; `lastOfBatch` writes what is queued.
    void make(int i, const QDateTime& arrived, bool lastOfBatch);

private:
    void pickApplicant(CaseRecord& c);
    size_t pickBusiness(const ServiceStandard& s, int i, bool* isNew);
    void receive(Story& story, CaseRecord& c);
    QDate verify(Story& story, CaseRecord& c, const ServiceStandard& s);
    QDate forward(Story& story, CaseRecord& c, QDate d);
    void issue(Story& story, CaseRecord& c, QDate d, int i, size_t businessIndex, bool newBusiness);
    void write(CaseRecord& c, int si, size_t businessIndex, bool newBusiness, bool lastOfBatch);

    const Context& m_ctx;
    const WorkingCalendar& m_calendar;
    DemoPeople& m_people;
    const QList<ServiceStandard>& m_services;
    RegistrationNumbers& m_numbers;
    QHash<int, qint64>& m_nextSeq;
    DemoData::Summary& m_summary;
    QList<ClockRule> m_rules;
    QList<QHash<QString, int>> m_budgets;
    QDate m_today;
    QString m_ws;
    QString m_now;
    ApplicantRepository m_applicants;
    BusinessRepository m_businesses;
    CaseRepository m_cases;
    std::vector<Applicant> m_knownApplicants;
    std::vector<Business> m_knownBusinesses;
};

DemoCaseMaker::DemoCaseMaker(const Context& ctx, const WorkingCalendar& calendar, DemoPeople& people,
                             const QList<ServiceStandard>& services, RegistrationNumbers& numbers,
                             QHash<int, qint64>& nextSeq, DemoData::Summary& summary)
    : m_ctx(ctx), m_calendar(calendar), m_people(people), m_services(services), m_numbers(numbers), m_nextSeq(nextSeq),
      m_summary(summary), m_today(ctx.clock().today()), m_ws(ctx.workstation()), m_now(toStoredTime(ctx.clock().now())),
      m_applicants(ctx.db()), m_businesses(ctx.db()), m_cases(ctx.db())
{
    for (const ServiceStandard& s : services) {
        m_rules.append(CaseClocks::rule(ctx.database(), s));
        m_budgets.append(CaseClocks::stageBudgets(s));
    }
    // Numbers already in the database are not handed out again.
    m_people.setNibCounter(SqlQuery(ctx.db(), QStringLiteral("SELECT max(CAST(substr(nib, 5) AS INTEGER)) FROM "
                                                             "businesses WHERE nib >= '9120' AND nib < '9121'"))
                               .scalar()
                               .toLongLong());
    m_applicants.setBatched(true);
    m_businesses.setBatched(true);
    m_cases.setBatched(true);
}

void DemoCaseMaker::make(int i, const QDateTime& arrived, bool lastOfBatch)
{
    const int si = m_people.bounded(int(m_services.size()));
    const ServiceStandard& s = m_services[si];
    const Officer& officer = kCounter[m_people.bounded(4)];
    CaseRecord c;
    c.serviceId = s.serviceId;
    c.standardId = s.id;
    c.kbli = s.kbli;
    c.officer = QString::fromLatin1(officer.username);
    c.officerName = QString::fromLatin1(officer.name);
    pickApplicant(c);
    bool newBusiness = false;
    const size_t businessIndex = pickBusiness(s, i, &newBusiness);
    c.business = m_knownBusinesses[businessIndex];
    if (m_people.chance(0.15)) {
        const DemoPeople::Person rep = m_people.person();
        c.representativeName = rep.name;
        c.representativeNik = rep.nik;
    }
    const QDate day = arrived.date();
    c.registrationNumber = m_numbers.formatWith(s.kbli, day, m_nextSeq[day.year()]++);
    for (const Requirement& r : s.requirements)
        c.checklist.append(ChecklistItem{r.key, r.text, ChecklistStatus::Valid, {}});
    // U1 "skala industri kecil atau industri menengah": a micro or large firm's line carries
    // the warning the intake gives (the officer accepted it), as in a real case.
    ScaleRequirement::annotate(c.checklist, c.business.scale);

    Story story(m_calendar, m_people, m_today, c);
    story.setLast(arrived);
    c.receivedAt = arrived;
    receive(story, c);
    // The rest of the procedure, while the days have come.
    QDate d = verify(story, c, s);
    d = forward(story, c, d);
    issue(story, c, d, i, businessIndex, newBusiness);
    write(c, si, businessIndex, newBusiness, lastOfBatch);
}

// A returning applicant three times in ten, else a new person (a NIK not yet in the database).
void DemoCaseMaker::pickApplicant(CaseRecord& c)
{
    if (!m_knownApplicants.empty() && m_people.chance(0.3)) {
        c.applicant = m_knownApplicants[size_t(m_people.bounded(int(m_knownApplicants.size())))];
        return;
    }
    DemoPeople::Person p = m_people.person();
    while (m_applicants.byNik(p.nik))
        p = m_people.person();
    c.applicant.name = p.name;
    c.applicant.nik = p.nik;
    c.applicant.phone = p.phone;
    c.applicant.email = p.email;
    c.applicant.address = p.address;
    m_applicants.insert(c.applicant, m_now, m_ws);
    m_knownApplicants.push_back(c.applicant);
    ++m_summary.applicants;
}

// A firm comes back for the same line of business (its KBLI is the service's), or a new firm is
// made; it is written after the story, with the NIB it may get. Returns its index among the known.
size_t DemoCaseMaker::pickBusiness(const ServiceStandard& s, int i, bool* isNew)
{
    size_t reuse = 0;
    const bool again = !m_knownBusinesses.empty() && m_people.chance(0.25);
    if (again)
        reuse = size_t(m_people.bounded(int(m_knownBusinesses.size())));
    if (again && m_knownBusinesses[reuse].kbliCodes.contains(s.kbli))
        return reuse;
    *isNew = true;
    const DemoPeople::Company f = m_people.company();
    Business b;
    b.name = f.name;
    b.npwp = f.npwp;
    b.capital = f.capital;
    b.scale = BusinessScaleRules::forCapital(f.capital);
    b.inIndustrialEstate = f.inEstate;
    b.address = f.address;
    b.kbliCodes = {s.kbli};
    if (m_people.chance(0.3))
        b.nib = m_people.nib();
    b.siinasAccount = m_people.chance(0.7) ? QStringLiteral("siinas-%1").arg(100000 + i) : QString();
    m_knownBusinesses.push_back(b);
    ++m_summary.businesses;
    return m_knownBusinesses.size() - 1;
}

// Registration: one file in ten is returned incomplete at the counter, and most of those come back.
void DemoCaseMaker::receive(Story& story, CaseRecord& c)
{
    const QString& counter = c.officerName;
    const bool incomplete = m_people.chance(0.1) && c.checklist.size() > 1;
    if (!incomplete) {
        story.event(QStringLiteral("register"), CaseStage::Registered, c.receivedAt, counter);
        story.mark(ClockEvent::Type::Start, c.receivedAt);
        c.completeAt = c.receivedAt;
        return;
    }
    const int k = 1 + m_people.bounded(int(c.checklist.size()) - 1);
    c.checklist[k].status = ChecklistStatus::Missing;
    c.stage = CaseStage::Returned;
    story.event(QStringLiteral("register"), CaseStage::Returned, c.receivedAt, counter,
                DemoData::tr("Incomplete: %1 missing").arg(c.checklist[k].requirementKey));
    const QDate back = m_people.chance(0.65) ? story.after(2 + m_people.bounded(9)) : QDate();
    if (back.isValid()) {
        c.checklist[k].status = ChecklistStatus::Valid;
        const QDateTime t = story.at(back);
        story.event(QStringLiteral("resubmit"), CaseStage::Registered, t, counter);
        story.mark(ClockEvent::Type::Start, t);
        c.completeAt = t;
    }
}

// Verification: a few rejected or withdrawn, some returned for correction (and mostly resubmitted).
// Returns the day it ends on, or invalid when the case goes no further.
QDate DemoCaseMaker::verify(Story& story, CaseRecord& c, const ServiceStandard& s)
{
    const QString backOffice = QString::fromLatin1(kBackOffice);
    QDate d = story.step(m_people.bounded(2));
    if (!d.isValid())
        return d;
    story.event(QStringLiteral("start_verification"), CaseStage::Verification, story.at(d), backOffice);
    const double fate = m_people.random().generateDouble();
    if (fate < 0.03) {
        if ((d = story.step(1 + m_people.bounded(2))).isValid()) {
            const QDateTime t = story.at(d);
            c.rejectionReason = DemoData::tr("The business location does not meet the zoning plan (RTRW).");
            story.event(QStringLiteral("reject"), CaseStage::Rejected, t, backOffice, c.rejectionReason);
            story.mark(ClockEvent::Type::Stop, t);
        }
        return QDate();
    }
    if (fate < 0.05) {
        if ((d = story.step(m_people.bounded(3))).isValid()) {
            const QDateTime t = story.at(d);
            c.withdrawalReason = DemoData::tr("The applicant withdrew the application.");
            story.event(QStringLiteral("withdraw"), CaseStage::Withdrawn, t, c.officerName, c.withdrawalReason);
            story.mark(ClockEvent::Type::Stop, t);
        }
        return QDate();
    }
    if (fate < 0.10 && (d = story.step(1)).isValid()) {
        const QDateTime t = story.at(d);
        const QString why = DemoData::tr("The SIINas industry data does not match the capital stated.");
        c.returnedFrom = caseStageKey(CaseStage::Verification);
        c.returnCount = 1;
        story.event(QStringLiteral("return"), CaseStage::Returned, t, backOffice, why);
        story.mark(ClockEvent::Type::Pause, t);
        d = m_people.chance(0.7) ? story.step(2 + m_people.bounded(5)) : QDate();
        if (d.isValid()) {
            const QDateTime back = story.at(d);
            story.event(QStringLiteral("resubmit"), CaseStage::Verification, back, c.officerName);
            story.mark(s.resubmission == ResubmissionRule::Pause ? ClockEvent::Type::Resume : ClockEvent::Type::Restart,
                       back);
            c.returnedFrom.clear();
            if (s.resubmission == ResubmissionRule::Restart)
                c.completeAt = back;
        }
    }
    return d;
}

// To the technical team (with a field visit now and then) and on for signature, or straight to
// signature. Returns the day it ends on, or invalid when the case goes no further.
QDate DemoCaseMaker::forward(Story& story, CaseRecord& c, QDate d)
{
    if (d.isValid() && m_people.chance(0.55)) {
        if ((d = story.step(1 + m_people.bounded(2))).isValid()) {
            story.event(QStringLiteral("to_technical"), CaseStage::Technical, story.at(d),
                        QString::fromLatin1(kBackOffice));
            if ((d = story.step(1 + m_people.bounded(3))).isValid()) {
                if (m_people.chance(0.4)) {
                    c.fieldVisitDate = d;
                    c.fieldOfficer = QString::fromLatin1(kTechnical);
                }
                story.event(QStringLiteral("complete_technical"), CaseStage::Signature, story.at(d),
                            QString::fromLatin1(kTechnical));
            }
        }
    } else if (d.isValid() && (d = story.step(1 + m_people.bounded(2))).isValid()) {
        story.event(QStringLiteral("to_signature"), CaseStage::Signature, story.at(d),
                    QString::fromLatin1(kBackOffice));
    }
    return d;
}

// The head signs (the firm gets its NIB if it has none), and most permits are handed over.
void DemoCaseMaker::issue(Story& story, CaseRecord& c, QDate d, int i, size_t businessIndex, bool newBusiness)
{
    if (!d.isValid() ||
        !(d = story.step(m_people.chance(0.15) ? 3 + m_people.bounded(8) : 1 + m_people.bounded(2))).isValid())
        return;
    const QDateTime t = story.at(d);
    Business& b = m_knownBusinesses[businessIndex];
    if (b.nib.isEmpty()) {
        b.nib = m_people.nib();
        if (!newBusiness) {
            m_businesses.flush(); // the row may still be queued
            m_cases.setBusinessNib(b.id, b.nib, m_now, m_ws);
        }
    }
    c.business.nib = b.nib;
    c.nibNumber = b.nib;
    c.permitNumber = QStringLiteral("503/%1/IZIN-%2/DPMPTSP/%3").arg(i + 1).arg(c.kbli).arg(d.year());
    c.signedDate = d;
    story.event(QStringLiteral("issue"), CaseStage::Issued, t, QString::fromLatin1(kHead),
                DemoData::tr("Permit %1 signed").arg(c.permitNumber));
    story.mark(ClockEvent::Type::Stop, t);
    if (m_people.chance(0.85) && (d = story.step(m_people.bounded(6))).isValid()) {
        c.handedOverDate = d;
        story.event(QStringLiteral("hand_over"), CaseStage::HandedOver, story.at(d), c.officerName);
    }
}

// Queues the case with its events and clock marks (and its firm when new); writes the queues
// every 128 cases and at the end of a batch, parents before the rows that point to them.
void DemoCaseMaker::write(CaseRecord& c, int si, size_t businessIndex, bool newBusiness, bool lastOfBatch)
{
    if (newBusiness) {
        m_businesses.insert(m_knownBusinesses[businessIndex], m_now, m_ws);
        c.business = m_knownBusinesses[businessIndex];
    }
    CaseClocks::cache(m_calendar, m_rules[si], c, m_today, m_budgets[si]);
    m_cases.insert(c, m_now, m_ws);
    for (const CaseEvent& e : c.events)
        m_cases.addEvent(c.id, e, {}, m_now, m_ws);
    int seq = 0;
    for (const CaseClockMark& m : c.clockMarks)
        m_cases.addClockMark(c.id, ++seq, m, m_now, m_ws);
    if (m_summary.firstNumber.isEmpty())
        m_summary.firstNumber = c.registrationNumber;
    m_summary.lastNumber = c.registrationNumber;
    ++m_summary.cases;
    if (m_cases.pending() >= 128 || lastOfBatch) {
        m_applicants.flush();
        m_businesses.flush();
        m_cases.flush();
    }
}

// Every batch with its own audit entry, in its transaction: a run killed part-way leaves no
// demo case unaccounted for.
void auditBatch(const Context& ctx, const DemoData::Options& o, const DemoData::Summary& summary, int start, int end)
{
    AuditLog::append(ctx, QStringLiteral("demo.generate"), QStringLiteral("case"), QStringLiteral("demo"), {},
                     {{QStringLiteral("cases"), summary.cases},
                      {QStringLiteral("batch_from"), start + 1},
                      {QStringLiteral("batch_to"), end},
                      {QStringLiteral("seed"), double(o.seed)},
                      {QStringLiteral("first"), summary.firstNumber},
                      {QStringLiteral("last"), summary.lastNumber}});
}
} // namespace

int DemoData::spanDays(const Options& o)
{
    return o.spanDays > 0 ? o.spanDays : std::max(365, std::min(3650, o.cases / 150));
}

QDateTime DemoData::catalogueSince(const Options& o, const QDate& today)
{
    return QDateTime(today.addDays(-spanDays(o) - 1), QTime(7, 0), Clock::zone());
}

int DemoData::ensureDemoServices(const Context& ctx)
{
    CatalogRepository catalog(ctx.database());
    QList<ServiceStandard> current = catalog.listCurrent();
    if (current.isEmpty() || current.size() >= 5)
        return int(current.size());
    const ServiceStandard base = current.first();
    // The demo standards apply from the day the built-in one does (demo-setup imports it from
    // before the oldest demo case), so every demo case was filed under a version already in force.
    const FixedClock since(base.validFrom.isValid() && base.validFrom < ctx.clock().now() ? base.validFrom
                                                                                          : ctx.clock().now());
    const Context early(ctx.database(), since, ctx.actor());
    for (const DemoService& d : kServices) {
        if (catalog.currentByKbli(QString::fromLatin1(d.kbli)))
            continue;
        ServiceStandard s = base;
        s.id.clear();
        s.serviceId.clear();
        s.version = 1;
        s.kbli = QString::fromLatin1(d.kbli);
        s.name = QString::fromLatin1(d.name);
        s.riskLevel = QString::fromLatin1(d.risk);
        s.completionWorkingDays = d.days;
        s.completionText = tr("%1 working days from the day the complete and correct file is received.").arg(d.days);
        s.stageBudgets = demoStageBudgets(d.days);
        CatalogService::saveNewVersion(early, s);
    }
    return int(catalog.listCurrent().size());
}

DemoData::Summary DemoData::generate(const Context& ctx, const Options& o,
                                     const std::function<void(int, int)>& progress)
{
    ctx.require(Permission::RegisterCase);
    if (o.cases < 0)
        throw Error::invalid(tr("The number of demo cases cannot be negative."), QStringLiteral("cases"));
    Summary summary;
    if (o.addDemoServices && ctx.actor().can(Permission::EditCatalog))
        ensureDemoServices(ctx);
    const QList<ServiceStandard> services = CatalogRepository(ctx.database()).listCurrent();
    if (services.isEmpty())
        throw Error::conflict(tr("The catalogue is empty: demo cases need at least one service."));
    summary.services = int(services.size());

    const auto calendar = CalendarService::current(ctx.database());
    DemoPeople people(o.seed);
    const Arrivals arrivals(*calendar, people, ctx.clock().today(), spanDays(o), o.cases);
    const LargeCache cache(ctx.db());
    RegistrationNumbers numbers(ctx);
    QHash<int, qint64> nextSeq = arrivals.reserveNumbers(ctx, numbers);
    DemoCaseMaker maker(ctx, *calendar, people, services, numbers, nextSeq, summary);
    constexpr int kBatch = 20000;
    for (int start = 0; start < o.cases; start += kBatch) {
        Transaction tx(ctx.db());
        const int end = std::min(o.cases, start + kBatch);
        for (int i = start; i < end; ++i)
            maker.make(i, arrivals.at(size_t(i)), i + 1 == end);
        auditBatch(ctx, o, summary, start, end);
        tx.commit();
        if (progress)
            progress(end, o.cases);
    }
    return summary;
}

QByteArray DemoData::importCsv(int rows, quint32 seed, const QString& kbli, const QDate& until)
{
    DemoPeople people(seed);
    // Apart from the people and numbers of demo cases (see the header).
    people.setNibCounter(500000000);
    people.setRegion(QStringLiteral("3215"));
    QByteArray out = "registration_number,kbli,received_date,applicant_name,applicant_nik,applicant_phone,"
                     "applicant_email,applicant_address,business_name,business_nib,business_npwp,business_capital,"
                     "business_in_estate,business_address,missing,stage,officer,nib_number,permit_number,signed_date,"
                     "handed_over_date,reason,note\n";
    out.reserve(qsizetype(rows) * 400);
    auto quoted = [](const QString& s) { return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    for (int i = 0; i < rows; ++i) {
        const DemoPeople::Person p = people.person();
        const DemoPeople::Company c = people.company();
        const QDate received = until.addDays(-1 - people.bounded(365));
        const bool incomplete = people.chance(0.05);
        const bool issued = !incomplete && people.chance(0.6) && received.addDays(14) < until;
        const QString nib = issued ? people.nib() : QString();
        const QStringList fields{
            QString(), kbli, received.toString(Qt::ISODate), p.name, p.nik, p.phone, p.email, quoted(p.address), c.name,
            QString(), c.npwp, QString::number(c.capital), c.inEstate ? QStringLiteral("ya") : QStringLiteral("tidak"),
            quoted(c.address), incomplete ? QStringLiteral("U2") : QString(),
            incomplete ? QStringLiteral("returned")
            : issued   ? QStringLiteral("handed_over")
                       : QStringLiteral("verification"),
            // No officer: an import names only users of the database (issue 14), and these rows go into
            // any database; the importing user becomes the officer. The draw keeps the sequence.
            people.bounded(4) < 0 ? QString() : QString(), nib,
            issued ? QStringLiteral("503/%1/IZIN/%2").arg(i + 1).arg(received.year()) : QString(),
            issued ? received.addDays(7).toString(Qt::ISODate) : QString(),
            issued ? received.addDays(9).toString(Qt::ISODate) : QString(), QString(), QString()};
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += '\n';
    }
    return out;
}

} // namespace loket
