#include "ReceiptRenderer.h"
#include "common/Dates.h"

#include "ReceiptCanvas.h"
#include "common/Clock.h"
#include "receipts/QrMatrix.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace loket::ui {

namespace {

using Style = ReceiptCanvas::Style;
using Align = ReceiptCanvas::Align;

constexpr double kThermalWidthMm = 80;
constexpr double kThermalMarginMm = 4;
constexpr double kA4MarginSideMm = 18;
constexpr double kA4MarginTopMm = 12;

// Font sizes and column widths per layout.
struct Metrics {
    double body, small, title, number, office, labelMm, qrMm, signMm;
};

Metrics metricsFor(ReceiptRenderer::Layout layout)
{
    if (layout == ReceiptRenderer::Layout::Thermal)
        return {8, 7, 10.5, 13, 9.5, 27, 34, 12};
    return {9.5, 8, 14, 18, 13, 45, 30, 15};
}

QString orDash(const QString& s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("-") : s.trimmed();
}

// The standard lists every channel with full addresses; a receipt has room for the short ones.
// Long contacts (addresses) are left out, as the office address heads the receipt, and labels
// lose their "pada ..."/"ke ..." tail that repeats the office name.
QString compactChannels(const QList<ReceiptComplaintChannel>& channels)
{
    static const QRegularExpression tail(QStringLiteral("\\s+(pada|ke|di)\\s+.*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList parts;
    for (const ReceiptComplaintChannel& ch : channels) {
        QString label = ch.label.trimmed();
        const QString shortLabel = QString(label).remove(tail);
        if (shortLabel.size() >= 3)
            label = shortLabel;
        const QString contact = ch.contact.trimmed();
        const bool shortContact = !contact.isEmpty() && contact.size() <= 40 && !contact.contains(u',');
        const QString part = shortContact ? QStringLiteral("%1: %2").arg(label, contact) : label;
        if (!part.isEmpty() && !parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? dates::writtenDate(d) : QStringLiteral("-");
}

QString dateTimeText(const QDateTime& dt)
{
    if (!dt.isValid())
        return QStringLiteral("-");
    const QDateTime local = dt.toTimeZone(Clock::zone());
    return dates::writtenDateTime(local) + QStringLiteral(" WIB");
}

} // namespace

QString ReceiptRenderer::layoutKey(Layout layout)
{
    return layout == Layout::Thermal ? QStringLiteral("thermal") : QStringLiteral("a4");
}

bool ReceiptRenderer::layoutFromKey(const QString& key, Layout* out)
{
    if (key == QLatin1String("a4"))
        *out = Layout::A4;
    else if (key == QLatin1String("thermal"))
        *out = Layout::Thermal;
    else
        return false;
    return true;
}

QString ReceiptRenderer::title(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::ReturnSlip:
        return tr("FILE RETURN SLIP");
    case ReceiptKind::HandOver:
        return tr("NIB/PERMIT HAND-OVER RECEIPT");
    case ReceiptKind::Complaint:
        return tr("COMPLAINT RECEIPT");
    case ReceiptKind::FileReceipt:
        break;
    }
    return tr("FILE RECEIPT");
}

QImage ReceiptRenderer::qrImage(const QString& payload, int quietZone)
{
    if (payload.isEmpty())
        return {};
    const QrMatrix m = QrMatrix::encode(payload, QrMatrix::Ecc::Medium);
    const int side = m.size() + 2 * quietZone;
    QImage img(side, side, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < m.size(); ++y)
        for (int x = 0; x < m.size(); ++x)
            if (m.isDark(x, y))
                img.setPixel(x + quietZone, y + quietZone, qRgb(0, 0, 0));
    return img;
}

double ReceiptRenderer::thermalHeightMm(const ReceiptData& data, QPaintDevice& device) const
{
    const double dpmm = device.logicalDpiY() / 25.4;
    const double width = (kThermalWidthMm - 2 * kThermalMarginMm) * dpmm;
    ReceiptCanvas measure(nullptr, &device, QRectF(0, 0, width, 1e9));
    paintContent(measure, data);
    return measure.y() / dpmm + 2 * kThermalMarginMm;
}

int ReceiptRenderer::render(const ReceiptData& data, QPagedPaintDevice& device) const
{
    if (m_layout == Layout::Thermal) {
        const double height = std::max(100.0, std::ceil(thermalHeightMm(data, device)) + 2);
        const QPageSize size(QSizeF(kThermalWidthMm, height), QPageSize::Millimeter, QStringLiteral("Thermal 80 mm"),
                             QPageSize::ExactMatch);
        device.setPageLayout(QPageLayout(size, QPageLayout::Portrait,
                                         QMarginsF(kThermalMarginMm, kThermalMarginMm, kThermalMarginMm,
                                                   kThermalMarginMm),
                                         QPageLayout::Millimeter));
    } else {
        device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kA4MarginSideMm, kA4MarginTopMm, kA4MarginSideMm, kA4MarginTopMm),
                                         QPageLayout::Millimeter));
    }
    QPainter painter;
    if (!painter.begin(&device))
        return 0; // e.g. a PDF file that cannot be created
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    ReceiptCanvas canvas(&painter, &device, QRectF(0, 0, device.width(), device.height()));
    canvas.setNewPage([&device] { device.newPage(); });
    canvas.setContinuation(tr("%1 %2 (continued)").arg(title(data.kind), data.registrationNumber),
                           {metricsFor(m_layout).small, false, false, Align::Right});
    paintContent(canvas, data);
    painter.end();
    return canvas.pages();
}

