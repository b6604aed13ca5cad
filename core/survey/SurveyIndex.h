#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace loket {

// The community satisfaction index (IKM) of PermenPANRB 14/2017 for one set of answers.
struct SurveyIndex
{
    struct Element
    {
        QString key;
        QString name;
        double nrr = 0; // average score of the element, 1..4
        double weightedNrr = 0; // nrr / number of elements
    };

    int respondents = 0;
    QList<Element> elements;
    double index = 0;       // sum of nrr / n, on the 1..4 scale
    double ikm = 0;         // index * 25, on the 25..100 scale
    double ikmRounded011 = 0; // what spreadsheets that round the weight to 0.11 show
    QString grade;          // A, B, C, D ("" with no respondents)
    QString gradeLabel;     // Sangat Baik, Baik, Kurang Baik, Tidak Baik (translated)
    // The applicants served in the period (files handed over) and the Krejcie & Morgan sample
    // they call for; -1 when not known.
    qint64 population = -1;
    int sampleNeeded = 0;
    bool sampleEnough() const { return population >= 0 && respondents >= sampleNeeded; }
    // One translated sentence on the sample: served, needed, and whether it is reached.
    QString sampleText() const;

    // Computes from per-element score sums. `keys`/`names` give the element order.
    static SurveyIndex compute(const QList<std::pair<QString, QString>>& elements, const QMap<QString, qint64>& sums,
                               int respondents);
    static QString gradeFor(double ikm);
    static QString gradeTitle(const QString& grade);
    // Krejcie & Morgan: respondents needed for a population of `population` served applicants.
    static int sampleSize(qint64 population);
};

} // namespace loket
