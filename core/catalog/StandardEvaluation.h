#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

#include <QDate>

namespace loket {

// Component 14, item 1 of the standard: "Evaluasi pelaksanaan standar pelayanan dan standar
// operasional prosedur setidaknya 1 (satu) kali dalam 1 (satu) tahun". A version of the standard
// is due for its evaluation one period after it took effect (a year divided by the evaluations
// per year the standard states); a new version records the evaluation's outcome.
class StandardEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(loket::StandardEvaluation)
public:
    // Invalid when the standard states no evaluations per year or has no start.
    static QDate dueOn(const ServiceStandard& s);
    // One translated line for the catalogue page, empty when there is no due date.
    static QString describe(const ServiceStandard& s, QDate today);
};

} // namespace loket
