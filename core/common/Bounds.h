#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace loket {

// The one place that states how long a text may be, which dates make sense for a field and
// which numbers a limit may take. Services check their input against these, so the GUI, the
// CLI and every import refuse the same garbage with the same message (Error::invalid naming
// the field). Issue 14, point 10.
class Bounds
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::Bounds)
public:
    // Lengths in characters.
    static constexpr int kName = 200;      // a person's or a business's name, a user's full name
    static constexpr int kShortText = 100; // codes and numbers: registration, permit, contact, id number
    static constexpr int kTitle = 300;     // titles, subjects, a holiday's name
    static constexpr int kAddress = 500;
    static constexpr int kNote = 4000;      // notes, reasons, comments, a survey's comment
    static constexpr int kLongText = 20000; // the object of a complaint, an answer letter

    // Years a record of the office may carry: nothing before the office kept files on a
    // computer, nothing after the calendar Loket can count in.
    static constexpr int kFirstYear = 2000;
    static constexpr int kLastYear = 2100;
    static QDate firstDay() { return QDate(kFirstYear, 1, 1); }
    static QDate lastDay() { return QDate(kLastYear, 12, 31); }

    // A list's --limit and similar counts: 1 to kMaxLimit.
    static constexpr int kMaxLimit = 1000000;

    // Refuses a NUL or another control character (tab and line breaks only where `multiLine`)
    // and a text longer than `maxLength`. `title` names the field in the message.
    static void text(const QString& value, int maxLength, const QString& field, const QString& title,
                     bool multiLine = false);
    // True when the text holds a character no field may hold (NUL and the other C0 controls
    // but tab, line feed and carriage return).
    static bool hasForbiddenCharacter(const QString& value, bool multiLine);

    // A date between `earliest` and `latest` (both inclusive; an invalid bound is no bound).
    static void date(const QDate& day, const QDate& earliest, const QDate& latest, const QString& field,
                     const QString& title);
    // A date of a record received at the office: from 2000 to `today` + `daysAhead`.
    static void recordDate(const QDate& day, const QDate& today, int daysAhead, const QString& field,
                           const QString& title);
    // A calendar year from kFirstYear to kLastYear.
    static void year(int year, const QString& field, const QString& title);

    // "2026-02-02" and nothing else (no trailing text, no time): an invalid date otherwise.
    static QDate strictIsoDate(const QString& text);

    // A whole number from `min` to `max` given as text for `option` ("--limit"); throws
    // Error::invalid naming the option and the range.
    static int wholeNumber(const QString& text, int min, int max, const QString& option);
};

} // namespace loket
