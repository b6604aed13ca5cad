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
QString longDate(const QDate& d);
QString shortDate(const QDate& d);
QString time(const QTime& t);
// In Asia/Jakarta, whatever zone the value carries.
QString dateTime(const QDateTime& at);
// The pattern a date field shows (and accepts typed).
QString editFormat();
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
