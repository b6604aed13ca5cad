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
    QDateTime last() const { return m_last; }
    void setLast(const QDateTime& t) { m_last = t; }

private:
    const WorkingCalendar& m_cal;
    DemoPeople& m_people;
    QDate m_today;
    CaseRecord& m_c;
    QDateTime m_last;
};
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
    QList<ClockRule> rules;
    QList<QHash<QString, int>> budgets;
    for (const ServiceStandard& s : services) {
        rules.append(CaseClocks::rule(ctx.database(), s));
        budgets.append(CaseClocks::stageBudgets(s));
    }
    const QDate today = ctx.clock().today();
    const int span = spanDays(o);
    DemoPeople people(o.seed);

    // Received days first, oldest first, so registration numbers grow with time.
    std::vector<qint64> received(size_t(o.cases));
    const qint64 first = today.addDays(-span).toJulianDay();
    // Minutes since the first day: counters open 08:00 to 15:00 on working days.
    for (qint64& minute : received) {
        qint64 day = calendar->nextWorkingDayOnOrAfter(QDate::fromJulianDay(first + people.bounded(span + 1))).toJulianDay();
        if (day > today.toJulianDay())
            day = calendar->addWorkingDays(today, -1).toJulianDay();
        minute = (day - first) * 1440 + 8 * 60 + people.bounded(7 * 60);
    }
    std::sort(received.begin(), received.end());
    auto receivedAt = [&](size_t i) {
        const qint64 m = received[i];
        return QDateTime(QDate::fromJulianDay(first + m / 1440), QTime(int(m % 1440) / 60, int(m % 60)), Clock::zone());
    };

    const LargeCache cache(ctx.db());

    RegistrationNumbers numbers(ctx);
    QHash<int, qint64> nextSeq;
    {
        QHash<int, qint64> perYear;
        for (size_t i = 0; i < received.size(); ++i)
            perYear[receivedAt(i).date().year()] += 1;
        Transaction tx(ctx.db());
        for (auto it = perYear.begin(); it != perYear.end(); ++it)
            nextSeq.insert(it.key(), numbers.reserve(it.key(), it.value()));
        tx.commit();
    }

    // Numbers already in the database are not handed out again.
    people.setNibCounter(SqlQuery(ctx.db(), QStringLiteral("SELECT max(CAST(substr(nib, 5) AS INTEGER)) FROM "
                                                           "businesses WHERE nib >= '9120' AND nib < '9121'"))
                             .scalar()
                             .toLongLong());
    ApplicantRepository applicants(ctx.db());
    BusinessRepository businesses(ctx.db());
    CaseRepository cases(ctx.db());
    applicants.setBatched(true);
    businesses.setBatched(true);
    cases.setBatched(true);
    std::vector<Applicant> knownApplicants;
    std::vector<Business> knownBusinesses;
    const QString ws = ctx.workstation();
    const QString now = toStoredTime(ctx.clock().now());
    constexpr int kBatch = 20000;
    for (int start = 0; start < o.cases; start += kBatch) {
        Transaction tx(ctx.db());
        const int end = std::min(o.cases, start + kBatch);
        for (int i = start; i < end; ++i) {
            const int si = people.bounded(int(services.size()));
            const ServiceStandard& s = services[si];
            const Officer& officer = kCounter[people.bounded(4)];
            CaseRecord c;
            c.serviceId = s.serviceId;
            c.standardId = s.id;
            c.kbli = s.kbli;
            c.officer = QString::fromLatin1(officer.username);
            c.officerName = QString::fromLatin1(officer.name);

            if (!knownApplicants.empty() && people.chance(0.3)) {
                c.applicant = knownApplicants[size_t(people.bounded(int(knownApplicants.size())))];
            } else {
                DemoPeople::Person p = people.person();
                while (applicants.byNik(p.nik))
                    p = people.person();
                c.applicant.name = p.name;
                c.applicant.nik = p.nik;
                c.applicant.phone = p.phone;
                c.applicant.email = p.email;
                c.applicant.address = p.address;
                applicants.insert(c.applicant, now, ws);
                knownApplicants.push_back(c.applicant);
                ++summary.applicants;
            }
            size_t businessIndex;
            bool newBusiness = false;
            // A firm comes back for the same line of business: its KBLI is the service's.
            size_t reuse = 0;
            const bool again = !knownBusinesses.empty() && people.chance(0.25);
            if (again)
                reuse = size_t(people.bounded(int(knownBusinesses.size())));
            if (again && knownBusinesses[reuse].kbliCodes.contains(s.kbli)) {
                businessIndex = reuse;
            } else {
                newBusiness = true;
                const DemoPeople::Company f = people.company();
                Business b;
                b.name = f.name;
                b.npwp = f.npwp;
                b.capital = f.capital;
                b.scale = BusinessScaleRules::forCapital(f.capital);
                b.inIndustrialEstate = f.inEstate;
                b.address = f.address;
                b.kbliCodes = {s.kbli};
                if (people.chance(0.3))
                    b.nib = people.nib();
                b.siinasAccount = people.chance(0.7) ? QStringLiteral("siinas-%1").arg(100000 + i) : QString();
                knownBusinesses.push_back(b); // written after the story, with the NIB it may get

                businessIndex = knownBusinesses.size() - 1;
                ++summary.businesses;
            }
            c.business = knownBusinesses[businessIndex];
            if (people.chance(0.15)) {
                const DemoPeople::Person rep = people.person();
                c.representativeName = rep.name;
                c.representativeNik = rep.nik;
            }

            const QDateTime arrived = receivedAt(size_t(i));
            const QDate day = arrived.date();
            const int year = day.year();
            c.registrationNumber = numbers.formatWith(s.kbli, day, nextSeq[year]++);
            for (const Requirement& r : s.requirements)
                c.checklist.append(ChecklistItem{r.key, r.text, ChecklistStatus::Valid, {}});
            // U1 "skala industri kecil atau industri menengah": a micro or large firm's line carries
            // the warning the intake gives (the officer accepted it), as in a real case.
            ScaleRequirement::annotate(c.checklist, c.business.scale);

            Story story(*calendar, people, today, c);
            story.setLast(arrived);
            c.receivedAt = arrived;
            const QString counter = c.officerName;
            const bool incomplete = people.chance(0.1) && c.checklist.size() > 1;
            if (incomplete) {
                const int k = 1 + people.bounded(int(c.checklist.size()) - 1);
                c.checklist[k].status = ChecklistStatus::Missing;
                c.stage = CaseStage::Returned;
                story.event(QStringLiteral("register"), CaseStage::Returned, c.receivedAt, counter,
                            tr("Incomplete: %1 missing").arg(c.checklist[k].requirementKey));
                const QDate back = people.chance(0.65) ? story.after(2 + people.bounded(9)) : QDate();
                if (back.isValid()) {
                    c.checklist[k].status = ChecklistStatus::Valid;
                    const QDateTime t = story.at(back);
                    story.event(QStringLiteral("resubmit"), CaseStage::Registered, t, counter);
                    story.mark(ClockEvent::Type::Start, t);
                    c.completeAt = t;
                }
            } else {
                story.event(QStringLiteral("register"), CaseStage::Registered, c.receivedAt, counter);
                story.mark(ClockEvent::Type::Start, c.receivedAt);
                c.completeAt = c.receivedAt;
            }

            // The rest of the procedure, while the days have come.
            auto step = [&](int days) { return c.completeAt.isValid() ? story.after(days) : QDate(); };
            QDate d = step(people.bounded(2));
            if (d.isValid()) {
                story.event(QStringLiteral("start_verification"), CaseStage::Verification, story.at(d),
                            QString::fromLatin1(kBackOffice));
                const double fate = people.random().generateDouble();
                if (fate < 0.03) {
                    if ((d = step(1 + people.bounded(2))).isValid()) {
                        const QDateTime t = story.at(d);
                        c.rejectionReason = tr("The business location does not meet the zoning plan (RTRW).");
                        story.event(QStringLiteral("reject"), CaseStage::Rejected, t, QString::fromLatin1(kBackOffice),
                                    c.rejectionReason);
                        story.mark(ClockEvent::Type::Stop, t);
                    }
                    d = QDate();
                } else if (fate < 0.05) {
                    if ((d = step(people.bounded(3))).isValid()) {
                        const QDateTime t = story.at(d);
                        c.withdrawalReason = tr("The applicant withdrew the application.");
                        story.event(QStringLiteral("withdraw"), CaseStage::Withdrawn, t, counter, c.withdrawalReason);
                        story.mark(ClockEvent::Type::Stop, t);
                    }
                    d = QDate();
                } else if (fate < 0.10 && (d = step(1)).isValid()) {
                    const QDateTime t = story.at(d);
                    const QString why = tr("The SIINas industry data does not match the capital stated.");
                    c.returnedFrom = caseStageKey(CaseStage::Verification);
                    c.returnCount = 1;
                    story.event(QStringLiteral("return"), CaseStage::Returned, t, QString::fromLatin1(kBackOffice), why);
                    story.mark(ClockEvent::Type::Pause, t);
                    d = people.chance(0.7) ? step(2 + people.bounded(5)) : QDate();
                    if (d.isValid()) {
                        const QDateTime back = story.at(d);
                        story.event(QStringLiteral("resubmit"), CaseStage::Verification, back, counter);
                        story.mark(s.resubmission == ResubmissionRule::Pause ? ClockEvent::Type::Resume
                                                                             : ClockEvent::Type::Restart,
                                   back);
                        c.returnedFrom.clear();
                        if (s.resubmission == ResubmissionRule::Restart)
                            c.completeAt = back;
                    }
                }
            }
            if (d.isValid() && people.chance(0.55)) {
                if ((d = step(1 + people.bounded(2))).isValid()) {
                    story.event(QStringLiteral("to_technical"), CaseStage::Technical, story.at(d),
                                QString::fromLatin1(kBackOffice));
                    if ((d = step(1 + people.bounded(3))).isValid()) {
                        if (people.chance(0.4)) {
                            c.fieldVisitDate = d;
                            c.fieldOfficer = QString::fromLatin1(kTechnical);
                        }
                        story.event(QStringLiteral("complete_technical"), CaseStage::Signature, story.at(d),
                                    QString::fromLatin1(kTechnical));
                    }
                }
            } else if (d.isValid() && (d = step(1 + people.bounded(2))).isValid()) {
                story.event(QStringLiteral("to_signature"), CaseStage::Signature, story.at(d),
                            QString::fromLatin1(kBackOffice));
            }
            if (d.isValid() && (d = step(people.chance(0.15) ? 3 + people.bounded(8) : 1 + people.bounded(2))).isValid()) {
                const QDateTime t = story.at(d);
                Business& b = knownBusinesses[businessIndex];
                if (b.nib.isEmpty()) {
                    b.nib = people.nib();
                    if (!newBusiness) {
                        businesses.flush(); // the row may still be queued
                        cases.setBusinessNib(b.id, b.nib, now, ws);
                    }
                }
                c.business.nib = b.nib;
                c.nibNumber = b.nib;
                c.permitNumber = QStringLiteral("503/%1/IZIN-%2/DPMPTSP/%3").arg(i + 1).arg(s.kbli).arg(d.year());
                c.signedDate = d;
                story.event(QStringLiteral("issue"), CaseStage::Issued, t, QString::fromLatin1(kHead),
                            tr("Permit %1 signed").arg(c.permitNumber));
                story.mark(ClockEvent::Type::Stop, t);
                if (people.chance(0.85) && (d = step(people.bounded(6))).isValid()) {
                    c.handedOverDate = d;
                    story.event(QStringLiteral("hand_over"), CaseStage::HandedOver, story.at(d), counter);
                }
            }

            if (newBusiness) {
                businesses.insert(knownBusinesses[businessIndex], now, ws);
                c.business = knownBusinesses[businessIndex];
            }
            CaseClocks::cache(*calendar, rules[si], c, today, budgets[si]);
            cases.insert(c, now, ws);
            for (const CaseEvent& e : c.events)
                cases.addEvent(c.id, e, {}, now, ws);
            int seq = 0;
            for (const CaseClockMark& m : c.clockMarks)
                cases.addClockMark(c.id, ++seq, m, now, ws);
            if (summary.firstNumber.isEmpty())
                summary.firstNumber = c.registrationNumber;
            summary.lastNumber = c.registrationNumber;
            ++summary.cases;
            if (cases.pending() >= 128 || i + 1 == end) {
                // Parents before the rows that point to them.
                applicants.flush();
                businesses.flush();
                cases.flush();
            }
        }
        // Every batch with its own audit entry, in its transaction: a run killed part-way leaves no
        // demo case unaccounted for.
        AuditLog::append(ctx, QStringLiteral("demo.generate"), QStringLiteral("case"), QStringLiteral("demo"), {},
                         {{QStringLiteral("cases"), summary.cases},
                          {QStringLiteral("batch_from"), start + 1},
                          {QStringLiteral("batch_to"), end},
                          {QStringLiteral("seed"), double(o.seed)},
                          {QStringLiteral("first"), summary.firstNumber},
                          {QStringLiteral("last"), summary.lastNumber}});
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
