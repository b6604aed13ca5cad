#include "CaseQueries.h"

#include "CaseClocks.h"
#include "NameSearch.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "identity/IdentityValidator.h"
#include "receipts/ReceiptService.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace loket {

QString caseClockFilterKey(CaseClockFilter f)
{
    switch (f) {
    case CaseClockFilter::Any:
        return QStringLiteral("any");
    case CaseClockFilter::OnTrack:
        return QStringLiteral("on-track");
    case CaseClockFilter::AtRisk:
        return QStringLiteral("at-risk");
    case CaseClockFilter::Overdue:
        return QStringLiteral("overdue");
    case CaseClockFilter::Paused:
        return QStringLiteral("paused");
    case CaseClockFilter::NotStarted:
        return QStringLiteral("not-started");
    case CaseClockFilter::Stopped:
        return QStringLiteral("stopped");
    case CaseClockFilter::DueToday:
        return QStringLiteral("due-today");
    }
    return {};
}

bool caseClockFilterFromKey(const QString& key, CaseClockFilter* out)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (auto f :
         {CaseClockFilter::Any, CaseClockFilter::OnTrack, CaseClockFilter::AtRisk, CaseClockFilter::Overdue,
          CaseClockFilter::Paused, CaseClockFilter::NotStarted, CaseClockFilter::Stopped, CaseClockFilter::DueToday}) {
        if (caseClockFilterKey(f) == k) {
            *out = f;
            return true;
        }
    }
    return false;
}

namespace {
// A name search lists the cases of the most recently added matching names of each kind only: all
// of them for a full name, a recent sample for a common first name alone ("siti": 10,412 of 700,000
// applicants at a million cases), where typing more of the name narrows the list.
constexpr int kNameMatches = 500;
// Sorted by applicant, a filter that leaves at most this many cases sorts them; with more, the
// walk of applicants in name order meets one of its cases often enough to fill a page quickly. At
// a million cases, sorting 3,000 took 16 ms and walking to them 90 ms (both warm).
constexpr int kNameSortLimit = 10000;
} // namespace

// The due-date order (cases_due_order): deadlines first, then the clocks not started ('~' sorts
// after every date).
#define DUE_ORDER "coalesce(c.due_date, '~')"

struct CaseQueries::Where
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    QString nameMatch; // the FTS5 query of a name search; empty for any other search

    void add(const QString& condition) { conditions << condition; }
    void bind(const QString& name, const QVariant& value) { binds.append({name, value}); }
    QString sql() const
    {
        return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    template <typename Q> void apply(Q& q) const
    {
        for (const auto& [name, value] : binds)
            q.bind(name, value);
    }
};

CaseQueries::CaseQueries(const Context& ctx) : m_ctx(ctx), m_nameSortLimit(kNameSortLimit)
{
    m_calendar = CalendarService::current(ctx.database());
}

CaseQueries::~CaseQueries() = default;

// A registration number, an identity number or words of a name (the search box of the list).
void CaseQueries::addSearch(Where& w, const QString& search)
{
    const auto payload = VerificationCode::parsePayload(search);
    const QString text = payload.ok ? payload.registrationNumber : search;
    if (text.contains(QLatin1Char('/'))) {
        w.add(QStringLiteral("c.registration_number >= :reg_lo AND c.registration_number < :reg_hi"));
        w.bind(QStringLiteral(":reg_lo"), text);
        w.bind(QStringLiteral(":reg_hi"), NameSearch::prefixEnd(text));
    } else if (NameSearch::looksNumeric(text)) {
        const QString digits = IdentityValidator::normalizeDigits(text);
        if (digits.size() == 16) {
            w.add(QStringLiteral("c.applicant_id IN (SELECT id FROM applicants WHERE nik = :nik)"));
            w.bind(QStringLiteral(":nik"), digits);
        } else if (digits.size() == 13) {
            w.add(QStringLiteral("(c.business_id IN (SELECT id FROM businesses WHERE nib = :nib) OR "
                                 "c.nib_number = :nib)"));
            w.bind(QStringLiteral(":nib"), digits);
        } else {
            w.add(QStringLiteral("(c.applicant_id IN (SELECT id FROM applicants WHERE nik >= :d_lo AND nik < :d_hi) "
                                 "OR c.business_id IN (SELECT id FROM businesses WHERE nib >= :d_lo AND nib < "
                                 ":d_hi))"));
            w.bind(QStringLiteral(":d_lo"), digits);
            w.bind(QStringLiteral(":d_hi"), NameSearch::prefixEnd(digits));
        }
    } else {
        const QString match = NameSearch::ftsQuery(text);
        if (!match.isEmpty()) {
            // Driven from the matching names (at most kNameMatches of each kind, the most recently
            // added first: FTS5 walks its rowids backwards without sorting) to their cases through
            // the applicant and business indexes, not by scanning cases. Each kind has its own
            // FTS5 table (schema 23): a shared one filtered by kind read every match of a common
            // word to find the other kind's. Not ordered by bm25: it would score every match.
            w.add(QStringLiteral(
                "c.rowid IN (SELECT x.rowid FROM cases x WHERE x.applicant_id IN (SELECT ref_id FROM "
                "applicant_names WHERE applicant_names MATCH :fts ORDER BY rowid DESC LIMIT :names) UNION ALL "
                "SELECT x.rowid FROM cases x WHERE x.business_id IN (SELECT ref_id FROM business_names WHERE "
                "business_names MATCH :fts ORDER BY rowid DESC LIMIT :names))"));
            w.bind(QStringLiteral(":names"), kNameMatches);
            w.nameMatch = QStringLiteral("name : (%1)").arg(match);
            w.bind(QStringLiteral(":fts"), w.nameMatch);
        }
    }
}

