#pragma once

#include <QDate>
#include <QString>

namespace loket {

// What a day is in the working calendar. Workday and Weekend are the defaults of Monday to Friday
// and Saturday/Sunday; the others come from the national decree or from the office.
enum class DayKind {
    Workday,
    Weekend,
    NationalHoliday,
    CutiBersama,
    LocalClosure,    // office layer: the office is closed on a day that would be working
    WorkingOverride, // office layer: a non-working day declared working (rostered Saturday, cuti bersama)
};

QString dayKindKey(DayKind kind); // stable key stored in the database and used by import files
bool dayKindFromKey(const QString& key, DayKind* out);
QString dayKindTitle(DayKind kind); // translated
bool dayKindIsWorking(DayKind kind);
// National kinds (holiday, cuti bersama) live in the national layer, the others in the office layer.
bool dayKindIsNational(DayKind kind);
// Whether setting a day to this kind takes a name (a holiday, a closure, a rostered day); making
// a day an ordinary working day does not. The calendar screen enables its name field by it.
bool dayKindTakesName(DayKind kind);

// One explicit entry of a calendar layer (the database row, an imported line).
struct CalendarEntry
{
    QDate date;
    DayKind kind = DayKind::NationalHoliday;
    QString name;
    QString reason;

    bool operator==(const CalendarEntry& o) const
    {
        return date == o.date && kind == o.kind && name == o.name && reason == o.reason;
    }
};

// The effective state of a day: the office layer wins over the national layer, which wins over
// the weekday default. `baseKind`/`baseName` keep what the office overrode (e.g. the holiday a
// rostered day replaced).
struct DayInfo
{
    QDate date;
    DayKind kind = DayKind::Workday;
    QString name;
    QString reason;
    DayKind baseKind = DayKind::Workday;
    QString baseName;

    bool working() const { return dayKindIsWorking(kind); }
};

} // namespace loket
