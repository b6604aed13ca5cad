#include "CalendarImport.h"

#include "common/Bounds.h"
#include "common/Error.h"
#include "common/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace loket {

namespace {

Error lineError(int line, const QString& message)
{
    return Error::invalid(QCoreApplication::translate("loket::CalendarImport", "Line %1: %2").arg(line).arg(message),
                          QStringLiteral("line %1").arg(line));
}

int lineAt(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return int(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

// Lines where the elements of the root object's "days" array start, in order. A tiny scanner
// because QJsonDocument keeps no positions.
QList<int> dayElementLines(const QByteArray& data)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    QByteArray current;
    QByteArray lastKey;
    bool inDays = false;
    bool expectElement = false;
    for (char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            else
                current += c;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (expectElement && c != ']') {
            lines.append(line);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case ':':
            if (depth == 1)
                lastKey = current;
            break;
        case '{':
            ++depth;
            break;
        case '[':
            ++depth;
            if (depth == 2 && lastKey == "days") {
                inDays = true;
                expectElement = true;
            }
            break;
        case '}':
            --depth;
            break;
        case ']':
            if (depth == 2)
                inDays = false;
            --depth;
            expectElement = false;
            break;
        case ',':
            if (inDays && depth == 2)
                expectElement = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

QSet<int> yearList(const QJsonValue& v, const QString& key, int line)
{
    QSet<int> years;
    if (v.isUndefined() || v.isNull())
        return years;
    if (!v.isArray())
        throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "\"%1\" must be a list of years.").arg(key));
    for (const QJsonValue& y : v.toArray()) {
        const int year = y.toInt(0);
        if (!y.isDouble() || year < Bounds::kFirstYear || year > Bounds::kLastYear)
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport",
                                                              "\"%1\" holds a value that is not a year from %2 to %3.")
                                      .arg(key)
                                      .arg(Bounds::kFirstYear)
                                      .arg(Bounds::kLastYear));
        years.insert(year);
    }
    return years;
}

void checkEntry(const CalendarEntry& e, int line)
{
    if (dayKindIsNational(e.kind) && e.name.trimmed().isEmpty())
        throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "the holiday on %1 has no name.").arg(e.date.toString(Qt::ISODate)));
    // Issue 14: holidays in year 1 or 9999 came in.
    try {
        Bounds::year(e.date.year(), QStringLiteral("date"), e.date.toString(Qt::ISODate));
        Bounds::text(e.name, Bounds::kTitle, QStringLiteral("name"),
                     QCoreApplication::translate("loket::CalendarImport", "The name of the day"));
        Bounds::text(e.reason, Bounds::kNote, QStringLiteral("reason"),
                     QCoreApplication::translate("loket::CalendarImport", "The reason"), true);
    } catch (const Error& bad) {
        throw lineError(line, bad.message());
    }
}

CalendarImportFile parseJson(const QByteArray& data)
{
    CalendarImportFile file;
    file.format = CalendarImportFile::Format::Json;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError)
        throw lineError(lineAt(data, err.offset), QCoreApplication::translate("loket::CalendarImport", "the file is not valid JSON (%1).").arg(err.errorString()));
    if (!doc.isObject())
        throw lineError(1, QCoreApplication::translate("loket::CalendarImport", "the file must hold a JSON object with a \"days\" list."));
    const QJsonObject root = doc.object();
    const QJsonValue days = root.value(QStringLiteral("days"));
    if (!days.isArray())
        throw lineError(1, QCoreApplication::translate("loket::CalendarImport", "the file must hold a JSON object with a \"days\" list."));
    file.replaceYears = yearList(root.value(QStringLiteral("replace_years")), QStringLiteral("replace_years"), 1);
    file.confirmYears = yearList(root.value(QStringLiteral("confirm_years")), QStringLiteral("confirm_years"), 1);

    const QList<int> lines = dayElementLines(data);
    const QJsonArray array = days.toArray();
    QHash<std::pair<QDate, bool>, int> seen;
    for (int i = 0; i < array.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 1;
        if (!array.at(i).isObject())
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "each day must be an object with \"date\", \"kind\" and \"name\"."));
        const QJsonObject o = array.at(i).toObject();
        CalendarEntry e;
        const QString dateText = o.value(QStringLiteral("date")).toString();
        e.date = QDate::fromString(dateText, QStringLiteral("yyyy-MM-dd"));
        if (!e.date.isValid())
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "\"%1\" is not a date (YYYY-MM-DD).").arg(dateText));
        const QString kindText = o.value(QStringLiteral("kind")).toString(QStringLiteral("holiday"));
        if (!dayKindFromKey(kindText, &e.kind) || e.kind == DayKind::Workday || e.kind == DayKind::Weekend)
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "unknown kind \"%1\" (holiday, cuti, closure or working).").arg(kindText));
        e.name = o.value(QStringLiteral("name")).toString().trimmed();
        e.reason = o.value(QStringLiteral("reason")).toString().trimmed();
        checkEntry(e, line);
        const auto key = std::make_pair(e.date, dayKindIsNational(e.kind));
        if (seen.contains(key))
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "%1 is listed twice (first on line %2).").arg(dateText).arg(seen.value(key)));
        seen.insert(key, line);
        file.entries.append(e);
    }
    return file;
}