CaseQueries::Where CaseQueries::where(const CaseFilter& f) const
{
    Where w;
    const QString search = f.search.trimmed();
    if (!search.isEmpty())
        addSearch(w, search);
    if (!f.serviceId.isEmpty()) {
        w.add(QStringLiteral("c.service_id = :service"));
        w.bind(QStringLiteral(":service"), f.serviceId);
    }
    if (!f.kbli.isEmpty()) {
        w.add(QStringLiteral("c.service_id IN (SELECT id FROM services WHERE kbli = :kbli)"));
        w.bind(QStringLiteral(":kbli"), IdentityValidator::normalizeKbli(f.kbli));
    }
    if (f.stage) {
        w.add(QStringLiteral("c.stage = :stage"));
        w.bind(QStringLiteral(":stage"), caseStageKey(*f.stage));
    }
    if (f.openOnly)
        w.add(QStringLiteral("c.stage IN ('registered', 'verification', 'technical', 'signature', 'returned')"));
    if (!f.officer.isEmpty()) {
        w.add(QStringLiteral("c.holder = :officer"));
        w.bind(QStringLiteral(":officer"), f.officer);
    }
    if (!f.workstation.isEmpty()) {
        w.add(QStringLiteral("c.origin = :origin"));
        w.bind(QStringLiteral(":origin"), f.workstation);
    }
    // Stored times carry the +07:00 offset, so day bounds compare as text.
    if (f.receivedFrom.isValid()) {
        w.add(QStringLiteral("c.received_at >= :from"));
        w.bind(QStringLiteral(":from"), f.receivedFrom.toString(Qt::ISODate));
    }
    if (f.receivedTo.isValid()) {
        w.add(QStringLiteral("c.received_at < :to"));
        w.bind(QStringLiteral(":to"), f.receivedTo.addDays(1).toString(Qt::ISODate));
    }
    // The stored figures (schema 14): overdue the day after the deadline, at risk from risk_from.
    // cases_clock_due holds the clocks that have not stopped (schema 27); SQLite uses a partial
    // index only where the query states its condition, so the filters that read it say so.
    const QString today = m_ctx.clock().today().toString(Qt::ISODate);
    const QString live = QStringLiteral("c.clock <> 'stopped' AND ");
    switch (f.clock) {
    case CaseClockFilter::Any:
        break;
    case CaseClockFilter::Overdue:
        w.add(live + QStringLiteral("c.clock = 'running' AND c.due_date < :today"));
        w.bind(QStringLiteral(":today"), today);
        break;
    case CaseClockFilter::AtRisk:
        w.add(live + QStringLiteral("c.clock = 'running' AND c.due_date >= :today AND c.risk_from <= :today"));
        w.bind(QStringLiteral(":today"), today);
        break;
    case CaseClockFilter::OnTrack:
        w.add(live + QStringLiteral("c.clock = 'running' AND c.due_date >= :today AND c.risk_from > :today"));
        w.bind(QStringLiteral(":today"), today);
        break;
    case CaseClockFilter::Paused:
        w.add(live + QStringLiteral("c.clock = 'paused'"));
        break;
    case CaseClockFilter::NotStarted:
        w.add(live + QStringLiteral("c.clock = 'none'"));
        break;
    case CaseClockFilter::Stopped:
        w.add(QStringLiteral("c.clock = 'stopped'"));
        break;
    case CaseClockFilter::DueToday:
        // A clock stopped today is found by its stop day (cases_stopped_on).
        w.add(QStringLiteral("((") + live +
              QStringLiteral("c.clock = 'running' AND c.due_date = :today) OR (c.stopped_on = :today AND c.clock = "
                             "'stopped' AND c.due_date = :today))"));
        w.bind(QStringLiteral(":today"), today);
        break;
    }
    return w;
}

