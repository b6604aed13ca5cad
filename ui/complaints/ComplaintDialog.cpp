#include "ComplaintDialog.h"
#include "common/Dates.h"

#include "ComplaintClosingTab.h"
#include "ComplaintPriorTab.h"
#include "ComplaintResolutionTab.h"
#include "ComplaintReviewTab.h"
#include "calendar/ClockWidget.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "common/VerticalScrollArea.h"
#include "complaints/ComplaintOrder.h"
#include "complaints/ComplaintReceipts.h"
#include "complaints/ComplaintService.h"
#include "print/ReceiptPrinter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
QString stateColour(const Complaint& c)
{
    if (c.state == ComplaintStates::Closed || c.state == ComplaintStates::Noted)
        return QStringLiteral("#4a5568");
    if (!c.isComplaint())
        return QStringLiteral("#8a5a00");
    return c.state == ComplaintStates::Answered ? QStringLiteral("#1f6f43") : QStringLiteral("#1f3a5f");
}
} // namespace

ComplaintDialog::ComplaintDialog(UiContext& ui, const QString& complaintId, QWidget* parent)
    : QDialog(parent), m_ui(ui), m_id(complaintId)
{
    setObjectName(QStringLiteral("complaintDialog"));
    // Fits a 1366x768 screen with its title bar and the task bar (it was 781 px tall).
    resize(1100, 660);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headerRow());
    layout->addLayout(factsRow());
    layout->addWidget(tabs(), 1);
    layout->addWidget(buttons());
    connect(m_override, &QPushButton::clicked, this, &ComplaintDialog::askOverride);
    for (ComplaintTab* tab : {static_cast<ComplaintTab*>(m_review), static_cast<ComplaintTab*>(m_resolution),
                              static_cast<ComplaintTab*>(m_closing)})
        connect(tab, &ComplaintTab::changed, this, &ComplaintDialog::reload);
    reload();
}

QLayout* ComplaintDialog::headerRow()
{
    auto* head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("complaintTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("complaintState"));
    m_override = new QPushButton(tr("Override triage…"), this);
    m_override->setObjectName(QStringLiteral("overrideTriage"));
    head->addWidget(m_title);
    head->addWidget(m_state);
    head->addStretch(1);
    head->addWidget(m_override);
    return head;
}

QLayout* ComplaintDialog::factsRow()
{
    auto* info = new QHBoxLayout;
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("complaintFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    info->addWidget(m_facts, 1);
    auto* side = new QVBoxLayout;
    m_triage = new QLabel(this);
    m_triage->setObjectName(QStringLiteral("complaintTriage"));
    m_triage->setWordWrap(true);
    m_triage->setStyleSheet(QStringLiteral("QLabel#complaintTriage { background: #f3f6fa; border: 1px solid #c9d6e3;"
                                           " border-radius: 3px; padding: 6px; }"));
    m_clock = new ClockWidget(this);
    m_clock->setTitle(tr("Answer due"));
    m_clock->setLedgerVisible(false);
    side->addWidget(m_triage);
    side->addWidget(m_clock);
    side->addStretch(1);
    info->addLayout(side, 1);
    return info;
}

QWidget* ComplaintDialog::tabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("complaintTabs"));
    m_review = new ComplaintReviewTab(m_ui, this);
    m_prior = new ComplaintPriorTab(m_ui, this);
    m_resolution = new ComplaintResolutionTab(m_ui, this);
    m_closing = new ComplaintClosingTab(m_ui, this);
    // Each tab scrolls on its own: their tables and text fields had made the dialog 781 px tall.
    auto scrolled = [this](QWidget* tab) {
        auto* area = new VerticalScrollArea(this);
        area->setWidget(tab);
        return area;
    };
    m_tabs->addTab(scrolled(m_review), tr("Review"));
    m_tabs->addTab(scrolled(m_prior), tr("Prior information"));
    m_tabs->addTab(scrolled(m_resolution), tr("Resolution"));
    m_tabs->addTab(scrolled(m_closing), tr("Answer and closing"));
    return m_tabs;
}

QWidget* ComplaintDialog::buttons()
{
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("closeDialog"));
    // The complainant's receipt: printed at intake, a marked copy when printed again.
    QPushButton* print = buttons->addButton(tr("Print receipt…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printReceipt"));
    auto* layouts = new QMenu(print);
    layouts->setObjectName(QStringLiteral("printReceiptMenu"));
    auto addLayout = [this, layouts](const QString& text, const char* name, ReceiptRenderer::Layout layout,
                                     bool toPdf) {
        QAction* action = layouts->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, layout, toPdf] { printReceipt(layout, toPdf); });
    };
    addLayout(tr("A4"), "printReceiptA4", ReceiptRenderer::Layout::A4, false);
    addLayout(tr("Thermal 80 mm"), "printReceiptThermal", ReceiptRenderer::Layout::Thermal, false);
    // For a complainant who came by e-mail or the website: the A4 receipt as a PDF to send.
    addLayout(tr("Save as PDF (A4)…"), "saveReceiptPdf", ReceiptRenderer::Layout::A4, true);
    print->setMenu(layouts);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

int ComplaintDialog::tabIndex(const QWidget* tab) const
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(tab))
            return i;
    return -1;
}

