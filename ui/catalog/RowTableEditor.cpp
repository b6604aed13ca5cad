#include "RowTableEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

RowTableEditor::RowTableEditor(const QString& name, QList<Column> columns, QWidget* parent)
    : QWidget(parent), m_columns(std::move(columns))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, int(m_columns.size()), this);
    m_table->setObjectName(name);
    QStringList titles;
    for (const Column& c : m_columns)
        titles << c.title;
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not CurrentChanged: arrows and Ctrl+Tab must move without opening editors.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    auto* header = m_table->horizontalHeader();
    // Row heights follow the wrapped text whenever a column's width changes.
    connect(header, &QHeaderView::sectionResized, m_table, [this] {
        if (m_wrap)
            m_table->resizeRowsToContents();
    });
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column& col = m_columns[c];
        if (col.width > 0) {
            header->setSectionResizeMode(c, QHeaderView::Interactive);
            header->resizeSection(c, col.width);
        } else {
            header->setSectionResizeMode(c, col.stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
        }
        if (col.kind == Kind::Choice)
            m_table->setItemDelegateForColumn(c, new ChoiceDelegate(col.choices, m_table));
    }

    auto* buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_up = new QPushButton(tr("Up"), this);
    m_down = new QPushButton(tr("Down"), this);
    m_add->setToolTip(tr("Add a row (Insert)"));
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    m_up->setToolTip(tr("Move the selected row up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected row down (Alt+Down)"));
    const std::pair<QPushButton*, const char*> named[] = {
        {m_add, "Add"}, {m_remove, "Remove"}, {m_up, "Up"}, {m_down, "Down"}};
    for (const auto& [button, suffix] : named) {
        button->setObjectName(name + QLatin1String(suffix));
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(m_table);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_table->addAction(action);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addRow(); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { removeCurrentRow(); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrentRow(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrentRow(1); });

    connect(m_add, &QPushButton::clicked, this, &RowTableEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &RowTableEditor::removeCurrentRow);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentRow(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentRow(1); });
    connect(m_table, &QTableWidget::itemChanged, this, &RowTableEditor::changed);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RowTableEditor::updateButtons);
    updateButtons();
}

QList<QWidget*> RowTableEditor::focusChain() const
{
    return {m_table, m_add, m_remove, m_up, m_down};
}

void RowTableEditor::setWrapText(bool wrap)
{
    m_wrap = wrap;
    m_table->setWordWrap(wrap);
    if (wrap)
        m_table->resizeRowsToContents();
    else
        for (int r = 0; r < m_table->rowCount(); ++r)
            m_table->setRowHeight(r, m_table->verticalHeader()->defaultSectionSize());
}

void RowTableEditor::setCell(int row, int column, const QString& value)
{
    auto* item = new QTableWidgetItem;
    if (m_columns[column].kind == Kind::Check) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(value == QLatin1String("true") ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setData(Qt::EditRole, value);
    }
    m_table->setItem(row, column, item);
}

QString RowTableEditor::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    if (!item)
        return {};
    if (m_columns[column].kind == Kind::Check)
        return item->checkState() == Qt::Checked ? QStringLiteral("true") : QStringLiteral("false");
    return item->data(Qt::EditRole).toString();
}

void RowTableEditor::appendRow(const QStringList& values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        setCell(row, c, values.value(c));
}

void RowTableEditor::setRows(const QList<QStringList>& rows)
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const QStringList& r : rows)
        appendRow(r);
    if (m_wrap)
        m_table->resizeRowsToContents();
    updateButtons();
}

QList<QStringList> RowTableEditor::rows() const
{
    QList<QStringList> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_columns.size(); ++c)
            row << cell(r, c);
        out << row;
    }
    return out;
}

void RowTableEditor::addRow()
{
    {
        const QSignalBlocker block(m_table);
        appendRow(m_newRow ? m_newRow() : QStringList());
    }
    const int row = m_table->rowCount() - 1;
    // Start on the first empty text cell, so the user can type straight away.
    int column = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns[c].kind == Kind::Text && cell(row, c).isEmpty()) {
            column = c;
            break;
        }
    focusCell(row, column);
    Q_EMIT changed();
}

void RowTableEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), std::max(0, m_table->currentColumn()));
    updateButtons();
    Q_EMIT changed();
}

void RowTableEditor::moveCurrentRow(int delta)
{
    const int row = m_table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_table->rowCount())
        return;
    const int column = std::max(0, m_table->currentColumn());
    {
        const QSignalBlocker block(m_table);
        for (int c = 0; c < m_columns.size(); ++c) {
            QTableWidgetItem* a = m_table->takeItem(row, c);
            QTableWidgetItem* b = m_table->takeItem(target, c);
            m_table->setItem(row, c, b);
            m_table->setItem(target, c, a);
        }
    }
    m_table->setCurrentCell(target, column);
    if (m_wrap)
        m_table->resizeRowsToContents();
    Q_EMIT changed();
}

void RowTableEditor::focusCell(int row, int column)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->setCurrentCell(row, std::clamp(column, 0, int(m_columns.size()) - 1));
    m_table->scrollToItem(m_table->currentItem());
    m_table->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void RowTableEditor::updateButtons()
{
    const int row = m_table->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_table->rowCount() - 1);
}

} // namespace loket::ui
