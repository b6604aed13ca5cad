#include "ComplaintClosingTab.h"
#include "common/Dates.h"

#include "ComplaintLetters.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintProcess.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
QDateEdit* dateEdit(QWidget* parent, QDate today, const QString& name)
{
    auto* edit = new QDateEdit(today, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::editFormat());
    edit->setMaximumDate(today);
    return edit;
}
} // namespace

ComplaintClosingTab::ComplaintClosingTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintClosingTab"));
    const QDate today = ui.context().clock().today();
    auto* layout = new QVBoxLayout(this);
    // The answer and the report sit in one widget so a suggestion's screen can hide both.
    m_answerArea = new QWidget(this);
    auto* row = new QHBoxLayout(m_answerArea);
    row->setContentsMargins(0, 0, 0, 0);

    m_answerBox = new QGroupBox(tr("Answer to the complainant"), this);
    auto* answer = new QFormLayout(m_answerBox);
    m_answerChannel = new QComboBox(this);
    m_answerChannel->setObjectName(QStringLiteral("answerChannel"));
    m_answerChannel->setEditable(true);
    m_answerChannel->addItems({tr("Letter"), tr("E-mail"), tr("WhatsApp"), tr("Telephone"), tr("In person"),
                               tr("SMS")});
    m_answerOn = dateEdit(this, today, QStringLiteral("answerOn"));
    m_answerText = new QPlainTextEdit(this);
    m_answerText->setObjectName(QStringLiteral("answerText"));
    m_recordAnswer = new QPushButton(tr("Record answer"), this);
    m_recordAnswer->setObjectName(QStringLiteral("recordAnswer"));
    m_printAnswer = new QPushButton(tr("Answer letter (PDF)…"), this);
    m_printAnswer->setObjectName(QStringLiteral("printAnswerLetter"));
    auto* answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_recordAnswer);
    answerButtons->addWidget(m_printAnswer);
    answerButtons->addStretch(1);
    answer->addRow(tr("Given via"), m_answerChannel);
    answer->addRow(tr("On"), m_answerOn);
    answer->addRow(tr("Answer"), m_answerText);
    answer->addRow(answerButtons);
    row->addWidget(m_answerBox, 1);

    m_reportBox = new QGroupBox(tr("Report to the direct superior"), this);
    auto* report = new QFormLayout(m_reportBox);
    m_superior = new QLineEdit(this);
    m_superior->setObjectName(QStringLiteral("superiorName"));
    m_superior->setPlaceholderText(tr("Name and post of the direct superior"));
    m_reportOn = dateEdit(this, today, QStringLiteral("superiorReportOn"));
    m_reportText = new QPlainTextEdit(this);
    m_reportText->setObjectName(QStringLiteral("superiorReportText"));
    m_recordReport = new QPushButton(tr("Record report"), this);
    m_recordReport->setObjectName(QStringLiteral("recordSuperiorReport"));
    m_printReport = new QPushButton(tr("Report (PDF)…"), this);
    m_printReport->setObjectName(QStringLiteral("printSuperiorReport"));
    auto* reportButtons = new QHBoxLayout;
    reportButtons->addWidget(m_recordReport);
    reportButtons->addWidget(m_printReport);
    reportButtons->addStretch(1);
    report->addRow(tr("To"), m_superior);
    report->addRow(tr("On"), m_reportOn);
    report->addRow(tr("Report"), m_reportText);
    report->addRow(reportButtons);
    row->addWidget(m_reportBox, 1);
    layout->addWidget(m_answerArea, 1);

    m_closeBox = new QGroupBox(tr("Closing"), this);
    auto* close = new QHBoxLayout(m_closeBox);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("closeMissing"));
    m_missing->setWordWrap(true);
    m_close = new QPushButton(tr("Close the complaint"), this);
    m_close->setObjectName(QStringLiteral("closeComplaint"));
    close->addWidget(m_missing, 1);
    close->addWidget(m_close);
    layout->addWidget(m_closeBox);

    m_noteBox = new QGroupBox(tr("Follow-up of the suggestion"), this);
    auto* note = new QVBoxLayout(m_noteBox);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("suggestionNote"));
    m_note->setPlaceholderText(tr("What was done with the suggestion (forwarded to, improvement planned, ...)"));
    m_saveNote = new QPushButton(tr("Mark as noted"), this);
    m_saveNote->setObjectName(QStringLiteral("noteSuggestion"));
    note->addWidget(m_note, 1);
    note->addWidget(m_saveNote, 0, Qt::AlignLeft);
    layout->addWidget(m_noteBox, 1);

    connect(m_recordAnswer, &QPushButton::clicked, this, &ComplaintClosingTab::recordAnswer);
    connect(m_recordReport, &QPushButton::clicked, this, &ComplaintClosingTab::recordReport);
    connect(m_close, &QPushButton::clicked, this, &ComplaintClosingTab::closeComplaint);
    connect(m_saveNote, &QPushButton::clicked, this, &ComplaintClosingTab::noteSuggestion);
    connect(m_printAnswer, &QPushButton::clicked, this, &ComplaintClosingTab::printAnswerLetter);
    connect(m_printReport, &QPushButton::clicked, this, &ComplaintClosingTab::printSuperiorReport);
}

