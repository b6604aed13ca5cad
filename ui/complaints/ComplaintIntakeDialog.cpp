#include "ComplaintIntakeDialog.h"
#include "common/Dates.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintIntakeDialog::ComplaintIntakeDialog(UiContext& ui, QWidget* parent) : QDialog(parent), m_ui(ui)
{
    setObjectName(QStringLiteral("complaintIntakeDialog"));
    setWindowTitle(tr("Record a complaint"));
    resize(860, 640);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addLayout(buildForm(), 1);
    left->addWidget(buildAttachments(), 0);
    layout->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(buildTriageBox(), 1);
    right->addWidget(buildButtons());
    layout->addLayout(right, 2);

    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        loadChannels();
        updatePreview();
    });
    for (QLineEdit* e : {m_name, m_idNumber, m_contact, m_case})
        connect(e, &QLineEdit::textChanged, this, &ComplaintIntakeDialog::updatePreview);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintIntakeDialog::updatePreview);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &ComplaintIntakeDialog::updatePreview);
    connect(m_serviceKnown, &QCheckBox::toggled, m_serviceDate, &QWidget::setEnabled);
    connect(m_serviceKnown, &QCheckBox::toggled, this, &ComplaintIntakeDialog::updatePreview);
    connect(m_serviceDate, &QDateEdit::dateChanged, this, &ComplaintIntakeDialog::updatePreview);
    connect(m_object, &QPlainTextEdit::textChanged, this, &ComplaintIntakeDialog::updatePreview);
    loadChannels();
    updatePreview();
}

QFormLayout* ComplaintIntakeDialog::buildForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("intakeService"));
    m_service->addItem(tr("(not named)"), QString());
    for (const ServiceStandard& s : ComplaintService::services(m_ui.database()))
        m_service->addItem(QStringLiteral("%1 — %2").arg(s.kbli, s.name), s.kbli);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("intakeChannel"));
    // The edit shows WIB wall-clock time; intake() reads it back as Asia/Jakarta.
    const QDateTime now = m_ui.context().clock().now().toTimeZone(Clock::zone());
    m_received = new QDateTimeEdit(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())), this);
    m_received->setObjectName(QStringLiteral("intakeReceived"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(dates::editDateTimeFormat());
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("intakeName"));
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("intakeIdNumber"));
    m_idNumber->setPlaceholderText(tr("NIK or other identity number"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("intakeContact"));
    m_contact->setPlaceholderText(tr("Telephone, e-mail, account"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("intakeAddress"));
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("intakeCase"));
    m_case->setPlaceholderText(tr("Registration number, if the complaint is about an application"));
    // Without a case (a visit): the day the service was received opens the complaint window.
    m_serviceKnown = new QCheckBox(tr("Service received on (a visit without a case)"), this);
    m_serviceKnown->setObjectName(QStringLiteral("intakeServiceKnown"));
    m_serviceDate = new QDateEdit(now.date(), this);
    m_serviceDate->setObjectName(QStringLiteral("intakeServiceDate"));
    m_serviceDate->setCalendarPopup(true);
    m_serviceDate->setDisplayFormat(dates::editFormat());
    m_serviceDate->setEnabled(false);
    m_caseInfo = new QLabel(this);
    m_caseInfo->setObjectName(QStringLiteral("intakeCaseInfo"));
    m_caseInfo->setWordWrap(true);
    m_object = new QPlainTextEdit(this);
    m_object->setObjectName(QStringLiteral("intakeObject"));
    m_object->setPlaceholderText(tr("What the complaint is about: the object or substance"));
    m_object->setMinimumHeight(100);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Received"), m_received);
    form->addRow(tr("Complainant"), m_name);
    form->addRow(tr("Identity number"), m_idNumber);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Related case"), m_case);
    form->addRow(QString(), m_caseInfo);
    auto* serviceRow = new QHBoxLayout;
    serviceRow->addWidget(m_serviceKnown);
    serviceRow->addWidget(m_serviceDate, 1);
    form->addRow(QString(), serviceRow);
    form->addRow(tr("Object"), m_object);
    return form;
}

QGroupBox* ComplaintIntakeDialog::buildAttachments()
{
    auto* files = new QHBoxLayout;
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(QStringLiteral("intakeAttachments"));
    m_attachments->setMaximumHeight(60);
    auto* addFile = new QPushButton(tr("Attach…"), this);
    addFile->setObjectName(QStringLiteral("intakeAttach"));
    auto* removeFile = new QPushButton(tr("Remove"), this);
    removeFile->setObjectName(QStringLiteral("intakeRemoveAttachment"));
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFile);
    fileButtons->addWidget(removeFile);
    fileButtons->addStretch(1);
    files->addWidget(m_attachments, 1);
    files->addLayout(fileButtons);
    auto* filesBox = new QGroupBox(tr("Attachments"), this);
    filesBox->setLayout(files);
    connect(addFile, &QPushButton::clicked, this, &ComplaintIntakeDialog::addAttachment);
    connect(removeFile, &QPushButton::clicked, this, [this] { delete m_attachments->currentItem(); });
    return filesBox;
}

