#include "ComplaintClosingTab.h"
#include "common/Dates.h"

#include "ComplaintLetters.h"
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

ComplaintClosingTab::ComplaintClosingTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintClosingTab"));
    auto* layout = new QVBoxLayout(this);
    // The answer and the report sit in one widget so a suggestion's screen can hide both.
    m_answerArea = new QWidget(this);
    auto* row = new QHBoxLayout(m_answerArea);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(buildAnswerBox(), 1);
    row->addWidget(buildReportBox(), 1);
    layout->addWidget(m_answerArea, 1);
    layout->addWidget(buildCloseBox());
    layout->addWidget(buildNoteBox(), 1);

    connect(m_recordAnswer, &QPushButton::clicked, this, &ComplaintClosingTab::recordAnswer);
    connect(m_recordReport, &QPushButton::clicked, this, &ComplaintClosingTab::recordReport);
    connect(m_close, &QPushButton::clicked, this, &ComplaintClosingTab::closeComplaint);
    connect(m_saveNote, &QPushButton::clicked, this, &ComplaintClosingTab::noteSuggestion);
    connect(m_printAnswer, &QPushButton::clicked, this, &ComplaintClosingTab::printAnswerLetter);
    connect(m_printReport, &QPushButton::clicked, this, &ComplaintClosingTab::printSuperiorReport);
}

QGroupBox* ComplaintClosingTab::buildAnswerBox()
{
    m_answerBox = new QGroupBox(tr("Answer to the complainant"), this);
    auto* answer = new QFormLayout(m_answerBox);
    m_answerChannel = new QComboBox(this);
    m_answerChannel->setObjectName(QStringLiteral("answerChannel"));
    m_answerChannel->setEditable(true);
    m_answerChannel->addItems({tr("Letter"), tr("E-mail"), tr("WhatsApp"), tr("Telephone"), tr("In person"),
                               tr("SMS")});
    m_answerOn = dateField(QStringLiteral("answerOn"));
    m_answerText = textField(QStringLiteral("answerText"));
    m_recordAnswer = button(tr("Record answer"), QStringLiteral("recordAnswer"));
    m_printAnswer = button(tr("Answer letter (PDF)…"), QStringLiteral("printAnswerLetter"));
    answer->addRow(tr("Given via"), m_answerChannel);
    answer->addRow(tr("On"), m_answerOn);
    answer->addRow(tr("Answer"), m_answerText);
    answer->addRow(buttonRow({m_recordAnswer, m_printAnswer}));
    return m_answerBox;
}

QGroupBox* ComplaintClosingTab::buildReportBox()
{
    m_reportBox = new QGroupBox(tr("Report to the direct superior"), this);
    auto* report = new QFormLayout(m_reportBox);
    m_superior = lineField(QStringLiteral("superiorName"), tr("Name and post of the direct superior"));
    m_reportOn = dateField(QStringLiteral("superiorReportOn"));
    m_reportText = textField(QStringLiteral("superiorReportText"));
    m_recordReport = button(tr("Record report"), QStringLiteral("recordSuperiorReport"));
    m_printReport = button(tr("Report (PDF)…"), QStringLiteral("printSuperiorReport"));
    report->addRow(tr("To"), m_superior);
    report->addRow(tr("On"), m_reportOn);
    report->addRow(tr("Report"), m_reportText);
    report->addRow(buttonRow({m_recordReport, m_printReport}));
    return m_reportBox;
}

QGroupBox* ComplaintClosingTab::buildCloseBox()
{
    m_closeBox = new QGroupBox(tr("Closing"), this);
    auto* close = new QHBoxLayout(m_closeBox);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("closeMissing"));
    m_missing->setWordWrap(true);
    m_close = button(tr("Close the complaint"), QStringLiteral("closeComplaint"));
    close->addWidget(m_missing, 1);
    close->addWidget(m_close);
    return m_closeBox;
}

QGroupBox* ComplaintClosingTab::buildNoteBox()
{
    m_noteBox = new QGroupBox(tr("Follow-up of the suggestion"), this);
    auto* note = new QVBoxLayout(m_noteBox);
    m_note = textField(QStringLiteral("suggestionNote"),
                       tr("What was done with the suggestion (forwarded to, improvement planned, ...)"));
    m_saveNote = button(tr("Mark as noted"), QStringLiteral("noteSuggestion"));
    note->addWidget(m_note, 1);
    note->addWidget(m_saveNote, 0, Qt::AlignLeft);
    return m_noteBox;
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
