#pragma once

#include <QCoreApplication>

#include "SurveyIndex.h"

#include <QDate>
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

// Records survey forms and computes the quarterly index. The standard asks for the survey
// four times a year, so a period is a quarter: "2026-Q3".
class SurveyService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::SurveyService)
public:
    explicit SurveyService(const Database& db) : m_db(db) {}

    // Needs Permission::RecordSurvey. Returns the new response's id.
    QString record(const Context& ctx, const SurveyResponse& response) const;
    // All rows or none; throws Error::invalid naming the line and column of the first bad rows.
    int importCsv(const Context& ctx, const QString& csvText) const;

    // Needs Permission::ViewReports.
    SurveyIndex index(const Context& ctx, const QString& period, const QString& serviceKbli = {}) const;

    static QString periodOf(const QDate& day);
    static bool parsePeriod(const QString& period, QDate* from, QDate* to);
    // Throws Error::invalid naming the field.
    static void validate(const SurveyResponse& response);
    // validate() and a date from 2000 to `today` (a form is never dated in the future).
    static void validate(const SurveyResponse& response, const QDate& today);
    // The columns a survey CSV may have; any other is refused.
    static const QStringList& columns();

private:
    void insert(const Context& ctx, const SurveyResponse& response) const;
    const Database& m_db;
};

} // namespace loket
