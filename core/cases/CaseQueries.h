#pragma once

#include "CaseStage.h"
#include "calendar/SlaClock.h"
#include "common/Context.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace loket {

class WorkingCalendar;

// Which completion clocks a list shows. OnTrack/AtRisk/Overdue are running clocks; DueToday are
// clocks whose deadline is today (running, or stopped today), as the dashboard counts them.
enum class CaseClockFilter
{
    Any,
    OnTrack,
    AtRisk,
    Overdue,
    Paused,
    NotStarted,
    Stopped,
    DueToday
};

// on-track, at-risk, overdue, paused, not-started, stopped, due-today
QString caseClockFilterKey(CaseClockFilter f);
bool caseClockFilterFromKey(const QString& key, CaseClockFilter* out);

enum class CaseSort
{
    ReceivedNewest,
    ReceivedOldest,
    RegistrationNumber,
    DueDate,
    Stage,
    ApplicantName
};

struct CaseFilter
{
    // A registration number (or its start), a QR payload, a NIK or NIB (or their first digits),
    // or words of the applicant's or business's name.
    QString search;
    QString serviceId;
    QString kbli;
    std::optional<CaseStage> stage;
    bool openOnly = false; // only cases in an open stage (registered to signature, or returned): the dashboard's cases
    CaseClockFilter clock = CaseClockFilter::Any;
    QString officer;     // username of who holds the case's current stage (must act next)
    QString workstation; // code of the workstation that registered the case
    QDate receivedFrom;  // inclusive
    QDate receivedTo;    // inclusive
    CaseSort sort = CaseSort::ReceivedNewest;
};

// One line of the case list, with its completion clock computed from today's calendar.
struct CaseRow
{
    QString id;
    QString registrationNumber;
    QString kbli;
    QString serviceName;
    QString applicantName;
    QString nik;
    QString businessName;
    QString nib;
    CaseStage stage = CaseStage::Registered;
    QString officer;     // who holds the current stage
    QString workstation; // where it was registered
    QDateTime receivedAt;
    ClockResult clock;
};

// The case list: paged, filtered, searched (FTS5 for names) and sorted in SQL; the clock state
// of each row is computed on read. Deadlines cached with an older calendar are refreshed first.
class CaseQueries
{
public:
    explicit CaseQueries(const Context& ctx);
    ~CaseQueries();

    QList<CaseRow> page(const CaseFilter& filter, int offset, int limit);
    // Keyset paging: the `limit` rows that follow the case `afterRegistration` in the filter's
    // order (a seek on the sort key, not an OFFSET). Error::invalid when there is no such case.
    QList<CaseRow> pageAfter(const CaseFilter& filter, const QString& afterRegistration, int limit);
    // Counts up to `cap` rows (a million-row count is not worth its time); returns cap + 1 when more.
    int count(const CaseFilter& filter, int cap = 100000);
    // A name search lists (and counts) the cases of the nameSample() most recently added matching
    // names of each kind: true when more names than that match, so the list and its count are a
    // sample and the screen says so ("siti" alone matches thousands of people).
    bool nameSampled(const CaseFilter& filter) const;
    static int nameSample();
    // Applicants who received the service (handed over) from `from` to `to` inclusive, of one KBLI
    // or all: the population a satisfaction survey of that period samples.
    qint64 handedOverCount(const QDate& from, const QDate& to, const QString& kbli = {});
    // The registration number a scanner typed: a receipt's QR payload or the number itself.
    // Empty when there is no such case. `genuine` tells whether a payload's code checked out.
    // `receipt`: whether the text is a receipt's code (old or signed), so a false `genuine` matters.
    QString resolveScan(const QString& text, bool* genuine = nullptr, bool* receipt = nullptr);
    // Officers who hold cases, for the filter.
    QStringList officers();
    // Workstations that registered cases, for the filter.
    QStringList workstations();
    // Sorted by applicant, a filter that leaves more cases than this walks applicants in name
    // order instead of sorting its cases (tests lower it to walk a small database).
    void setNameSortLimit(int cases) { m_nameSortLimit = cases; }

private:
    struct Where;
    Where where(const CaseFilter& filter) const;
    static void addSearch(Where& w, const QString& search);
    QList<CaseRow> fetch(const CaseFilter& filter, const Where& where, int offset, int limit);
    static QString orderBy(CaseSort sort);
    QString pageSource(const CaseFilter& filter, const Where& where);
    const ClockRule& ruleFor(const QString& standardId, QString* serviceName);
    void refreshOnce();

    Context m_ctx; // a copy: callers often pass a temporary
    std::shared_ptr<const WorkingCalendar> m_calendar;
    QHash<QString, std::pair<ClockRule, QString>> m_rules;
    bool m_refreshed = false;
    int m_nameSortLimit;
};

} // namespace loket