const ClockRule& CaseQueries::ruleFor(const QString& standardId, QString* serviceName)
{
    auto it = m_rules.find(standardId);
    if (it == m_rules.end()) {
        const auto s = CatalogRepository(m_ctx.database()).byId(standardId);
        it = m_rules.insert(standardId, s ? std::make_pair(CaseClocks::rule(m_ctx.database(), *s), s->name)
                                          : std::make_pair(ClockRule{}, QString()));
    }
    *serviceName = it->second;
    return it->first;
}

QList<CaseRow> CaseQueries::page(const CaseFilter& filter, int offset, int limit)
{
    return fetch(filter, where(filter), offset, limit);
}

// Keyset paging: the rows after the given case in the list's order, found by seeking the sort
// key in its index, so a deep page costs what the first one costs.
QList<CaseRow> CaseQueries::pageAfter(const CaseFilter& filter, const QString& afterRegistration, int limit)
{
    SqlQuery key(m_ctx.db(), QStringLiteral("SELECT c.received_at, c.id, c.registration_number, " DUE_ORDER
                                            ", c.stage, a.name, c.rowid, a.rowid FROM cases c CROSS JOIN applicants "
                                            "a ON a.id = c.applicant_id WHERE c.registration_number = :reg"));
    key.bind(QStringLiteral(":reg"), afterRegistration).exec();
    if (!key.next())
        throw Error::invalid(
            QCoreApplication::translate("loket::CaseQueries", "There is no application %1.").arg(afterRegistration),
            QStringLiteral("after"));
    Where w = where(filter);
    w.bind(QStringLiteral(":k_at"), key.value(0));
    w.bind(QStringLiteral(":k_id"), key.value(1));
    const QString newer = QStringLiteral("(c.received_at < :k_at OR (c.received_at = :k_at AND c.id < :k_id))");
    switch (filter.sort) {
    case CaseSort::ReceivedNewest:
        w.add(QStringLiteral("c.received_at <= :k_at AND ") + newer);
        break;
    case CaseSort::ReceivedOldest:
        w.add(QStringLiteral("c.received_at >= :k_at AND (c.received_at > :k_at OR c.id > :k_id)"));
        break;
    case CaseSort::RegistrationNumber:
        w.add(QStringLiteral("c.registration_number > :k_reg"));
        w.bind(QStringLiteral(":k_reg"), key.value(2));
        break;
    case CaseSort::DueDate:
        w.add(QStringLiteral(DUE_ORDER " >= :k_due AND (" DUE_ORDER " > :k_due OR c.rowid > :k_rowid)"));
        w.bind(QStringLiteral(":k_due"), key.value(3));
        w.bind(QStringLiteral(":k_rowid"), key.value(6));
        break;
    case CaseSort::Stage:
        w.add(QStringLiteral("(c.stage, c.received_at, c.rowid) < (:k_stage, :k_at, :k_rowid)"));
        w.bind(QStringLiteral(":k_stage"), key.value(4));
        w.bind(QStringLiteral(":k_rowid"), key.value(6));
        break;
    case CaseSort::ApplicantName:
        w.add(QStringLiteral("a.name >= :k_name AND (a.name > :k_name OR a.rowid > :k_arow OR (a.rowid = :k_arow AND "
                             "(c.received_at, c.rowid) < (:k_at, :k_rowid)))"));
        w.bind(QStringLiteral(":k_name"), key.value(5));
        w.bind(QStringLiteral(":k_rowid"), key.value(6));
        w.bind(QStringLiteral(":k_arow"), key.value(7));
        break;
    }
    return fetch(filter, w, 0, limit);
}

