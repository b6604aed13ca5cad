#include "StandardDocument.h"
#include "common/Dates.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace loket::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

const char* const kStyle = R"(
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1d232a; }
.kicker { font-size: 8.5pt; color: #5a6775; margin: 0; }
h2 { font-size: 16pt; color: #1f3a5f; margin-top: 2px; margin-bottom: 2px; }
h3 { font-size: 11.5pt; color: #1f3a5f; margin-top: 14px; margin-bottom: 4px; }
h4 { font-size: 10pt; color: #33475b; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
.meta { color: #5a6775; }
.num { color: #8a96a3; }
.facts td { padding: 6px 10px; background: #eef3f8; }
.big { font-size: 14pt; font-weight: bold; color: #1f3a5f; }
.label { font-size: 8.5pt; color: #5a6775; }
.channels td { padding: 2px 6px; border-bottom: 1px solid #d8dee5; vertical-align: top; }
.muted { color: #5a6775; }
)";
} // namespace

QString StandardDocument::fee(const ServiceStandard& s)
{
    if (s.isFree())
        return s.feeText.isEmpty() ? QStringLiteral("Gratis") : s.feeText;
    return QStringLiteral("Rp ") + QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(s.feeAmount);
}

// Two forms rather than "%n day(s)", so English reads right without a translation file.
QString StandardDocument::workingDays(int n)
{
    return n == 1 ? tr("1 working day") : tr("%1 working days").arg(n);
}

QString StandardDocument::calendarDays(int n)
{
    return n == 1 ? tr("1 calendar day") : tr("%1 calendar days").arg(n);
}

QString StandardDocument::list(const QStringList& items, bool numbered)
{
    if (items.isEmpty())
        return QStringLiteral("<p class='muted'>%1</p>").arg(esc(tr("None")));
    QString out = numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
    for (const QString& item : items)
        out += QStringLiteral("<li>%1</li>").arg(esc(item));
    return out + (numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
}

QString StandardDocument::section(const QString& title, const QString& body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(esc(title), body);
}

QString StandardDocument::html(const ServiceStandard& s, const QString& officeName)
{
    const ComplaintHandling& c = s.complaints;
    QString h = headHtml(s, officeName);
    h += section(tr("Requirements"), requirementsHtml(s));
    h += section(
        tr("Completion time"),
        QStringLiteral("<p><b>%1</b> — %2</p>").arg(esc(workingDays(s.completionWorkingDays)), esc(s.completionText)));
    h += section(tr("Fee"), QStringLiteral("<p><b>%1</b></p>").arg(esc(fee(s))));
    h += section(tr("Product"), list(s.products, s.products.size() > 1));
    h += section(tr("Complaints, suggestions and feedback"), channelsHtml(c));

    QStringList classes;
    for (int cl : s.procedureClassifications)
        classes << QString::number(cl);
    h += section(tr("System, mechanism and procedure"),
                 QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                     .arg(esc(tr("Classification %1").arg(classes.join(QStringLiteral(", ")))), esc(s.procedureText)));
    h += section(tr("How complaints are handled"), handlingHtml(c));
    h += section(tr("Legal bases"), list(s.legalBases));
    h += section(tr("Facilities"), facilitiesHtml(s.facilities));
    h += section(tr("Staff competence"), list(s.staffCompetence));
    h += section(tr("Internal supervision"), list(s.internalSupervision));
    h += section(tr("Number of staff"), QStringLiteral("<p>%1</p>").arg(esc(s.staffCountText)));
    h += section(tr("Service guarantees"), list(s.serviceGuarantees));
    h += section(tr("Safety and security guarantees"), list(s.safetyGuarantees));
    QString eval;
    if (!s.performanceEvaluationIntro.isEmpty())
        eval += QStringLiteral("<p>%1</p>").arg(esc(s.performanceEvaluationIntro));
    eval += list(s.performanceEvaluation);
    h += section(tr("Performance evaluation"), eval);
    return h;
}

// The office, the service's name, its version, and the three facts an applicant asks first.
QString StandardDocument::headHtml(const ServiceStandard& s, const QString& officeName)
{
    QString h;
    h +=
        QStringLiteral("<p class='kicker'>%1</p>")
            .arg(esc((officeName.isEmpty() ? QString() : officeName + QStringLiteral(" · ")) + tr("SERVICE STANDARD")));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(s.name));
    QStringList meta{QStringLiteral("KBLI %1").arg(s.kbli)};
    if (!s.permitType.isEmpty())
        meta << s.permitType;
    meta << tr("Risk: %1").arg(s.riskLevel);
    meta << tr("Version %1, valid from %2").arg(s.version).arg(dates::longDate(s.validFrom.date()));
    if (!s.current)
        meta << tr("no longer current");
    h += QStringLiteral("<p class='meta'>%1</p>").arg(esc(meta.join(QStringLiteral(" · "))));

    // The three facts an applicant asks first.
    const QString days = workingDays(s.completionWorkingDays);
    h += QStringLiteral("<table class='facts' width='100%' cellspacing='4'><tr>"
                        "<td width='30%'><span class='label'>%1</span><br><span class='big'>%2</span></td>"
                        "<td width='20%'><span class='label'>%3</span><br><span class='big'>%4</span></td>"
                        "<td width='50%'><span class='label'>%5</span><br><b>%6</b></td></tr></table>")
             .arg(esc(tr("Completion time")), esc(days), esc(tr("Fee")), esc(fee(s)), esc(tr("Product")),
                  esc(s.products.join(QStringLiteral("; "))));
    return h;
}

QString StandardDocument::requirementsHtml(const ServiceStandard& s)
{
    QString req;
    const auto general = s.requirementsOf(QStringLiteral("general"));
    const auto special = s.requirementsOf(QStringLiteral("special"));
    QStringList g, k;
    for (const Requirement& r : general)
        g << r.text;
    for (const Requirement& r : special)
        k << r.text;
    req += QStringLiteral("<h4>%1</h4>").arg(esc(tr("General requirements"))) + list(g);
    req += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Special requirements"))) + list(k);
    return req;
}

QString StandardDocument::channelsHtml(const ComplaintHandling& c)
{
    QString comp = QStringLiteral("<p>%1 %2</p>")
                       .arg(esc(tr("Complaints may be made within %1 of receiving the service.")
                                    .arg(calendarDays(c.windowCalendarDays))),
                            esc(tr("The office answers within %1.").arg(workingDays(c.answerWorkingDays))));
    comp += QStringLiteral("<table class='channels' width='100%' cellspacing='0'>");
    for (const ComplaintChannel& ch : c.channels)
        comp += QStringLiteral("<tr><td width='5%' nowrap>%1.</td><td width='35%'><b>%2</b></td><td>%3</td></tr>")
                    .arg(esc(ch.key), esc(ch.label), esc(ch.contact));
    comp += QStringLiteral("</table>");
    return comp;
}

QString StandardDocument::handlingHtml(const ComplaintHandling& c)
{
    QString handling;
    handling += list(c.rules);
    handling += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Recording"))) + list(c.recordingSteps);
    handling += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Review"))) + list(c.reviewSteps);
    handling += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Resolution"))) + QStringLiteral("<ol>");
    for (const ResolutionPath& p : c.resolutionPaths)
        handling +=
            QStringLiteral("<li><b>%1</b>%2<br>%3</li>")
                .arg(esc(p.title),
                     p.needsHeadApproval ? esc(QStringLiteral(" — ") + tr("needs the head's approval")) : QString(),
                     esc(p.text));
    handling += QStringLiteral("</ol>");
    if (!c.reportingRule.isEmpty())
        handling += QStringLiteral("<p>%1</p>").arg(esc(c.reportingRule));
    return handling;
}

QString StandardDocument::facilitiesHtml(const QStringList& facilities)
{
    // Fifty facilities read better in two columns.
    // 99%: at 100% the rounding of four percentage columns overflows the view by a pixel.
    QString fac = QStringLiteral("<table width='99%' cellspacing='0' cellpadding='1'>");
    const int half = int((facilities.size() + 1) / 2);
    for (int row = 0; row < half; ++row) {
        fac += QStringLiteral("<tr>");
        for (int i : {row, row + half}) {
            if (i < facilities.size())
                fac += QStringLiteral("<td width='5%' align='right' class='num'>%1.</td><td width='45%'>%2</td>")
                           .arg(i + 1)
                           .arg(esc(facilities[i]));
        }
        fac += QStringLiteral("</tr>");
    }
    fac += QStringLiteral("</table>");
    return fac;
}

void StandardDocument::fill(QTextDocument* doc, const ServiceStandard& s, const QString& officeName)
{
    doc->setDefaultStyleSheet(QString::fromLatin1(kStyle));
    doc->setDocumentMargin(12);
    doc->setHtml(html(s, officeName));
}

void StandardDocument::print(const ServiceStandard& s, QPrinter* printer, const QString& officeName)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    // QTextDocument::print() adds 2 cm margins of its own around an unpaginated document.
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setDocName(QStringLiteral("%1 %2").arg(s.kbli, s.name));
    QTextDocument doc;
    fill(&doc, s, officeName);
    doc.setDocumentMargin(0);
    // QTextDocument::print() lays the text out on the printer's page and numbers the pages.
    doc.print(printer);
}

} // namespace loket::ui
