#pragma once

#include <QCoreApplication>

#include "SurveyIndex.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace loket {

class Context;
class Database;

struct SurveyResponse
{
    QString id;
    QDate receivedOn;
    QString serviceKbli;      // optional
    QString registration;     // optional: the case the respondent was served in
    QString gender;           // optional: L or P
    QString ageBand;          // optional
    QString education;        // optional
    QString occupation;       // optional
    QMap<QString, int> answers; // element key -> 1..4, every element required
    QString comment;
};

// One survey period of a year: its key ("2026-Q3") and title ("Quarter 3").
struct SurveyPeriod
{
    QString key;
    QString title;
    QDate from;
    QDate to;
};

// Records survey forms and computes the index per survey period. The period follows the
// standard's surveys per year (component 14, "4 (empat) kali dalam 1 (satu) tahun"): 4 quarters
// ("2026-Q3"), 2 semesters ("2026-S1"), 3 four-month periods ("2026-T2"), 6 two-month periods
// ("2026-B5"), 12 months ("2026-07") or 1 year ("2026").
class SurveyService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::SurveyService)
public:
    // Needs Permission::RecordSurvey. Returns the new response's id.
    static QString record(const Context& ctx, const SurveyResponse& response);
    // All rows or none; throws Error::invalid naming the line and column of the first bad rows.
    static int importCsv(const Context& ctx, const QString& csvText);

    // Needs Permission::ViewReports.
    static SurveyIndex index(const Context& ctx, const QString& period, const QString& serviceKbli = {});

    // The surveys a year the current standards ask for (the most any of them states); 4 when none
    // states a number.
    static int surveysPerYear(const Database& db);
    // The period of `day` for the standard's surveys per year, and the periods of a year.
    static QString periodFor(const Database& db, const QDate& day);
    static QList<SurveyPeriod> periodsOfYear(const Database& db, int year);

    // Months in a period for `surveysPerYear` surveys a year: 12 / n when n divides 12, otherwise
    // the longest period that still gives n surveys (5 a year: two-month periods); 3 for 0.
    static int monthsPerPeriod(int surveysPerYear);
    static QString periodOf(const QDate& day, int monthsPerPeriod = 3);
    static QList<SurveyPeriod> periodsOfYear(int year, int monthsPerPeriod);
    // Any period form above, whatever the current frequency (older reports stay readable).
    static bool parsePeriod(const QString& period, QDate* from, QDate* to);
    // Throws Error::invalid naming the field.
    static void validate(const SurveyResponse& response);
    // validate() and a date from 2000 to `today` (a form is never dated in the future).
    static void validate(const SurveyResponse& response, const QDate& today);
    // The columns a survey CSV may have; any other is refused.
    static const QStringList& columns();

private:
    static void insert(const Context& ctx, const SurveyResponse& response, int monthsPerPeriod);
};

} // namespace loket