void ComplaintClosingTab::showComplaint(const Complaint& c)
{
    m_complaint = c;
    const bool complaint = c.isComplaint();
    m_answerArea->setVisible(complaint);
    m_closeBox->setVisible(complaint);
    m_noteBox->setVisible(!complaint);
    const bool handle = can(Permission::HandleComplaint);
    const bool open = c.state != ComplaintStates::Closed;
    m_answerChannel->setCurrentText(ComplaintProcess::suggestedAnswerChannel(c));
    if (c.hasAnswer()) {
        m_answerOn->setDate(c.answerOn);
        m_answerText->setPlainText(c.answerText);
    }
    if (!c.superiorName.isEmpty() || c.hasSuperiorReport()) {
        m_superior->setText(c.superiorName);
        if (c.superiorReportOn.isValid())
            m_reportOn->setDate(c.superiorReportOn);
        m_reportText->setPlainText(c.superiorReportText);
    }
    m_recordAnswer->setEnabled(handle && open);
    m_recordReport->setEnabled(handle && open);
    m_printAnswer->setEnabled(c.hasAnswer());
    m_printReport->setEnabled(c.hasSuperiorReport());
    const QStringList missing = ComplaintProcess::missingForClose(c);
    if (c.state == ComplaintStates::Closed)
        m_missing->setText(tr("Closed on %1.").arg(dates::dateTime(c.closedAt)));
    else if (missing.isEmpty())
        m_missing->setText(tr("The answer and the report are recorded: the complaint can be closed."));
    else
        m_missing->setText(tr("Still needed before closing: %1.").arg(missing.join(QStringLiteral("; "))));
    m_close->setEnabled(handle && open);
    m_note->setPlainText(c.note);
    m_saveNote->setEnabled(handle && c.state == ComplaintStates::Registered);
}

bool ComplaintClosingTab::recordAnswer()
{
    return run(tr("Answer"), [&] {
        ComplaintProcess::recordAnswer(m_ui.context(), m_complaint.id, m_answerChannel->currentText(),
                                       m_answerOn->date(), m_answerText->toPlainText());
    });
}

bool ComplaintClosingTab::recordReport()
{
    return run(tr("Report to the superior"), [&] {
        ComplaintProcess::recordSuperiorReport(m_ui.context(), m_complaint.id, m_superior->text(), m_reportOn->date(),
                                               m_reportText->toPlainText());
    });
}

bool ComplaintClosingTab::closeComplaint()
{
    return run(tr("Close the complaint"), [&] { ComplaintProcess::close(m_ui.context(), m_complaint.id); });
}

bool ComplaintClosingTab::noteSuggestion()
{
    return run(tr("Suggestion"),
               [&] { ComplaintService::noteSuggestion(m_ui.context(), m_complaint.id, m_note->toPlainText()); });
}

bool ComplaintClosingTab::printAnswerLetter()
{
    const QString file = Prompter::instance().saveFile(this, tr("Answer letter"),
                                                       m_complaint.number + QStringLiteral("-jawaban.pdf"),
                                                       tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return false;
    try {
        ComplaintLetters::writeAnswerLetter(m_ui.database(), m_complaint, file);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Answer letter"), e.message());
        return false;
    }
    return true;
}

bool ComplaintClosingTab::printSuperiorReport()
{
    const QString file = Prompter::instance().saveFile(this, tr("Report to the superior"),
                                                       m_complaint.number + QStringLiteral("-laporan.pdf"),
                                                       tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return false;
    try {
        ComplaintLetters::writeSuperiorReport(m_ui.database(), m_complaint, file);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Report to the superior"), e.message());
        return false;
    }
    return true;
}

} // namespace loket::ui