void ComplaintDialog::reload()
{
    try {
        m_complaint = ComplaintService::get(m_ui.context(), m_id);
    } catch (const Error& e) {
        m_title->setText(e.message());
        m_tabs->setEnabled(false);
        return;
    }
    const Complaint& c = m_complaint;
    setWindowTitle(tr("%1 — %2").arg(c.number, complaintKindTitle(c.kind)));
    m_title->setText(QStringLiteral("<span style='font-size:15pt; font-weight:bold'>%1</span>&nbsp;&nbsp;%2")
                         .arg(c.number, complaintKindTitle(c.kind)));
    m_state->setText(ComplaintStates::title(c.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px;"
                                          " padding: 3px 8px; font-weight: bold; }")
                               .arg(stateColour(c)));

    auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#555; padding-right:10px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    QString facts = QStringLiteral("<table>");
    facts += line(tr("Received"), dates::longDateTime(c.receivedAt) + QStringLiteral(" — ") + c.channelLabel);
    auto joined = [](const QStringList& parts, const QString& separator) {
        QStringList present;
        for (const QString& p : parts)
            if (!p.trimmed().isEmpty())
                present << p.trimmed();
        return present.join(separator);
    };
    facts += line(tr("Complainant"), joined({c.complainantName, c.complainantIdNumber}, QStringLiteral(" · ")));
    facts += line(tr("Contact"), joined({c.complainantContact, c.complainantAddress}, QStringLiteral(" · ")));
    QString caseText = c.caseRegNumber;
    if (c.caseHandedOverOn.isValid())
        caseText += tr(" (handed over %1)").arg(dates::writtenDate(c.caseHandedOverOn));
    facts += line(tr("Related case"), caseText);
    facts += line(tr("Service"), c.serviceKbli.isEmpty() ? QString() : c.serviceKbli + QLatin1Char(' ') + c.serviceName);
    facts += line(tr("Object"), c.objectText);
    if (!c.attachments.isEmpty()) {
        QStringList files;
        for (const ComplaintAttachment& a : c.attachments)
            files << a.fileName;
        facts += line(tr("Attachments"), files.join(QStringLiteral(", ")));
    }
    facts += line(tr("Recorded by"), c.registeredBy);
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    const TriageResult t = ComplaintService::triageOf(c);
    QString triage = tr("<b>Triage:</b> %1<br>%2").arg(ComplaintTriage::ruleTitle(c.triageRule).toHtmlEscaped(),
                                                         t.explanation().toHtmlEscaped());
    if (c.overridden)
        triage += QStringLiteral("<br><b>%1</b>").arg(
            tr("Overridden to %1 by %2: %3")
                .arg(complaintKindTitle(c.kind).toLower(), c.overrideBy, c.overrideReason)
                .toHtmlEscaped());
    m_triage->setText(triage);
    m_clock->setVisible(c.isComplaint());
    if (c.isComplaint())
        m_clock->setResult(ComplaintService::answerClock(m_ui.context(), c));
    // Whether the triage may still change is core's to say.
    const ComplaintRefusal settled = ComplaintOrder::overrideTriage(c);
    m_override->setVisible(m_ui.actor().can(Permission::OverrideTriage));
    m_override->setEnabled(m_ui.actor().can(Permission::OverrideTriage) && settled.allowed());
    m_override->setToolTip(settled.reason);

    m_review->showComplaint(c);
    m_prior->showComplaint(c);
    m_resolution->showComplaint(c);
    m_closing->showComplaint(c);
    m_tabs->setTabEnabled(tabIndex(m_review), c.isComplaint());
    m_tabs->setTabEnabled(tabIndex(m_resolution), c.isComplaint());
    m_tabs->setTabText(tabIndex(m_closing), c.isComplaint() ? tr("Answer and closing") : tr("Follow-up"));
    if (!c.isComplaint())
        m_tabs->setCurrentIndex(tabIndex(m_closing));
}

bool ComplaintDialog::overrideTriage(ComplaintKind kind, const QString& reason)
{
    try {
        ComplaintService::overrideTriage(m_ui.context(), m_id, kind, reason);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Override triage"), e.message());
        return false;
    }
    m_ui.notifyDataChanged(QStringLiteral("complaints"));
    reload();
    return true;
}

void ComplaintDialog::printReceipt(ReceiptRenderer::Layout layout, bool toPdf)
{
    try {
        const ReceiptData data = ComplaintReceipts::build(m_ui.context(), m_complaint.id);
        ReceiptPrinter printer(m_ui.context(), this);
        printer.setLayout(layout);
        if (toPdf)
            printer.savePdf(data);
        else
            printer.preview(data);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Receipt"), e.message());
    }
}

void ComplaintDialog::askOverride()
{
    const ComplaintKind to = m_complaint.isComplaint() ? ComplaintKind::Suggestion : ComplaintKind::Complaint;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Override triage"),
        tr("Treat %1 as a %2 instead. Why? (The reason is logged.)")
            .arg(m_complaint.number, complaintKindTitle(to).toLower()),
        QString(), &ok);
    if (ok)
        overrideTriage(to, reason);
}

} // namespace loket::ui
