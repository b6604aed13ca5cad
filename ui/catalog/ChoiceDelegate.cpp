#include "ChoiceDelegate.h"

#include <QComboBox>

namespace loket::ui {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject* parent)
    : QStyledItemDelegate(parent), m_choices(std::move(choices))
{
}

QString ChoiceDelegate::labelOf(const QString& key) const
{
    for (const auto& [k, label] : m_choices)
        if (k == key)
            return label;
    return key;
}

QString ChoiceDelegate::displayText(const QVariant& value, const QLocale&) const
{
    return labelOf(value.toString());
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    for (const auto& [key, label] : m_choices)
        combo->addItem(label, key);
    const QString current = index.data(Qt::EditRole).toString();
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace loket::ui
