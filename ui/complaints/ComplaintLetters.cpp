#include "ComplaintLetters.h"
#include "common/Dates.h"

#include "common/Error.h"
#include "complaints/ComplaintTriage.h"
#include "settings/SettingsRepository.h"
#include "storage/AtomicFiles.h"
#include "storage/StorageProblem.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace loket::ui {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString longDate(QDate d)
{
    return d.isValid() ? dates::writtenDate(d) : QStringLiteral("—");
}

} // namespace

QString ComplaintLetters::style()
{
    return QStringLiteral("<style>body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
                          " h1 { font-size: 13pt; text-align: center; margin: 6px 0; }"
                          " .head { font-size: 15pt; font-weight: bold; }"
                          " td, th { padding: 3px 5px; vertical-align: top; }"
                          " th { background: #dce6f1; text-align: left; }"
                          " .label { color: #333; width: 32%; }</style>");
}

namespace {
QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class='label'>%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString signature(const QString& role, const QString& name)
{
    return QStringLiteral("<table width='100%'><tr><td width='55%'></td><td>%1<br><br><br><br><b><u>%2</u></b>"
                          "</td></tr></table>")
        .arg(esc(role), esc(name));
}
} // namespace

QString ComplaintLetters::letterhead(const Database& db)
{
    const SettingsRepository settings(db);
    const QString name = settings.value(QStringLiteral("office.name"), tr("Licensing office"));
    const QString address = settings.value(QStringLiteral("office.address"));
    const QString phone = settings.value(QStringLiteral("office.phone"));
    QString contact = esc(address);
    if (!phone.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Tel. %1").arg(esc(phone));
    return QStringLiteral("<table width='100%' style='border-bottom: 3px double #000;'><tr><td align='center'>"
                          "<span class='head'>%1</span><br>%2</td></tr></table><br>")
        .arg(esc(name.toUpper()), contact);
}

QString ComplaintLetters::answerLetterHtml(const Database& db, const Complaint& c)
{
    QString to = esc(c.complainantName.isEmpty() ? tr("the complainant") : c.complainantName);
    if (!c.complainantAddress.isEmpty())
        to += QStringLiteral("<br>") + esc(c.complainantAddress);
    if (!c.complainantContact.isEmpty())
        to += QStringLiteral("<br>") + esc(c.complainantContact);
    QString html = style() + letterhead(db);
    html += QStringLiteral("<table width='100%'><tr><td>%1</td><td align='right'>%2</td></tr></table><br>")
                .arg(tr("Number: %1/JWB").arg(esc(c.number)), esc(longDate(c.answerOn)));
    html += QStringLiteral("<p>%1<br><b>%2</b></p>").arg(esc(tr("To:")), to);
    html += QStringLiteral("<p>%1 <b>%2</b></p>")
                .arg(esc(tr("Subject:")), esc(tr("Answer to your complaint number %1").arg(c.number)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Following up your complaint received on %1 through %2 about:")
                             .arg(dates::writtenDateTime(c.receivedAt), c.channelLabel)));
    QString quoted = QStringLiteral("<i>%1</i>").arg(esc(c.objectText));
    if (!c.caseRegNumber.isEmpty())
        quoted += QStringLiteral("<br>") + esc(tr("Related application: %1.").arg(c.caseRegNumber));
    html += QStringLiteral("<blockquote>%1</blockquote>").arg(quoted);
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("We answer as follows:")));
    html += QStringLiteral("<p>%1</p>").arg(esc(c.answerText));
    html += QStringLiteral("<p>%1</p><br>")
                .arg(esc(tr("Thank you for your input, which helps us improve our service.")));
    html += signature(tr("For the head of office,"), c.answeredBy);
    return html;
}

