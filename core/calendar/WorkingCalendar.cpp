#include "WorkingCalendar.h"

#include <algorithm>

namespace loket {

namespace {

// Julian day 0 is a Monday, so jd % 7 is 0..4 for Monday..Friday (for the non-negative days
// of every date Loket can meet).
bool isWeekdayJd(qint64 jd)
{
    return jd % 7 < 5;
}

// Monday..Friday days in [0, jd].
qint64 weekdaysUpTo(qint64 jd)
{
    if (jd < 0)
        return 0;
    return (jd + 1) / 7 * 5 + std::min<qint64>((jd + 1) % 7, 5);
}

// The weekday whose weekdaysUpTo() is c (c >= 1).
qint64 weekdayWithCount(qint64 c)
{
    return (c - 1) / 5 * 7 + (c - 1) % 5;
}

} // namespace

WorkingCalendar::WorkingCalendar() : WorkingCalendar({}, {}, {}, 0)
{
}

WorkingCalendar::WorkingCalendar(const QList<CalendarEntry>& national, const QList<CalendarEntry>& office,
                                 const QSet<int>& confirmedYears, int version, int firstYear, int lastYear)
    : m_confirmed(confirmedYears), m_version(version)
{
    for (const CalendarEntry& e : national) {
        if (e.date.isValid())
            m_nationalByDate.insert(e.date, e);
    }
    for (const CalendarEntry& e : office) {
        if (e.date.isValid())
            m_officeByDate.insert(e.date, e);
    }
    for (const auto* map : {&m_nationalByDate, &m_officeByDate}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            firstYear = std::min(firstYear, it.key().year());
            lastYear = std::max(lastYear, it.key().year());
        }
    }
    m_national = m_nationalByDate.values();
    m_office = m_officeByDate.values();
    auto byDate = [](const CalendarEntry& a, const CalendarEntry& b) { return a.date < b.date; };
    std::sort(m_national.begin(), m_national.end(), byDate);
    std::sort(m_office.begin(), m_office.end(), byDate);

    m_first = QDate(firstYear, 1, 1);
    m_last = QDate(lastYear, 12, 31);
    m_firstJd = m_first.toJulianDay();
    const qint64 days = m_last.toJulianDay() - m_firstJd + 1;
    m_prefix.resize(days);
    m_working.reserve(days * 5 / 7 + 7);
    qint32 count = 0;
    for (qint64 i = 0; i < days; ++i) {
        const qint64 jd = m_firstJd + i;
        bool working = isWeekdayJd(jd);
        if (!m_nationalByDate.isEmpty() || !m_officeByDate.isEmpty()) {
            const QDate d = QDate::fromJulianDay(jd);
            auto off = m_officeByDate.constFind(d);
            if (off != m_officeByDate.cend()) {
                working = dayKindIsWorking(off->kind);
            } else {
                auto nat = m_nationalByDate.constFind(d);
                if (nat != m_nationalByDate.cend())
                    working = dayKindIsWorking(nat->kind);
            }
        }
        if (working) {
            ++count;
            m_working.push_back(qint32(i));
        }
        m_prefix[i] = count;
    }
}

qint64 WorkingCalendar::rankOutside(QDate day) const
{
    const qint64 jd = day.toJulianDay();
    const qint64 i = jd - m_firstJd;
    if (i < 0)
        return weekdaysUpTo(jd) - weekdaysUpTo(m_firstJd - 1);
    const qint64 n = qint64(m_prefix.size());
    return m_prefix[n - 1] + weekdaysUpTo(jd) - weekdaysUpTo(m_firstJd + n - 1);
}

QDate WorkingCalendar::dayOfRank(qint64 r) const
{
    const qint64 total = qint64(m_working.size());
    if (r >= 1 && r <= total)
        return QDate::fromJulianDay(m_firstJd + m_working[r - 1]);
    const qint64 lastJd = m_firstJd + qint64(m_prefix.size()) - 1;
    const qint64 c = r > total ? weekdaysUpTo(lastJd) + (r - total) : weekdaysUpTo(m_firstJd - 1) + r;
    if (c < 1)
        return {};
    return QDate::fromJulianDay(weekdayWithCount(c));
}

bool WorkingCalendar::isWorkingDay(QDate day) const
{
    if (!day.isValid())
        return false;
    const qint64 jd = day.toJulianDay();
    const qint64 i = jd - m_firstJd;
    if (i < 0 || i >= qint64(m_prefix.size()))
        return isWeekdayJd(jd);
    return m_prefix[i] - (i > 0 ? m_prefix[i - 1] : 0) == 1;
}

QDate WorkingCalendar::addWorkingDaysSlow(QDate from, int n) const
{
    if (!from.isValid() || n == 0)
        return from;
    if (n > 0)
        return dayOfRank(rank(from) + n);
    return dayOfRank(rank(from) - (isWorkingDay(from) ? 1 : 0) + n + 1);
}

QDate WorkingCalendar::nextWorkingDayOnOrAfter(QDate day) const
{
    if (!day.isValid() || isWorkingDay(day))
        return day;
    return addWorkingDays(day, 1);
}

DayInfo WorkingCalendar::info(QDate day) const
{
    DayInfo d;
    d.date = day;
    const int dow = day.dayOfWeek();
    d.baseKind = (dow == 6 || dow == 7) ? DayKind::Weekend : DayKind::Workday;
    auto nat = m_nationalByDate.constFind(day);
    if (nat != m_nationalByDate.cend()) {
        d.baseKind = nat->kind;
        d.baseName = nat->name;
    }
    d.kind = d.baseKind;
    d.name = d.baseName;
    if (nat != m_nationalByDate.cend())
        d.reason = nat->reason;
    auto off = m_officeByDate.constFind(day);
    if (off != m_officeByDate.cend()) {
        d.kind = off->kind;
        d.name = off->name.isEmpty() ? d.baseName : off->name;
        d.reason = off->reason;
    }
    return d;
}

QList<DayInfo> WorkingCalendar::specialDays(int year) const
{
    QList<QDate> dates;
    for (const CalendarEntry& e : m_national)
        if (e.date.year() == year)
            dates.append(e.date);
    for (const CalendarEntry& e : m_office)
        if (e.date.year() == year && !m_nationalByDate.contains(e.date))
            dates.append(e.date);
    std::sort(dates.begin(), dates.end());
    QList<DayInfo> out;
    for (const QDate& d : dates)
        out.append(info(d));
    return out;
}

bool WorkingCalendar::allConfirmedBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return true;
    const int a = std::min(from.year(), to.year());
    const int b = std::max(from.year(), to.year());
    for (int y = a; y <= b; ++y)
        if (!m_confirmed.contains(y))
            return false;
    return true;
}

} // namespace loket
