#pragma once

#include "ComplaintTab.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

// Closing: the answer to the complainant and the report to the direct superior (both printable
// as PDF) and closing, which needs both. For a suggestion: the note of what was done with it.
class ComplaintClosingTab : public ComplaintTab
{
    Q_OBJECT
public:
    explicit ComplaintClosingTab(UiContext& ui, QWidget* parent = nullptr);
    void showComplaint(const Complaint& c) override;

    bool recordAnswer();
    bool recordReport();
    bool closeComplaint();
    bool noteSuggestion();
    // Asks for a PDF file (through the Prompter) and writes the letter or the report.
    bool printAnswerLetter();
    bool printSuperiorReport();

private:
    QGroupBox* buildAnswerBox();
    QGroupBox* buildReportBox();
    QGroupBox* buildCloseBox();
    QGroupBox* buildNoteBox();

    QWidget* m_answerArea;
    QGroupBox* m_answerBox;
    QComboBox* m_answerChannel;
    QDateEdit* m_answerOn;
    QPlainTextEdit* m_answerText;
    QPushButton* m_recordAnswer;
    QPushButton* m_printAnswer;
    QGroupBox* m_reportBox;
    QLineEdit* m_superior;
    QDateEdit* m_reportOn;
    QPlainTextEdit* m_reportText;
    QPushButton* m_recordReport;
    QPushButton* m_printReport;
    QGroupBox* m_closeBox;
    QLabel* m_missing;
    QPushButton* m_close;
    QGroupBox* m_noteBox;
    QPlainTextEdit* m_note;
    QPushButton* m_saveNote;
};

} // namespace loket::ui