QString unescapeText(QString v)
{
    v.replace(QStringLiteral("\\n"), QStringLiteral("\n")).replace(QStringLiteral("\\N"), QStringLiteral("\n"));
    v.replace(QStringLiteral("\\,"), QStringLiteral(",")).replace(QStringLiteral("\\;"), QStringLiteral(";"));
    v.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    return v.trimmed();
}

QDate icsDate(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{8})(T\\d{6}Z?)?$"));
    const auto m = re.match(value.trimmed());
    return m.hasMatch() ? QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd")) : QDate();
}

// Unfolds continuation lines (RFC 5545 3.1), remembering where each logical line began.
QList<std::pair<int, QString>> unfoldIcs(const QByteArray& data)
{
    QList<std::pair<int, QString>> lines;
    const QList<QByteArray> raw = data.split('\n');
    for (int i = 0; i < raw.size(); ++i) {
        QString text = QString::fromUtf8(raw.at(i));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if ((text.startsWith(QLatin1Char(' ')) || text.startsWith(QLatin1Char('\t'))) && !lines.isEmpty())
            lines.last().second += text.mid(1);
        else if (!text.isEmpty())
            lines.append({i + 1, text});
    }
    return lines;
}

// One VEVENT as read so far, from the line of its BEGIN:VEVENT.
struct IcsEvent
{
    int line = 0;
    QDate start, end;
    QString summary, categories, kindText, description;
};

// One property line inside a VEVENT.
void readEventProperty(IcsEvent& ev, const QString& name, const QString& params, const QString& value, int line)
{
    if (name == QLatin1String("DTSTART") || name == QLatin1String("DTEND")) {
        const QDate d = icsDate(value);
        if (!d.isValid())
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport",
                                                              "\"%1\" is not an iCalendar date (YYYYMMDD).")
                                      .arg(value.trimmed()));
        (name == QLatin1String("DTSTART") ? ev.start : ev.end) = d;
        if (name == QLatin1String("DTEND") && !params.contains(QLatin1String("VALUE=DATE")) &&
            value.contains(QLatin1Char('T')))
            ev.end = d.addDays(1); // a timed end is inclusive of its day
    } else if (name == QLatin1String("SUMMARY")) {
        ev.summary = unescapeText(value);
    } else if (name == QLatin1String("DESCRIPTION")) {
        ev.description = unescapeText(value);
    } else if (name == QLatin1String("CATEGORIES")) {
        ev.categories = unescapeText(value);
    } else if (name == QLatin1String("X-LOKET-KIND")) {
        ev.kindText = value.trimmed();
    } else if (name == QLatin1String("RRULE") || name == QLatin1String("RDATE")) {
        throw lineError(line, QCoreApplication::translate("loket::CalendarImport",
                                                          "repeating events are not supported; list each date."));
    }
}

