#include "FieldCheck.h"

#include <QLineEdit>

namespace loket::ui {

FieldCheck::FieldCheck(QLineEdit* field, Rule rule, QWidget* parent)
    : QLabel(parent), m_field(field), m_rule(std::move(rule))
{
    setObjectName(field->objectName() + QStringLiteral("Check"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    hide();
    connect(field, &QLineEdit::editingFinished, this, &FieldCheck::check);
    // Typing again takes the old message away until the field is left again.
    connect(field, &QLineEdit::textEdited, this, &FieldCheck::reset);
}

bool FieldCheck::check()
{
    const QString text = m_field->text().trimmed();
    const QString problem = text.isEmpty() ? QString() : m_rule(text);
    setText(problem);
    setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void FieldCheck::reset()
{
    clear();
    hide();
}

} // namespace loket::ui