void ReceiptRenderer::paintContent(ReceiptCanvas& c, const ReceiptData& data) const
{
    paintHeader(c, data);
    if (data.kind == ReceiptKind::Complaint) {
        paintComplaint(c, data);
    } else {
        paintParties(c, data);
        paintKindDetails(c, data);
    }
    paintFooter(c, data);
}

void ReceiptRenderer::paintComplaint(ReceiptCanvas& c, const ReceiptData& data) const
{
    const Metrics m = metricsFor(m_layout);
    const Style body{m.body, false, false, Align::Left};
    const Style heading{m.body, true, false, Align::Left};
    const Style small{m.small, false, false, Align::Left};
    const double lw = m.labelMm;
    c.field(tr("Received"), dateTimeText(data.receivedAt), lw, body, true);
    c.field(tr("Channel"), orDash(data.complaintChannel), lw, body);
    c.field(tr("From"), orDash(data.applicantName), lw, body);
    if (!data.registrationNumber.isEmpty() && !data.serviceName.trimmed().isEmpty())
        c.field(tr("About"), data.serviceName.trimmed(), lw, body);
    c.space(1.5);
    c.text(tr("Registered as"), heading);
    c.field(tr("Type"), orDash(data.complaintKindTitle), lw, body, true);
    c.field(tr("Rule"), orDash(data.triageRuleText), lw, body);
    c.space(1.5);
    QString due = dateText(data.expectedCompletion);
    if (data.workingDays > 0)
        due += QLatin1Char(' ') + tr("(%n working day(s))", nullptr, data.workingDays);
    c.field(tr("Answer due"), due, lw, body, true);
    c.space(1);
    c.text(tr("How to follow up"), heading);
    c.text(orDash(data.followUp), small);
    c.space(m_layout == Layout::A4 ? 5 : 3);
}

void ReceiptRenderer::paintHeader(ReceiptCanvas& c, const ReceiptData& data) const
{
    const Metrics m = metricsFor(m_layout);
    c.text(orDash(data.officeName), {m.office, true, false, Align::Center});
    if (!data.officeAddress.trimmed().isEmpty())
        c.text(data.officeAddress.trimmed(), {m.small, false, false, Align::Center});
    if (!data.officePhone.trimmed().isEmpty())
        c.text(tr("Phone %1").arg(data.officePhone.trimmed()), {m.small, false, false, Align::Center});
    c.space(0.5);
    c.rule(m_layout == Layout::A4 ? 0.6 : 0.4);
    c.fittedLine(title(data.kind), {m.title, true, false, Align::Center}, m.body);
    if (data.copy)
        c.fittedLine(tr("COPY"), {m.title, true, false, Align::Center}, m.body);
    if (data.sample)
        c.fittedLine(tr("SAMPLE — NOT VALID"), {m.title, true, false, Align::Center}, m.body);
    c.space(1.5);
    c.text(data.kind == ReceiptKind::Complaint ? tr("Complaint number") : tr("Registration number"),
           {m.small, false, false, Align::Center});
    c.fittedLine(orDash(data.registrationNumber), {m.number, true, true, Align::Center}, m.small);
    c.space(2);
}

