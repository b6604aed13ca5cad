#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace loket {

struct SurveyResponse;

// The SQL of table survey_responses. A failed statement throws Error::storage naming the query
// and its values (SqlQuery).
class SurveyRepository
{
public:
    explicit SurveyRepository(const QSqlDatabase& db) : m_db(db) {}

    // One form as received; `response.id` is set, `period` is the period it counts in.
    void insert(const SurveyResponse& response, const QString& period, const QJsonObject& answers, const QString& now,
                const QString& workstation);

    // Forms received from `from` to `to` (inclusive), of one service when `serviceKbli` is set.
    int countReceived(const QDate& from, const QDate& to, const QString& serviceKbli) const;
    // The same forms' answers summed per element key.
    QMap<QString, qint64> answerTotals(const QDate& from, const QDate& to, const QString& serviceKbli) const;

private:
    QSqlDatabase m_db;
};

} // namespace loket
