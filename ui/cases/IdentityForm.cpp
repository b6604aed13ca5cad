#include "IdentityForm.h"

#include "FieldCheck.h"

#include <algorithm>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace loket::ui {

IdentityForm::IdentityForm(const Texts& texts, QWidget* parent) : QWidget(parent), m_texts(texts)
{
    setObjectName(texts.prefix + QStringLiteral("Form"));
    m_column = new QVBoxLayout(this);
    auto* find = new QGroupBox(texts.findTitle, this);
    auto* findLayout = new QVBoxLayout(find);
    m_search = new QLineEdit(find);
    m_search->setObjectName(texts.prefix + QStringLiteral("Search"));
    m_search->setPlaceholderText(texts.searchHint);
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(find);
    m_results->setObjectName(texts.prefix + QStringLiteral("Results"));
    m_results->setMaximumHeight(110);
    findLayout->addWidget(m_search);
    findLayout->addWidget(m_results);
    m_column->addWidget(find);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { search(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            choose(std::max(0, m_results->currentRow()));
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] { choose(m_results->currentRow()); });
    // Down and Up from the search field walk the results.
    auto walk = [this](Qt::Key key, int step) {
        auto* shortcut = new QShortcut(QKeySequence(key), m_search, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            if (m_results->count() > 0)
                m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
        });
    };
    walk(Qt::Key_Down, 1);
    walk(Qt::Key_Up, -1);
}

void IdentityForm::addReturningRow(QFormLayout* form, QWidget* box)
{
    m_returning = new QLabel(box);
    m_returning->setObjectName(m_texts.prefix + QStringLiteral("Returning"));
    m_new = new QPushButton(m_texts.newButton, box);
    m_new->setObjectName(m_texts.prefix + QStringLiteral("New"));
    m_new->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_returning, 1);
    row->addWidget(m_new);
    form->addRow(row);
    connect(m_new, &QPushButton::clicked, this, [this] { startNew(); });
}

bool IdentityForm::worthSearching(const QString& text)
{
    return text.trimmed().size() >= 3;
}

void IdentityForm::showResults(const QStringList& lines)
{
    m_results->clear();
    m_results->addItems(lines);
    if (!lines.isEmpty())
        m_results->setCurrentRow(0);
}

void IdentityForm::markReturning()
{
    m_returning->setText(m_texts.returning);
    m_new->show();
}

void IdentityForm::resetFields(const QList<QLineEdit*>& fields)
{
    for (FieldCheck* c : findChildren<FieldCheck*>())
        c->reset();
    for (QLineEdit* e : fields) {
        e->clear();
        e->setReadOnly(false);
    }
    m_returning->clear();
    m_new->hide();
    if (!fields.isEmpty())
        fields.first()->setFocus();
}

bool IdentityForm::focusField(const QString& field)
{
    QLineEdit* e = m_focusFields.value(field);
    if (!e)
        return false;
    e->setFocus();
    e->selectAll();
    return true;
}

} // namespace loket::ui
