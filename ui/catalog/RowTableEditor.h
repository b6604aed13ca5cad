#pragma once

#include "ChoiceDelegate.h"

#include <QStringList>
#include <QWidget>
#include <functional>

class QPushButton;
class QTableWidget;

namespace loket::ui {

// A small editable table of text rows with Add, Remove, Up and Down (also Insert, Delete and
// Alt+Up/Down on the table). Cells hold plain strings: text, a key chosen from a list, or
// "true"/"false" for a check box. The table checks nothing; the service validates the result.
class RowTableEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Text,
        Choice,
        Check
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
        ChoiceDelegate::Choices choices = {};
        bool stretch = false;
        int width = 0; // a starting width the user can change; 0 fits the contents
    };

    // `name` is the table's objectName; the buttons are named name + "Add", "Remove", "Up", "Down".
    RowTableEditor(const QString& name, QList<Column> columns, QWidget* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    QList<QStringList> rows() const;
    // Values of a row added with Add; empty cells by default.
    void setNewRowValues(std::function<QStringList()> values) { m_newRow = std::move(values); }

    QTableWidget* table() const { return m_table; }
    // Long texts wrap over several lines (the default) or stay on one elided line.
    void setWrapText(bool wrap);
    // The table and its buttons in keyboard order.
    QList<QWidget*> focusChain() const;
    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);
    // Selects a cell and gives it the focus (to show the user a field the service refused).
    void focusCell(int row, int column);

Q_SIGNALS:
    void changed();

private:
    void appendRow(const QStringList& values);
    void setCell(int row, int column, const QString& value);
    QString cell(int row, int column) const;
    void updateButtons();

    QList<Column> m_columns;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    std::function<QStringList()> m_newRow;
    bool m_wrap = true;
};

} // namespace loket::ui