void ReceiptRenderer::paintParties(ReceiptCanvas& c, const ReceiptData& data) const
{
    const Metrics m = metricsFor(m_layout);
    const Style body{m.body, false, false, Align::Left};
    const Style heading{m.body, true, false, Align::Left};
    const double lw = m.labelMm;

    c.field(tr("Date received"), dateTimeText(data.receivedAt), lw, body, data.kind != ReceiptKind::HandOver);
    c.space(1.5);

    c.text(tr("Applicant"), heading);
    c.field(tr("Name"), orDash(data.applicantName), lw, body);
    c.field(tr("NIK"), orDash(data.applicantNik), lw, body);
    c.field(tr("Phone"), orDash(data.applicantPhone), lw, body);
    if (!data.representativeName.trimmed().isEmpty()) {
        QString rep = data.representativeName.trimmed();
        if (!data.representativeNik.trimmed().isEmpty())
            rep += QStringLiteral(" (NIK %1)").arg(data.representativeNik.trimmed());
        c.field(tr("Representative"), rep, lw, body);
    }
    c.space(1.5);

    c.text(tr("Business"), heading);
    c.field(tr("Business name"), orDash(data.businessName), lw, body);
    c.field(tr("NIB"), orDash(data.businessNib), lw, body);
    c.field(tr("NPWP"), orDash(data.businessNpwp), lw, body);
    c.field(tr("KBLI"), orDash(data.businessKblis.join(QStringLiteral(", "))), lw, body);
    c.space(1.5);

    c.text(tr("Service"), heading);
    QString service = data.serviceName.trimmed();
    if (!data.serviceKbli.trimmed().isEmpty())
        service = tr("KBLI %1 %2").arg(data.serviceKbli.trimmed(), service).trimmed();
    c.field(tr("Name"), orDash(service), lw, body);
    if (!data.standardVersion.trimmed().isEmpty())
        c.field(tr("Standard version"), data.standardVersion.trimmed(), lw, body);
    if (!data.product.trimmed().isEmpty())
        c.field(tr("Product"), data.product.trimmed(), lw, body);
    c.space(1.5);
}

void ReceiptRenderer::paintChecklist(ReceiptCanvas& c, const ReceiptData& data, bool receivedOnly) const
{
    const Metrics m = metricsFor(m_layout);
    const Style body{m.body, false, false, Align::Left};
    int n = 0;
    int shown = 0;
    for (const ReceiptChecklistLine& line : data.checklist) {
        ++n;
        if (receivedOnly && line.status == ReceiptChecklistLine::Status::Missing)
            continue;
        ++shown;
        ReceiptCanvas::Mark mark = ReceiptCanvas::Mark::Tick;
        QString note = line.note.trimmed();
        if (line.status == ReceiptChecklistLine::Status::Missing) {
            mark = ReceiptCanvas::Mark::Cross;
            note = note.isEmpty() ? tr("missing") : tr("missing: %1").arg(note);
        }
        c.checkRow(QStringLiteral("%1.").arg(n), mark, line.text, note, body);
    }
    if (shown == 0)
        c.text(QStringLiteral("-"), body);
    if (receivedOnly)
        return;
    const Style small{m.small, false, false, Align::Left};
    c.space(0.5);
    c.text(tr("Ticked: received; crossed: missing."), small);
}

void ReceiptRenderer::paintKindDetails(ReceiptCanvas& c, const ReceiptData& data) const
{
    const Metrics m = metricsFor(m_layout);
    const Style body{m.body, false, false, Align::Left};
    const Style heading{m.body, true, false, Align::Left};
    const Style small{m.small, false, false, Align::Left};
    const double lw = m.labelMm;
    const QString fee = data.fee.trimmed().isEmpty() ? tr("Free") : data.fee.trimmed();

    switch (data.kind) {
    case ReceiptKind::FileReceipt: {
        c.text(tr("Documents received"), heading);
        c.space(0.8);
        paintChecklist(c, data, false);
        c.space(2);
        QString due = dateText(data.expectedCompletion);
        if (data.workingDays > 0)
            due += QLatin1Char(' ') + tr("(%n working day(s))", nullptr, data.workingDays);
        c.field(tr("Expected completion"), due, lw, body, true);
        c.field(tr("Fee"), fee, lw, body, true);
        c.text(tr("The completion time is counted in working days from the day the complete and correct file is "
                  "received. Keep this receipt: it is needed to collect the NIB/permit."),
               small);
        break;
    }
    case ReceiptKind::ReturnSlip: {
        c.text(tr("The file is returned because it is not yet complete. The completion time has not started; it "
                  "starts on the day the complete and correct file is received."),
               body);
        c.space(2);
        c.text(tr("Missing or incorrect documents"), heading);
        c.space(0.8);
        int n = 0;
        for (const QString& item : data.missingItems)
            c.checkRow(QStringLiteral("%1.").arg(++n), ReceiptCanvas::Mark::None, item, {}, body);
        if (data.missingItems.isEmpty())
            c.text(QStringLiteral("-"), body);
        c.space(2);
        // Only what was received: the missing items are listed above, once.
        c.text(tr("Documents received"), heading);
        c.space(0.8);
        paintChecklist(c, data, true);
        c.space(2);
        c.field(tr("Fee"), fee, lw, body, true);
        break;
    }
    case ReceiptKind::Complaint:
        break; // paintComplaint
    case ReceiptKind::HandOver: {
        c.text(tr("Handed over"), heading);
        c.field(tr("NIB"), orDash(data.handOverNib), lw, body, true);
        c.field(tr("Permit number"), orDash(data.permitNumber), lw, body, true);
        c.field(tr("Signed on"), dateText(data.signatureDate), lw, body);
        c.field(tr("Handed over on"), dateText(data.handOverDate), lw, body);
        c.field(tr("Received by"), orDash(data.receiverName), lw, body);
        c.field(tr("Identity"), orDash(data.receiverIdentity), lw, body);
        c.field(tr("Fee"), fee, lw, body);
        c.space(1);
        c.text(tr("Complaints about this service may be lodged within 30 days of the hand-over date."), small);
        break;
    }
    }
    c.space(m_layout == Layout::A4 ? 5 : 3);
}

