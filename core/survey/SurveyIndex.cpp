#include "SurveyIndex.h"

#include <QCoreApplication>
#include <cmath>

namespace loket {

SurveyIndex SurveyIndex::compute(const QList<std::pair<QString, QString>>& elements, const QMap<QString, qint64>& sums,
                                 int respondents)
{
    SurveyIndex r;
    r.respondents = respondents;
    if (respondents <= 0 || elements.isEmpty())
        return r;
    const double weight = 1.0 / elements.size();
    double rounded = 0;
    for (const auto& [key, name] : elements) {
        Element e;
        e.key = key;
        e.name = name;
        e.nrr = double(sums.value(key)) / respondents;
        e.weightedNrr = e.nrr * weight;
        r.index += e.weightedNrr;
        rounded += e.nrr * 0.11;
        r.elements.append(e);
    }
    r.ikm = r.index * 25.0;
    r.ikmRounded011 = rounded * 25.0;
    r.grade = gradeFor(r.ikm);
    r.gradeLabel = gradeTitle(r.grade);
    return r;
}

QString SurveyIndex::gradeFor(double ikm)
{
    // Boundaries at two decimals, as the regulation's table prints them.
    const double v = std::round(ikm * 100.0) / 100.0;
    if (v >= 88.31)
        return QStringLiteral("A");
    if (v >= 76.61)
        return QStringLiteral("B");
    if (v >= 65.00)
        return QStringLiteral("C");
    return QStringLiteral("D");
}

QString SurveyIndex::gradeTitle(const QString& grade)
{
    if (grade == QLatin1String("A"))
        return QCoreApplication::translate("loket::SurveyIndex", "Very good");
    if (grade == QLatin1String("B"))
        return QCoreApplication::translate("loket::SurveyIndex", "Good");
    if (grade == QLatin1String("C"))
        return QCoreApplication::translate("loket::SurveyIndex", "Less than good");
    if (grade == QLatin1String("D"))
        return QCoreApplication::translate("loket::SurveyIndex", "Not good");
    return {};
}

QString SurveyIndex::sampleText() const
{
    if (population < 0)
        return {};
    if (population == 0)
        return QCoreApplication::translate("loket::SurveyIndex",
                                           "No file was handed over in this period, so there is no one to sample yet.");
    const QString served = QCoreApplication::translate("loket::SurveyIndex",
                                                       "%1 applicants were served in the period; the Krejcie–Morgan "
                                                       "sample for them is %2 respondents:")
                               .arg(population)
                               .arg(sampleNeeded);
    if (sampleEnough())
        return served + QLatin1Char(' ') + QCoreApplication::translate("loket::SurveyIndex", "reached.");
    return served + QLatin1Char(' ') +
           QCoreApplication::translate("loket::SurveyIndex", "%n more needed.", nullptr, sampleNeeded - respondents);
}

int SurveyIndex::sampleSize(qint64 population)
{
    if (population <= 0)
        return 0;
    const double n = double(population);
    const double s = 3.841 * n * 0.25 / (0.0025 * (n - 1) + 3.841 * 0.25);
    return int(std::ceil(s - 1e-9));
}

} // namespace loket