QString ComplaintLetters::superiorReportHtml(const Database& db, const Complaint& c)
{
    QString html = style() + letterhead(db);
    html += QStringLiteral("<p align='center' style='font-size: 13pt; font-weight: bold;'>%1</p>")
                .arg(esc(tr("Report on the follow-up of complaint %1").arg(c.number)));
    html += QStringLiteral("<p>%1 <b>%2</b><br>%3 %4</p>")
                .arg(esc(tr("To:")), esc(c.superiorName), esc(tr("Date:")), esc(longDate(c.superiorReportOn)));
    html += QStringLiteral("<h3>%1</h3><table width='100%' border='0'>").arg(esc(tr("1. The complaint")));
    html += row(tr("Received"), esc(dates::writtenDateTime(c.receivedAt) + QStringLiteral(" — ") + c.channelLabel));
    html += row(tr("Complainant"), esc(c.complainantName + (c.complainantContact.isEmpty()
                                                                ? QString()
                                                                : QStringLiteral(" (") + c.complainantContact +
                                                                      QStringLiteral(")"))));
    if (!c.caseRegNumber.isEmpty())
        html += row(tr("Related application"), esc(c.caseRegNumber));
    if (!c.serviceKbli.isEmpty())
        html += row(tr("Service"), esc(c.serviceKbli + QLatin1Char(' ') + c.serviceName));
    html += row(tr("Object"), esc(c.objectText));
    QStringList classification;
    for (const QString& part : {c.sector, c.problemType})
        if (!part.isEmpty())
            classification << part;
    html += row(tr("Classification"), esc(classification.join(QStringLiteral(" · "))));
    html += row(tr("Triage"), esc(ComplaintTriage::ruleTitle(c.triageRule)));
    html += row(tr("Answer due"), esc(longDate(c.dueOn)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table width='100%' border='1' cellspacing='0'>"
                           "<tr><th width='50%'>%2</th><th width='16%'>%3</th><th>%4</th></tr>")
                .arg(esc(tr("2. Review")), esc(tr("Step")), esc(tr("Done on")), esc(tr("Note")));
    for (const ComplaintReviewStep& s : c.reviewSteps)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(s.label), esc(s.done() ? longDate(s.doneOn) : QStringLiteral("—")), esc(s.note));
    html += QStringLiteral("</table>");
    QStringList plan;
    if (c.plan.clarification)
        plan << tr("clarification");
    if (c.plan.confirmation)
        plan << tr("confirmation");
    if (c.plan.research)
        plan << tr("research or examination");
    if (c.plan.investigation)
        plan << tr("investigation");
    html += QStringLiteral("<p>%1 %2").arg(esc(tr("Handling plan:")), esc(plan.isEmpty() ? QStringLiteral("—")
                                                                                        : plan.join(QStringLiteral(", "))));
    if (c.clarificationDone)
        html += QStringLiteral("<br>%1").arg(esc(tr("Clarification with %1 on %2.")
                                                  .arg(c.clarificationWith, longDate(c.clarificationOn))));
    html += QStringLiteral("</p>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("3. Resolution")));
    html += QStringLiteral("<p>%1 <b>%2</b>").arg(esc(tr("Path:")), esc(ResolutionPaths::title(c.resolutionPath)));
    if (c.apipApproved())
        html += QStringLiteral("<br>%1").arg(esc(tr("Involving APIP approved by %1 on %2. %3")
                                                  .arg(c.apipApprovedBy, longDate(c.apipApprovedAt.date()),
                                                       c.apipApprovalNote)));
    html += QStringLiteral("</p><table width='100%' border='1' cellspacing='0'><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th width='50%'>%4</th></tr>")
                .arg(esc(tr("Level")), esc(tr("Post and officer")), esc(tr("Reported on")), esc(tr("Report")));
    for (const ComplaintEscalation& e : c.escalations)
        html += QStringLiteral("<tr><td>%1</td><td>%2<br>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(e.level)
                    .arg(esc(e.position), esc(e.officer), esc(longDate(e.reportedOn)), esc(e.report));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(esc(tr("4. Answer to the complainant")),
                     esc(c.hasAnswer() ? tr("Given on %1 via %2.").arg(longDate(c.answerOn), c.answerChannel)
                                       : tr("Not answered yet.")),
                     esc(c.answerText));
    html += QStringLiteral("<h3>%1</h3><p>%2</p><br>").arg(esc(tr("5. Report")), esc(c.superiorReportText));
    html += signature(tr("Reported by,"), c.answeredBy.isEmpty() ? c.registeredBy : c.answeredBy);
    return html;
}

void ComplaintLetters::writeAnswerLetter(const Database& db, const Complaint& c, const QString& pdfFile)
{
    if (!c.hasAnswer())
        throw Error::invalid(tr("Complaint %1 has no answer to print yet.").arg(c.number), QStringLiteral("answer"));
    writePdf(answerLetterHtml(db, c), pdfFile);
}

void ComplaintLetters::writeSuperiorReport(const Database& db, const Complaint& c, const QString& pdfFile)
{
    if (!c.hasSuperiorReport())
        throw Error::invalid(tr("Complaint %1 has no report to the superior yet.").arg(c.number),
                             QStringLiteral("superior_report"));
    writePdf(superiorReportHtml(db, c), pdfFile);
}

void ComplaintLetters::writePdf(const QString& html, const QString& pdfFile, bool landscape)
{
    // Printed under a temporary name and renamed when complete: nothing half-written under the
    // letter's name when the disk is full or read-only.
    AtomicFiles files;
    const QString temporary = files.temporaryFor(pdfFile);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(temporary);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter));
    // Lay the document out on the printer itself: without a page size QTextDocument::print()
    // adds 2 cm margins of its own and lays out at screen resolution.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    doc.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size());
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.print(&printer);
    // QPrinter reports no write errors: a complete PDF ends with its %%EOF trailer.
    QFile written(temporary);
    const bool complete = written.open(QIODevice::ReadOnly) && written.size() > 0 &&
                          written.seek(qMax<qint64>(0, written.size() - 32)) && written.readAll().contains("%%EOF");
    written.close();
    if (!complete) {
        QFile::remove(temporary);
        throw StorageProblem::fileError(tr("The PDF file %1 could not be written.").arg(pdfFile), pdfFile, {});
    }
    files.adopt(temporary, pdfFile);
    files.commit();
}

} // namespace loket::ui