// Every order is an index's (schema 27, test_caseindexes), so a page is a seek, not a sort of every
// case. The stage order reads cases_stage_received backwards; the stage, due-date and applicant
// orders break ties by rowid, which their indexes hold.
QString CaseQueries::orderBy(CaseSort sort)
{
    switch (sort) {
    case CaseSort::ReceivedNewest:
        return QStringLiteral("c.received_at DESC, c.id DESC");
    case CaseSort::ReceivedOldest:
        return QStringLiteral("c.received_at, c.id");
    case CaseSort::RegistrationNumber:
        return QStringLiteral("c.registration_number");
    case CaseSort::DueDate:
        return QStringLiteral(DUE_ORDER ", c.rowid");
    case CaseSort::Stage:
        return QStringLiteral("c.stage DESC, c.received_at DESC, c.rowid DESC");
    case CaseSort::ApplicantName:
        return QStringLiteral("a.name, a.rowid, c.received_at DESC, c.rowid DESC");
    }
    return {};
}

// The FROM clause and what follows it. CROSS JOIN fixes which table drives. Unless the order is by
// name, the page is cut from the cases alone and names are joined to its rows only: a common
// name's search had joined thousands of candidate cases before sorting them. By name, a filter
// that leaves many cases walks applicants in name order to their cases; one that leaves few sorts
// just those.
QString CaseQueries::pageSource(const CaseFilter& filter, const Where& w)
{
    const QString order = orderBy(filter.sort);
    const QString parties = QStringLiteral(" CROSS JOIN applicants a ON a.id = c.applicant_id CROSS JOIN businesses b "
                                           "ON b.id = c.business_id");
    if (filter.sort != CaseSort::ApplicantName)
        return QStringLiteral("(SELECT c.rowid AS page_row FROM cases c%1 ORDER BY %2 LIMIT :limit OFFSET :offset) p "
                              "CROSS JOIN cases c ON c.rowid = p.page_row%3 ORDER BY %2")
            .arg(w.sql(), order, parties);
    // The walk names cases_applicant: otherwise SQLite reads each applicant's cases through the
    // filter's own index, every case of that filter for each applicant (59 s for the paused files).
    const QString from = count(filter, m_nameSortLimit) > m_nameSortLimit
                             ? QStringLiteral("applicants a INDEXED BY applicants_name CROSS JOIN cases c INDEXED BY "
                                              "cases_applicant ON c.applicant_id = a.id CROSS JOIN businesses b ON "
                                              "b.id = c.business_id")
                             : QStringLiteral("cases c") + parties;
    return from + QStringLiteral("%1 ORDER BY %2 LIMIT :limit OFFSET :offset").arg(w.sql(), order);
}

QList<CaseRow> CaseQueries::fetch(const CaseFilter& filter, const Where& w, int offset, int limit)
{
    refreshOnce();
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT c.id, c.registration_number, c.kbli, c.standard_id, a.name, a.nik, "
                                          "b.name, b.nib, c.stage, c.holder, c.received_at, c.origin FROM ") +
                               pageSource(filter, w));
    w.apply(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    QList<CaseRow> rows;
    QList<QString> standards;
    while (q.next()) {
        CaseRow r;
        r.id = q.value(0).toString();
        r.registrationNumber = q.value(1).toString();
        r.kbli = q.value(2).toString();
        standards << q.value(3).toString();
        r.applicantName = q.value(4).toString();
        r.nik = q.value(5).toString();
        r.businessName = q.value(6).toString();
        r.nib = q.value(7).toString();
        caseStageFromKey(q.value(8).toString(), &r.stage);
        r.officer = q.value(9).toString();
        r.receivedAt = fromStoredTime(q.value(10).toString());
        r.workstation = q.value(11).toString();
        rows.append(r);
    }
    ReusableQuery marks(m_ctx.db(),
                        QStringLiteral("SELECT kind, at FROM case_clock_events WHERE case_id = :id ORDER BY seq"));
    const QDate today = m_ctx.clock().today();
    for (int i = 0; i < rows.size(); ++i) {
        QList<CaseClockMark> list;
        marks.bind(QStringLiteral(":id"), rows[i].id).exec();
        while (marks.next())
            list.append(CaseClockMark{marks.value(0).toString(), fromStoredTime(marks.value(1).toString()), {}});
        marks.finish();
        const ClockRule& rule = ruleFor(standards[i], &rows[i].serviceName);
        rows[i].clock = CaseClocks::completion(*m_calendar, rule, list, today);
    }
    return rows;
}

