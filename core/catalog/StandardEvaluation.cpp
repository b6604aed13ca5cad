#include "StandardEvaluation.h"

#include "common/Clock.h"

#include <QLocale>

namespace loket {

QDate StandardEvaluation::dueOn(const ServiceStandard& s)
{
    if (s.sopEvaluationsPerYear <= 0 || !s.validFrom.isValid())
        return {};
    return s.validFrom.toTimeZone(Clock::zone()).date().addMonths(12 / qMin(12, s.sopEvaluationsPerYear));
}

QString StandardEvaluation::describe(const ServiceStandard& s, QDate today)
{
    const QDate due = dueOn(s);
    if (!due.isValid())
        return {};
    const QString day = QLocale().toString(due, QStringLiteral("d MMMM yyyy"));
    if (s.current && today > due)
        return tr("The evaluation of this standard was due on %1 (%2 a year): overdue.")
            .arg(day)
            .arg(s.sopEvaluationsPerYear);
    return tr("The next evaluation of this standard is due on %1 (%2 a year).").arg(day).arg(s.sopEvaluationsPerYear);
}

} // namespace loket
