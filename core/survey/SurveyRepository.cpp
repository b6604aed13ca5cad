#include "SurveyRepository.h"

#include "SurveyService.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>

namespace loket {

namespace {
QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Forms are counted by their date, so a period of any length reads the same forms. An empty
// `kbli` reads every service.
SqlQuery& bindRange(SqlQuery& q, const QDate& from, const QDate& to, const QString& kbli)
{
    return q.bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .bind(QStringLiteral(":kbli"), kbli.isEmpty() ? QStringLiteral("") : kbli);
}
} // namespace

void SurveyRepository::insert(const SurveyResponse& r, const QString& period, const QJsonObject& answers,
                              const QString& now, const QString& workstation)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO survey_responses (id, received_on, period, service_kbli, registration, "
                                  "gender, age_band, education, occupation, answers_json, comment, created_at, "
                                  "updated_at, workstation, row_version) VALUES (:id, :on, :period, :kbli, :reg, "
                                  ":gender, :age, :edu, :occ, :answers, :comment, :now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), r.id)
        .bind(QStringLiteral(":on"), r.receivedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":period"), period)
        .bind(QStringLiteral(":kbli"), optionalText(r.serviceKbli))
        .bind(QStringLiteral(":reg"), optionalText(r.registration))
        .bind(QStringLiteral(":gender"), optionalText(r.gender))
        .bind(QStringLiteral(":age"), optionalText(r.ageBand))
        .bind(QStringLiteral(":edu"), optionalText(r.education))
        .bind(QStringLiteral(":occ"), optionalText(r.occupation))
        .bind(QStringLiteral(":answers"), QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":comment"), optionalText(r.comment))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":ws"), workstation)
        .exec();
}

int SurveyRepository::countReceived(const QDate& from, const QDate& to, const QString& serviceKbli) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE received_on BETWEEN :from AND :to "
                                    "AND (:kbli = '' OR service_kbli = :kbli)"));
    return bindRange(q, from, to, serviceKbli).scalar().toInt();
}

QMap<QString, qint64> SurveyRepository::answerTotals(const QDate& from, const QDate& to,
                                                     const QString& serviceKbli) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT j.key, sum(j.value) FROM survey_responses r, json_each(r.answers_json) j "
                                    "WHERE r.received_on BETWEEN :from AND :to AND (:kbli = '' OR r.service_kbli = "
                                    ":kbli) GROUP BY j.key"));
    bindRange(q, from, to, serviceKbli).exec();
    QMap<QString, qint64> totals;
    while (q.next())
        totals.insert(q.value(0).toString(), q.value(1).toLongLong());
    return totals;
}

} // namespace loket
