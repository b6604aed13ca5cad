#pragma once

#include "catalog/ServiceStandard.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QTextDocument;

namespace loket::ui {

// A service standard laid out the way a counter officer shows it to an applicant: what to
// bring first, then how long it takes, what it costs, what you get and where to complain,
// then the rest of the 14 components. Used by the screen and for printing.
class StandardDocument
{
    Q_DECLARE_TR_FUNCTIONS(loket::ui::StandardDocument)
public:
    static QString html(const ServiceStandard& s, const QString& officeName = {});
    // Fills `doc` with the standard, styled for screen or paper.
    static void fill(QTextDocument* doc, const ServiceStandard& s, const QString& officeName = {});
    // Prints on A4 with 2 cm margins and page numbers.
    static void print(const ServiceStandard& s, QPrinter* printer, const QString& officeName = {});
    static QString fee(const ServiceStandard& s);
    static QString workingDays(int n);
    static QString calendarDays(int n);

private:
    static QString list(const QStringList& items, bool numbered = true);
    static QString section(const QString& title, const QString& body);
    static QString headHtml(const ServiceStandard& s, const QString& officeName);
    static QString requirementsHtml(const ServiceStandard& s);
    static QString channelsHtml(const ComplaintHandling& c);
    static QString handlingHtml(const ComplaintHandling& c);
    static QString facilitiesHtml(const QStringList& facilities);
};

} // namespace loket::ui
