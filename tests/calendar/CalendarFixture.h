#pragma once

#include "calendar/CalendarImport.h"
#include "calendar/WorkingCalendar.h"
#include "common/Clock.h"

#include <QFile>
#include <QSet>
#include <memory>

namespace loket::test {

// The built-in national data (2025, 2026 confirmed; 2027 fixed dates only) as one calendar.
inline CalendarImportFile builtinData()
{
    CalendarImportFile all;
    for (const char* name : {"holidays_2025.json", "holidays_2026.json", "holidays_2027.json"}) {
        QFile f(QStringLiteral(":/data/calendar/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const CalendarImportFile part = CalendarImportFile::parse(f.readAll(), CalendarImportFile::Format::Json);
        all.entries += part.entries;
        all.confirmYears += part.confirmYears;
    }
    return all;
}

inline std::shared_ptr<const WorkingCalendar> builtinCalendar(const QList<CalendarEntry>& office = {})
{
    const CalendarImportFile data = builtinData();
    return std::make_shared<const WorkingCalendar>(data.entries, office, data.confirmYears, 1);
}

// The reference: a plain day-by-day walk over the same holiday dates.
struct NaiveCalendar
{
    QSet<QDate> closed;
    QSet<QDate> opened;

    explicit NaiveCalendar(const QList<CalendarEntry>& national, const QList<CalendarEntry>& office = {})
    {
        for (const CalendarEntry& e : national)
            closed.insert(e.date);
        for (const CalendarEntry& e : office) {
            closed.remove(e.date);
            if (e.kind == DayKind::WorkingOverride)
                opened.insert(e.date);
            else
                closed.insert(e.date);
        }
    }
    bool working(QDate d) const
    {
        if (opened.contains(d))
            return true;
        return d.dayOfWeek() <= 5 && !closed.contains(d);
    }
    QDate add(QDate from, int n) const
    {
        QDate d = from;
        const int step = n >= 0 ? 1 : -1;
        for (int left = std::abs(n); left > 0;) {
            d = d.addDays(step);
            if (working(d))
                --left;
        }
        return d;
    }
    int between(QDate from, QDate to) const
    {
        int n = 0;
        if (to >= from) {
            for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
                n += working(d) ? 1 : 0;
            return n;
        }
        for (QDate d = to.addDays(1); d <= from; d = d.addDays(1))
            n -= working(d) ? 1 : 0;
        return n;
    }
};

inline QDateTime at(int y, int m, int d, int hh = 9, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), Clock::zone());
}

} // namespace loket::test
