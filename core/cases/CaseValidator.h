#pragma once

#include <QCoreApplication>

#include "CaseRecord.h"
#include "catalog/ServiceStandard.h"

#include <QDate>

namespace loket {

class KbliRegister;

// Checks and normalises what the counter or an import file enters. Every failure throws
// Error::invalid with a translated message that names the field (field keys such as
// "applicant.nik", "business.npwp", "checklist.U2").
class CaseValidator
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CaseValidator)
public:
    static void applicant(Applicant& applicant, const QDate& today);
    static void representative(QString& name, QString& nik, const QDate& today);
    // Adds the service's KBLI to the business's codes when it is not listed; sets the scale
    // from the capital. KBLI codes must be known to `kbli` (built in or the office's list).
    static void business(Business& business, const QString& serviceKbli, const KbliRegister& kbli);
    // One item per requirement of the standard, in the standard's order, with its text.
    static QList<ChecklistItem> checklist(const QList<ChecklistItem>& items, const ServiceStandard& standard);

    static QString normalizePhone(const QString& phone);
    // "Incomplete: U2 (Needs correction: ...); ..." for a timeline note.
    static QString describeUnmet(const QList<ChecklistItem>& unmet);
};

} // namespace loket