void CaseQueries::refreshOnce()
{
    if (!m_refreshed) {
        CaseClocks::refreshStale(m_ctx);
        m_refreshed = true;
    }
}

int CaseQueries::count(const CaseFilter& filter, int cap)
{
    // A count by clock state reads the stored figures: stale ones (another calendar or threshold)
    // are computed again first, as for a page.
    if (filter.clock != CaseClockFilter::Any)
        refreshOnce();
    const Where w = where(filter);
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM cases c%1 LIMIT :cap)").arg(w.sql()));
    w.apply(q);
    q.bind(QStringLiteral(":cap"), cap + 1);
    return q.scalar().toInt();
}

bool CaseQueries::nameSampled(const CaseFilter& filter) const
{
    const Where w = where(filter);
    if (w.nameMatch.isEmpty())
        return false;
    // Reads at most one name past the sample of each kind: as cheap as the first page.
    for (const QString& sql :
         {QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM applicant_names WHERE applicant_names MATCH :fts "
                         "LIMIT :over)"),
          QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM business_names WHERE business_names MATCH :fts "
                         "LIMIT :over)")}) {
        SqlQuery q(m_ctx.db(), sql);
        q.bind(QStringLiteral(":fts"), w.nameMatch).bind(QStringLiteral(":over"), kNameMatches + 1);
        if (q.scalar().toInt() > kNameMatches)
            return true;
    }
    return false;
}

int CaseQueries::nameSample()
{
    return kNameMatches;
}

qint64 CaseQueries::handedOverCount(const QDate& from, const QDate& to, const QString& kbli)
{
    SqlQuery q(m_ctx.db(), QStringLiteral("SELECT count(*) FROM cases c WHERE c.handed_over_date IS NOT NULL AND "
                                          "c.handed_over_date BETWEEN :from AND :to AND (:kbli = '' OR c.service_id IN "
                                          "(SELECT id FROM services WHERE kbli = :kbli))"));
    q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":kbli"), kbli.isEmpty() ? QStringLiteral("") : IdentityValidator::normalizeKbli(kbli));
    return q.scalar().toLongLong();
}

QString CaseQueries::resolveScan(const QString& text, bool* genuine, bool* receipt)
{
    const QString trimmed = text.trimmed();
    if (genuine)
        *genuine = false;
    if (receipt)
        *receipt = false;
    if (trimmed.isEmpty())
        return {};
    QString reg = trimmed;
    const auto payload = VerificationCode::parsePayload(trimmed);
    if (payload.ok) {
        reg = payload.registrationNumber;
        if (receipt)
            *receipt = true;
        if (genuine) {
            try {
                *genuine = ReceiptService::verify(m_ctx.database(), trimmed).valid;
            } catch (...) {
                *genuine = false;
            }
        }
    }
    const QVariant found = SqlQuery(m_ctx.db(), QStringLiteral("SELECT registration_number FROM cases WHERE "
                                                               "registration_number = :reg"))
                               .bind(QStringLiteral(":reg"), reg.toUpper())
                               .scalar();
    if (found.isValid())
        return found.toString();
    return SqlQuery(m_ctx.db(),
                    QStringLiteral("SELECT registration_number FROM cases WHERE registration_number = :reg"))
        .bind(QStringLiteral(":reg"), reg)
        .scalar()
        .toString();
}

namespace {
// Skip-scan of a (column, received_at) index: one step per distinct value, not per case.
QStringList distinctValues(const QSqlDatabase& db, const QString& column)
{
    QStringList out;
    // `column` is one of two fixed names below, never user input.
    SqlQuery q(db, QStringLiteral("WITH RECURSIVE o(name) AS (SELECT min(%1) FROM cases UNION ALL SELECT "
                                  "(SELECT min(%1) FROM cases WHERE %1 > o.name) FROM o WHERE o.name "
                                  "IS NOT NULL) SELECT name FROM o WHERE name IS NOT NULL AND name <> ''")
                       .arg(column));
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}
} // namespace

QStringList CaseQueries::officers()
{
    return distinctValues(m_ctx.db(), QStringLiteral("holder"));
}

QStringList CaseQueries::workstations()
{
    return distinctValues(m_ctx.db(), QStringLiteral("origin"));
}

} // namespace loket
