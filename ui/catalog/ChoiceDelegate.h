#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace loket::ui {

// Edits a table cell that holds a key (stored as Qt::EditRole) by choosing from a list of
// keys with translated labels; the cell shows the label. A key missing from the list is still
// shown as it is, so a stored value the list no longer knows is not lost.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QString>>; // key, label

    explicit ChoiceDelegate(Choices choices, QObject* parent = nullptr);

    QString labelOf(const QString& key) const;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Choices m_choices;
};

} // namespace loket::ui
