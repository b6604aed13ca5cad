#pragma once

#include "DayInfo.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <vector>

namespace loket {

// One version of the office's working calendar: Monday to Friday, minus national holidays and
// cuti bersama, with the office's overrides applied. Immutable after construction and therefore
// safe to share between threads (hand it around as std::shared_ptr<const WorkingCalendar>).
//
// Construction builds prefix counts of working days over an indexed span of years, so every
// query is O(1). Outside the span only weekends are non-working (no data exists there) and the
// same answers come from closed-form weekday arithmetic, still O(1) and exact.
class WorkingCalendar
{
public:
    // An empty calendar: Monday to Friday, no holidays, no confirmed years, version 0.
    WorkingCalendar();
    // `national` and `office` are the two layers; an office entry replaces the national entry of
    // its date. The indexed span covers [firstYear, lastYear] widened to hold every entry.
    WorkingCalendar(const QList<CalendarEntry>& national, const QList<CalendarEntry>& office,
                    const QSet<int>& confirmedYears, int version, int firstYear = 2000, int lastYear = 2060);

    bool isWorkingDay(QDate day) const;
    // The n-th working day after `from` (`from` itself is not counted); n = 0 returns `from`,
    // n < 0 counts backwards (the |n|-th working day before `from`).
    QDate addWorkingDays(QDate from, int n) const
    {
        if (n > 0 && from.isValid()) {
            const qint64 r = rank(from) + n;
            if (r >= 1 && r <= qint64(m_working.size()))
                return QDate::fromJulianDay(m_firstJd + m_working[size_t(r - 1)]);
        }
        return addWorkingDaysSlow(from, n);
    }
    // Working days after `from` up to and including `to`; negative when to < from.
    int workingDaysBetween(QDate from, QDate to) const
    {
        if (!from.isValid() || !to.isValid())
            return 0;
        return int(rank(to) - rank(from));
    }
    QDate nextWorkingDayOnOrAfter(QDate day) const;
    DayInfo info(QDate day) const;

    // Days that are not plain weekdays/weekends (holidays, cuti bersama, overrides) of one year.
    QList<DayInfo> specialDays(int year) const;
    const QList<CalendarEntry>& nationalEntries() const { return m_national; }
    const QList<CalendarEntry>& officeEntries() const { return m_office; }

    bool isConfirmedYear(int year) const { return m_confirmed.contains(year); }
    QSet<int> confirmedYears() const { return m_confirmed; }
    // True when every year from `from` to `to` (inclusive, either order) is confirmed.
    bool allConfirmedBetween(QDate from, QDate to) const;
    int version() const { return m_version; }

    QDate indexedFirst() const { return m_first; }
    QDate indexedLast() const { return m_last; }

private:
    // Working days in (epoch, day]: negative before the span. The one function every count uses;
    // inline with addWorkingDays and workingDaysBetween because every deadline goes through them.
    qint64 rank(QDate day) const
    {
        const qint64 i = day.toJulianDay() - m_firstJd;
        if (i >= 0 && i < qint64(m_prefix.size()))
            return m_prefix[size_t(i)];
        return rankOutside(day);
    }
    qint64 rankOutside(QDate day) const;
    QDate addWorkingDaysSlow(QDate from, int n) const;
    // The working day with the given rank (rank of a working day is the count up to it).
    QDate dayOfRank(qint64 r) const;

    QDate m_first;
    QDate m_last;
    qint64 m_firstJd = 0;
    std::vector<qint32> m_prefix;  // m_prefix[i]: working days in [m_first, m_first + i]
    std::vector<qint32> m_working; // day offsets of the working days, in order
    QHash<QDate, CalendarEntry> m_nationalByDate;
    QHash<QDate, CalendarEntry> m_officeByDate;
    QList<CalendarEntry> m_national;
    QList<CalendarEntry> m_office;
    QSet<int> m_confirmed;
    int m_version = 0;
};

} // namespace loket
