#include "ConflictNoteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
ConflictNoteDialog::Answerer& answerer()
{
    static ConflictNoteDialog::Answerer a;
    return a;
}
} // namespace

ConflictNoteDialog::ConflictNoteDialog(const ConflictNoteRequest& request, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictNoteDialog"));
    setWindowTitle(request.title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(request.text, this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("conflictNoteText"));
    layout->addWidget(text);
    if (!request.choices.isEmpty()) {
        layout->addWidget(new QLabel(tr("Take the outcome of:"), this));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("conflictNoteChoice"));
        m_choice->addItems(request.choices);
        layout->addWidget(m_choice);
    }
    layout->addWidget(new QLabel(tr("Note (required, kept with the decision):"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(90);
    layout->addWidget(m_note, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("conflictNoteOk"));
    m_ok->setText(tr("Settle"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_note->toPlainText().simplified().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 300);
    m_note->setFocus();
}

ConflictNoteAnswer ConflictNoteDialog::answer() const
{
    return {result() == QDialog::Accepted, m_note->toPlainText().trimmed(), m_choice ? m_choice->currentIndex() : 0};
}

ConflictNoteAnswer ConflictNoteDialog::ask(QWidget* parent, const ConflictNoteRequest& request)
{
    if (answerer())
        return answerer()(request);
    ConflictNoteDialog dialog(request, parent);
    dialog.exec();
    return dialog.answer();
}

void ConflictNoteDialog::setAnswerer(Answerer a)
{
    answerer() = std::move(a);
}

} // namespace loket::ui