// At END:VEVENT: the event's days as entries of `file`.
void addEvent(const IcsEvent& ev, QHash<std::pair<QDate, bool>, int>& seen, CalendarImportFile& file)
{
    if (!ev.start.isValid())
        throw lineError(ev.line,
                        QCoreApplication::translate("loket::CalendarImport", "the event has no DTSTART date."));
    const QDate end = ev.end.isValid() ? ev.end : ev.start.addDays(1);
    if (end <= ev.start || ev.start.daysTo(end) > 31)
        throw lineError(ev.line,
                        QCoreApplication::translate("loket::CalendarImport",
                                                    "the event's DTEND must be 1 to 31 days after its DTSTART."));
    CalendarEntry e;
    if (!ev.kindText.isEmpty()) {
        if (!dayKindFromKey(ev.kindText, &e.kind) || e.kind == DayKind::Workday || e.kind == DayKind::Weekend)
            throw lineError(ev.line,
                            QCoreApplication::translate("loket::CalendarImport",
                                                        "unknown kind \"%1\" (holiday, cuti, closure or working).")
                                .arg(ev.kindText));
    } else if (ev.categories.contains(QLatin1String("cuti"), Qt::CaseInsensitive) ||
               ev.summary.contains(QLatin1String("cuti bersama"), Qt::CaseInsensitive)) {
        e.kind = DayKind::CutiBersama;
    } else {
        e.kind = DayKind::NationalHoliday;
    }
    e.name = ev.summary;
    e.reason = ev.description;
    for (QDate d = ev.start; d < end; d = d.addDays(1)) {
        e.date = d;
        checkEntry(e, ev.line);
        const auto key = std::make_pair(d, dayKindIsNational(e.kind));
        if (seen.contains(key))
            throw lineError(
                ev.line, QCoreApplication::translate("loket::CalendarImport", "%1 is listed twice (first on line %2).")
                             .arg(d.toString(Qt::ISODate))
                             .arg(seen.value(key)));
        seen.insert(key, ev.line);
        file.entries.append(e);
    }
}

CalendarImportFile parseIcs(const QByteArray& data)
{
    CalendarImportFile file;
    file.format = CalendarImportFile::Format::ICalendar;
    const QList<std::pair<int, QString>> lines = unfoldIcs(data);
    if (lines.isEmpty() || lines.first().second.trimmed().compare(QLatin1String("BEGIN:VCALENDAR"), Qt::CaseInsensitive))
        throw lineError(lines.isEmpty() ? 1 : lines.first().first, QCoreApplication::translate("loket::CalendarImport", "an iCalendar file must start with BEGIN:VCALENDAR."));

    bool inEvent = false;
    bool ended = false;
    IcsEvent ev;
    QHash<std::pair<QDate, bool>, int> seen;
    for (const auto& [line, text] : lines) {
        const int colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "expected NAME:VALUE."));
        const QString head = text.left(colon);
        const QString name = head.section(QLatin1Char(';'), 0, 0).toUpper();
        const QString params = head.section(QLatin1Char(';'), 1).toUpper();
        const QString value = text.mid(colon + 1);
        if (ended)
            throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "text after END:VCALENDAR."));
        if (name == QLatin1String("BEGIN") && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            if (inEvent)
                throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "BEGIN:VEVENT inside another event."));
            inEvent = true;
            ev = IcsEvent{};
            ev.line = line;
        } else if (name == QLatin1String("END") && value.trimmed().toUpper() == QLatin1String("VEVENT")) {
            if (!inEvent)
                throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "END:VEVENT without BEGIN:VEVENT."));
            inEvent = false;
            addEvent(ev, seen, file);
        } else if (name == QLatin1String("END") && value.trimmed().toUpper() == QLatin1String("VCALENDAR")) {
            if (inEvent)
                throw lineError(line, QCoreApplication::translate("loket::CalendarImport", "END:VCALENDAR inside an event."));
            ended = true;
        } else if (inEvent) {
            readEventProperty(ev, name, params, value, line);
        }
    }
    if (inEvent)
        throw lineError(
            ev.line, QCoreApplication::translate("loket::CalendarImport", "the event is not closed with END:VEVENT."));
    if (!ended)
        throw lineError(lines.last().first, QCoreApplication::translate("loket::CalendarImport", "the file ends without END:VCALENDAR."));
    return file;
}

} // namespace

CalendarImportFile CalendarImportFile::parse(const QByteArray& data, Format format)
{
    return format == Format::ICalendar ? parseIcs(data) : parseJson(data);
}

CalendarImportFile::Format CalendarImportFile::guessFormat(const QString& fileName, const QByteArray& data)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical") || suffix == QLatin1String("ifb"))
        return Format::ICalendar;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return data.trimmed().startsWith("BEGIN:VCALENDAR") ? Format::ICalendar : Format::Json;
}

CalendarImportFile CalendarImportFile::parseFile(const QString& path, const QString& encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::invalid(QCoreApplication::translate("loket::CalendarImport", "Cannot read %1: %2").arg(path, f.errorString()), QStringLiteral("file"));
    const QByteArray data = TextDecoding::toUtf8(f.readAll(), encoding);
    return parse(data, guessFormat(path, data));
}

} // namespace loket
