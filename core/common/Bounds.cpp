#include "Bounds.h"

#include "Error.h"

#include <QRegularExpression>

namespace loket {

bool Bounds::hasForbiddenCharacter(const QString& value, bool multiLine)
{
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7F)
            continue;
        if (multiLine && (u == u'\t' || u == u'\n' || u == u'\r'))
            continue;
        return true;
    }
    return false;
}

void Bounds::text(const QString& value, int maxLength, const QString& field, const QString& title, bool multiLine)
{
    if (hasForbiddenCharacter(value, multiLine))
        throw Error::invalid(tr("%1 holds a control character (such as NUL) that no text may hold.").arg(title), field);
    if (value.size() > maxLength)
        throw Error::invalid(
            tr("%1 is too long: %2 characters, at most %3.").arg(title).arg(value.size()).arg(maxLength), field);
}

void Bounds::date(const QDate& day, const QDate& earliest, const QDate& latest, const QString& field,
                  const QString& title)
{
    if (!day.isValid())
        throw Error::invalid(tr("%1 is missing or not a date (YYYY-MM-DD).").arg(title), field);
    if (earliest.isValid() && day < earliest)
        throw Error::invalid(
            tr("%1 (%2) is before %3.").arg(title, day.toString(Qt::ISODate), earliest.toString(Qt::ISODate)), field);
    if (latest.isValid() && day > latest)
        throw Error::invalid(
            tr("%1 (%2) is after %3.").arg(title, day.toString(Qt::ISODate), latest.toString(Qt::ISODate)), field);
}

void Bounds::recordDate(const QDate& day, const QDate& today, int daysAhead, const QString& field, const QString& title)
{
    date(day, firstDay(), today.isValid() ? today.addDays(daysAhead) : lastDay(), field, title);
}

void Bounds::year(int year, const QString& field, const QString& title)
{
    if (year < kFirstYear || year > kLastYear)
        throw Error::invalid(
            tr("%1: the year %2 is outside %3 to %4.").arg(title).arg(year).arg(kFirstYear).arg(kLastYear), field);
}

QDate Bounds::strictIsoDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString t = text.trimmed();
    if (!iso.match(t).hasMatch())
        return {};
    return QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
}

int Bounds::wholeNumber(const QString& text, int min, int max, const QString& option)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        throw Error::invalid(
            tr("%1 must be a whole number from %2 to %3, not \"%4\".").arg(option).arg(min).arg(max).arg(text.left(40)),
            option);
    return int(v);
}

} // namespace loket
