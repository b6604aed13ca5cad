#pragma once

#include "DayInfo.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace loket {

// A calendar file, parsed and validated but not applied.
//
// JSON: {"replace_years": [2027], "confirm_years": [], "days": [
//          {"date": "2027-01-01", "kind": "holiday", "name": "Tahun Baru 2027 Masehi", "reason": "..."}]}
//   kind: holiday | cuti | closure | working (or the DayKind keys). `replace_years` (optional)
//   removes national entries of those years that the file does not list.
// iCalendar: VEVENTs with DTSTART;VALUE=DATE (DTEND exclusive, for several days) and SUMMARY;
//   X-LOKET-KIND or CATEGORIES (containing "cuti") choose the kind, default holiday.
struct CalendarImportFile
{
    enum class Format { Json, ICalendar };
    Format format = Format::Json;
    QList<CalendarEntry> entries;
    QSet<int> replaceYears;
    QSet<int> confirmYears;

    // Throws Error::invalid naming the line when the file is malformed; nothing else happens.
    static CalendarImportFile parse(const QByteArray& data, Format format);
    // Chooses the format from the file name (.ics / .ical, otherwise JSON) or the content. The
    // file is UTF-8 (a BOM is dropped) unless `encoding` names another (cp1252, latin1, ...); a
    // file that is not UTF-8 is refused naming its first such line (issue 14, point 7).
    static CalendarImportFile parseFile(const QString& path, const QString& encoding = {});
    static Format guessFormat(const QString& fileName, const QByteArray& data);
};

} // namespace loket
