#include "ComplaintTab.h"

#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace loket::ui {

ComplaintTab::ComplaintTab(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
}

bool ComplaintTab::run(const QString& title, const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        Prompter::instance().warning(this, title, e.message());
        return false;
    }
    m_ui.notifyDataChanged(QStringLiteral("complaints"));
    Q_EMIT changed();
    return true;
}

bool ComplaintTab::can(Permission permission) const
{
    return m_ui.actor().can(permission);
}

QDateEdit* ComplaintTab::dateField(const QString& name)
{
    const QDate today = m_ui.context().clock().today();
    auto* edit = new QDateEdit(today, this);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::editFormat());
    edit->setMaximumDate(today);
    return edit;
}

QPushButton* ComplaintTab::button(const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name);
    return b;
}

QLineEdit* ComplaintTab::lineField(const QString& name, const QString& placeholder)
{
    auto* e = new QLineEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

QPlainTextEdit* ComplaintTab::textField(const QString& name, const QString& placeholder)
{
    auto* e = new QPlainTextEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

QHBoxLayout* ComplaintTab::buttonRow(std::initializer_list<QPushButton*> buttons)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    return row;
}

} // namespace loket::ui