void ReceiptRenderer::paintFooter(ReceiptCanvas& c, const ReceiptData& data) const
{
    const Metrics m = metricsFor(m_layout);
    const Style body{m.body, false, false, Align::Left};
    const Style small{m.small, false, false, Align::Left};
    const QString applicantSide = data.representativeName.trimmed().isEmpty() ? data.applicantName
                                                                               : data.representativeName;
    if (data.kind == ReceiptKind::HandOver)
        c.signatures(tr("Received by"), data.receiverName, tr("Handed over by"), data.officerName, body, m.signMm);
    else if (data.kind == ReceiptKind::Complaint)
        c.signatures(tr("Complainant"), data.applicantName, tr("Counter officer"), data.officerName, body, m.signMm);
    else
        c.signatures(tr("Applicant"), applicantSide, tr("Counter officer"), data.officerName, body, m.signMm);
    c.space(3);
    c.rule(0.25, m_layout == Layout::Thermal);

    const bool stacked = m_layout == Layout::Thermal;
    const Align align = stacked ? Align::Center : Align::Left;
    QList<QPair<QString, Style>> lines;
    lines.append({tr("Verification code"), {m.small, false, false, align}});
    lines.append({orDash(data.verificationCode), {m.title, true, true, align}});
    QString scanText;
    if (data.kind != ReceiptKind::Complaint)
        scanText = tr("Scan the QR code or quote this code to check that the receipt is genuine and to follow the "
                      "application.");
    else if (data.expectedCompletion.isValid()) // registered as a complaint: its answer is due
        scanText = tr("Scan the QR code or quote this code to check that the receipt is genuine. To follow up the "
                      "complaint, quote its number %1.")
                       .arg(data.registrationNumber);
    else
        scanText = tr("Scan the QR code or quote this code to check that the receipt is genuine. To ask about the "
                      "suggestion, quote its number %1.")
                       .arg(data.registrationNumber);
    lines.append({scanText, {m.small, false, false, align}});
    if (!data.keyId.isEmpty())
        lines.append({tr("Signed with key %1").arg(data.keyId), {m.small, false, false, align}});
    c.qrBlock(data.qrPayload.isEmpty() ? QrMatrix() : QrMatrix::encode(data.qrPayload), m.qrMm, lines, stacked);
    c.space(2);

    if (!data.complaintChannels.isEmpty()) {
        const Style heading{m.small, true, false, Align::Left};
        const QString headingText = tr("Complaints and suggestions");
        const QString channels = compactChannels(data.complaintChannels);
        c.keepTogether(c.textHeight(headingText, heading, c.width()) + c.textHeight(channels, small, c.width()));
        c.text(headingText, heading);
        c.text(channels, small);
        c.space(1.5);
    }
    c.text(tr("Printed %1 by %2").arg(dateTimeText(data.printedAt), orDash(data.officerName)), small);
    if (data.copy)
        c.text(tr("Copy printed %1 by %2").arg(dateTimeText(data.copyPrintedAt), orDash(data.copyPrintedBy)),
               {m.small, true, false, Align::Left});
}

} // namespace loket::ui