QGroupBox* ComplaintIntakeDialog::buildTriageBox()
{
    auto* triageBox = new QGroupBox(tr("Triage by the service standard"), this);
    triageBox->setObjectName(QStringLiteral("intakeTriageBox"));
    auto* triage = new QVBoxLayout(triageBox);
    m_kindBadge = new QLabel(this);
    m_kindBadge->setObjectName(QStringLiteral("intakeKind"));
    m_kindBadge->setAlignment(Qt::AlignCenter);
    m_rule = new QLabel(this);
    m_rule->setObjectName(QStringLiteral("intakeRule"));
    m_rule->setWordWrap(true);
    QFont bold = m_rule->font();
    bold.setBold(true);
    m_rule->setFont(bold);
    // A text browser, not a label: a word-wrapped label in this column gets clipped.
    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("intakeExplanation"));
    m_explanation->setFrameShape(QFrame::NoFrame);
    m_explanation->setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    m_explanation->setMaximumHeight(110);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("intakeDue"));
    m_due->setWordWrap(true);
    triage->addWidget(m_kindBadge);
    triage->addWidget(m_rule);
    triage->addWidget(m_explanation);
    triage->addWidget(m_due);
    triage->addStretch(1);
    triageBox->setMinimumWidth(320);
    return triageBox;
}

QDialogButtonBox* ComplaintIntakeDialog::buildButtons()
{
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Record"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveComplaint"));
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelComplaint"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return buttons;
}

void ComplaintIntakeDialog::loadChannels()
{
    const QString previous = m_channel->currentData().toString();
    m_channel->blockSignals(true);
    m_channel->clear();
    const ComplaintHandling h = ComplaintService::handling(m_ui.database(), m_service->currentData().toString());
    for (const ComplaintChannel& c : h.channels) {
        const QString text = c.contact.isEmpty() ? QStringLiteral("%1. %2").arg(c.key, c.label)
                                                 : QStringLiteral("%1. %2 — %3").arg(c.key, c.label, c.contact);
        m_channel->addItem(text.left(90), c.key);
        m_channel->setItemData(m_channel->count() - 1, text, Qt::ToolTipRole);
    }
    const int again = m_channel->findData(previous);
    m_channel->setCurrentIndex(again >= 0 ? again : 0);
    m_channel->blockSignals(false);
}

void ComplaintIntakeDialog::addAttachment()
{
    const QString file = Prompter::instance().openFile(this, tr("Attach a file"), tr("All files (*)"));
    if (!file.isEmpty()) {
        auto* item = new QListWidgetItem(QFileInfo(file).fileName(), m_attachments);
        item->setData(Qt::UserRole, file);
        item->setToolTip(file);
    }
}

ComplaintIntake ComplaintIntakeDialog::intake() const
{
    ComplaintIntake in;
    in.channelKey = m_channel->currentData().toString();
    const QDateTime shown = m_received->dateTime();
    in.receivedAt = QDateTime(shown.date(), shown.time(), Clock::zone());
    in.complainantName = m_name->text();
    in.complainantIdNumber = m_idNumber->text();
    in.complainantContact = m_contact->text();
    in.complainantAddress = m_address->text();
    in.caseRegNumber = m_case->text();
    if (m_serviceKnown->isChecked())
        in.serviceDate = m_serviceDate->date();
    in.serviceKbli = m_service->currentData().toString();
    in.objectText = m_object->toPlainText();
    for (int i = 0; i < m_attachments->count(); ++i)
        in.attachmentPaths << m_attachments->item(i)->data(Qt::UserRole).toString();
    return in;
}

void ComplaintIntakeDialog::updatePreview()
{
    auto badge = [this](const QString& text, const QString& colour) {
        m_kindBadge->setText(text);
        m_kindBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                                  " border-radius: 4px; padding: 6px; font-size: 12pt; }")
                                       .arg(colour));
    };
    try {
        const ComplaintPreview p = ComplaintService::preview(m_ui.context(), intake());
        const bool complaint = p.triage.kind == ComplaintKind::Complaint;
        badge(complaintKindTitle(p.triage.kind), complaint ? QStringLiteral("#1f6f43") : QStringLiteral("#8a5a00"));
        m_rule->setText(tr("Rule: %1").arg(ComplaintTriage::ruleTitle(p.triage.rule)));
        m_explanation->setPlainText(p.triage.explanation());
        QString due;
        if (complaint) {
            due = tr("Answer due by %1.").arg(dates::longDate(p.dueOn));
            if (p.dueInUnconfirmedYear)
                due += QLatin1Char(' ') + tr("The count crosses a year whose calendar is not confirmed.");
        } else {
            due = tr("Registered in the suggestion register; no answer clock.");
        }
        m_due->setText(due);
        if (m_case->text().trimmed().isEmpty())
            m_caseInfo->clear();
        else if (!p.relatedCase.found)
            m_caseInfo->setText(tr("Not found on this workstation; the number is kept."));
        else if (p.relatedCase.serviceReceivedOn.isValid())
            m_caseInfo->setText(tr("%1 (KBLI %2), %3; service received on %4.")
                                    .arg(p.relatedCase.applicantName, p.relatedCase.kbli, p.relatedCase.stageTitle,
                                         dates::writtenDate(p.relatedCase.serviceReceivedOn)));
        else
            m_caseInfo->setText(tr("%1 (KBLI %2), %3; not handed over yet.")
                                    .arg(p.relatedCase.applicantName, p.relatedCase.kbli, p.relatedCase.stageTitle));
        m_save->setEnabled(true);
    } catch (const Error& e) {
        badge(tr("Cannot record yet"), QStringLiteral("#8b1e1e"));
        m_rule->clear();
        m_explanation->setPlainText(e.message());
        m_due->clear();
        m_save->setEnabled(e.kind() != Error::Kind::Permission);
    }
}

bool ComplaintIntakeDialog::save()
{
    try {
        m_saved = ComplaintService::intake(m_ui.context(), intake());
        m_ui.notifyDataChanged(QStringLiteral("complaints"));
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Record a complaint"), e.message());
        return false;
    }
}

} // namespace loket::ui
