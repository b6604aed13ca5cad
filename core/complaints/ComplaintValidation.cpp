#include "ComplaintValidation.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace loket::complaint_checks {

void requireText(const QString& value, const QString& message, const QString& field, const QString& title)
{
    if (value.trimmed().isEmpty())
        throw Error::invalid(message, field);
    if (value.size() > kMaxText)
        throw Error::invalid(
            QCoreApplication::translate("loket::complaint_checks", "%1 is too long (at most %2 characters).")
                .arg(title)
                .arg(kMaxText),
            field);
}

void requireDate(QDate d, QDate notBefore, QDate notAfter, const QString& field, const QString& title)
{
    if (!d.isValid())
        throw Error::invalid(
            QCoreApplication::translate("loket::complaint_checks", "The date of %1 is missing or not a date.")
                .arg(title),
            field);
    if (notBefore.isValid() && d < notBefore)
        throw Error::invalid(
            QCoreApplication::translate("loket::complaint_checks",
                                        "The date of %1 (%2) is before the complaint was received (%3).")
                .arg(title, d.toString(Qt::ISODate), notBefore.toString(Qt::ISODate)),
            field);
    if (notAfter.isValid() && d > notAfter)
        throw Error::invalid(
            QCoreApplication::translate("loket::complaint_checks", "The date of %1 (%2) is in the future.")
                .arg(title, d.toString(Qt::ISODate)),
            field);
}

} // namespace loket::complaint_checks
