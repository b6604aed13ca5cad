#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace loket::ui {

// What a settling decision asks: a required note and, when a conflict has several overridden
// actions, which one's outcome to take.
struct ConflictNoteRequest
{
    QString title;
    QString text;
    QStringList choices; // shown as a list to pick from when not empty
};

struct ConflictNoteAnswer
{
    bool accepted = false;
    QString note;
    int choice = 0; // index into ConflictNoteRequest::choices
};

// The dialog that asks why a conflict is settled this way. OK stays disabled until a note is
// written (the service checks again). Tests answer through setAnswerer instead of the modal loop.
class ConflictNoteDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictNoteDialog(const ConflictNoteRequest& request, QWidget* parent = nullptr);

    ConflictNoteAnswer answer() const;

    static ConflictNoteAnswer ask(QWidget* parent, const ConflictNoteRequest& request);
    using Answerer = std::function<ConflictNoteAnswer(const ConflictNoteRequest&)>;
    // For tests: answers every request instead of showing the dialog; an empty function restores it.
    static void setAnswerer(Answerer answerer);

private:
    QComboBox* m_choice = nullptr;
    QPlainTextEdit* m_note;
    QPushButton* m_ok;
};

} // namespace loket::ui
