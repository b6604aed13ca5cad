#include "Dates.h"

#include "common/Clock.h"

#include <QLocale>

namespace loket::ui {

namespace {
bool indonesian()
{
    return QLocale().language() == QLocale::Indonesian;
}
} // namespace

namespace dates {

QString longDate(const QDate& d)
{
    if (!d.isValid())
        return QStringLiteral("–");
    return indonesian() ? QLocale().toString(d, QStringLiteral("dddd, d MMMM yyyy"))
                        : QLocale().toString(d, QLocale::LongFormat);
}

QString writtenDate(const QDate& d)
{
    if (!d.isValid())
        return QStringLiteral("–");
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate& d)
{
    if (!d.isValid())
        return QStringLiteral("–");
    return QLocale().toString(d, editFormat());
}

QString time(const QTime& t)
{
    if (!t.isValid())
        return QString();
    return QLocale().toString(t, indonesian() ? QStringLiteral("HH.mm") : QStringLiteral("HH:mm"));
}

QString dateTime(const QDateTime& at)
{
    if (!at.isValid())
        return QStringLiteral("–");
    const QDateTime local = at.toTimeZone(Clock::zone());
    return shortDate(local.date()) + QLatin1Char(' ') + time(local.time());
}

QString longDateTime(const QDateTime& at)
{
    if (!at.isValid())
        return QStringLiteral("–");
    const QDateTime local = at.toTimeZone(Clock::zone());
    return longDate(local.date()) + QLatin1Char(' ') + time(local.time());
}

QString writtenDateTime(const QDateTime& at)
{
    if (!at.isValid())
        return QStringLiteral("–");
    const QDateTime local = at.toTimeZone(Clock::zone());
    return writtenDate(local.date()) + QStringLiteral(", ") + time(local.time());
}

QString shortDate(const QDateTime& at)
{
    return at.isValid() ? shortDate(at.toTimeZone(Clock::zone()).date()) : QStringLiteral("–");
}

QString editFormat()
{
    return indonesian() ? QStringLiteral("dd-MM-yyyy") : QStringLiteral("dd MMM yyyy");
}

QString editDateTimeFormat()
{
    return editFormat() + (indonesian() ? QStringLiteral(" HH.mm") : QStringLiteral(" HH:mm"));
}

} // namespace dates

DateEdit::DateEdit(const QDate& date, QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(dates::editFormat());
    setCalendarPopup(true);
    if (date.isValid())
        setDate(date);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace loket::ui
