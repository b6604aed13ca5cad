#pragma once

#include <QDate>
#include <QDateEdit>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace loket::ui {

// The one place screens and printouts take their date and time formats from. Indonesian as an
// Indonesian office writes it: "Kamis, 3 Desember 2026" in sentences, "03-12-2026" in tables,
// times as 21.57. In English the locale's own forms.
namespace dates {
// "Kamis, 3 Desember 2026" in sentences and headings.
QString longDate(const QDate& d);
// "3 Desember 2026" in letters and on receipts (a date under a signature carries no weekday).
QString writtenDate(const QDate& d);
// "03-12-2026" in tables and lists.
QString shortDate(const QDate& d);
// "21.57".
QString time(const QTime& t);
// The date and time of a moment in Asia/Jakarta, whatever zone the value carries:
// "03-12-2026 21.57" in tables, "Kamis, 3 Desember 2026 21.57" in sentences, "3 Desember 2026, 21.57" in letters.
QString dateTime(const QDateTime& at);
QString longDateTime(const QDateTime& at);
QString writtenDateTime(const QDateTime& at);
// The day of a moment in Asia/Jakarta, as in a table.
QString shortDate(const QDateTime& at);
// The patterns a date field and a date-and-time field show (and accept typed).
QString editFormat();
QString editDateTimeFormat();
} // namespace dates

// A date field for every form: the table format, a calendar pop-up, and Tab that leaves the field
// (QDateEdit's own Tab walks day, month and year, and what was typed next went into the field).
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(const QDate& date, QWidget* parent = nullptr);
    explicit DateEdit(QWidget* parent = nullptr) : DateEdit(QDate(), parent) {}

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace loket::ui
