#include "AccountFields.h"

#include "common/Error.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>

namespace loket::ui::account {

QLineEdit* passwordField(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(placeholder);
    return field;
}

QLabel* refusalLine(QWidget* parent, const QString& name)
{
    auto* line = new QLabel(parent);
    line->setObjectName(name);
    line->setWordWrap(true);
    line->setStyleSheet(QStringLiteral("color: #b00020;"));
    line->hide();
    return line;
}

bool attempt(QLabel* refusal, const std::function<void()>& action, const std::function<void(const Error&)>& onRefusal)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        action();
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        refusal->setText(e.message());
        refusal->show();
        if (onRefusal)
            onRefusal(e);
        return false;
    }
    QApplication::restoreOverrideCursor();
    return true;
}

} // namespace loket::ui::account
