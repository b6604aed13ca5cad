#include "ChecklistEditor.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
enum Column { ColKey, ColText, ColStatus, ColNote, ColCount };

const QList<ChecklistStatus>& statuses()
{
    static const QList<ChecklistStatus> list{ChecklistStatus::Valid, ChecklistStatus::Present, ChecklistStatus::Missing};
    return list;
}

// The key that sets a status: the first letter of its label in the language in use.
QChar statusLetter(ChecklistStatus s)
{
    const QString title = checklistStatusTitle(s);
    return title.isEmpty() ? QChar() : title.at(0).toUpper();
}

QString statusColour(ChecklistStatus s)
{
    switch (s) {
    case ChecklistStatus::Valid: return QStringLiteral("#e6f4ea");
    case ChecklistStatus::Present: return QStringLiteral("#fff4ce");
    case ChecklistStatus::Missing: return QStringLiteral("#fde7e9");
    }
    return {};
}
} // namespace

ChecklistEditor::ChecklistEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checklistEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColCount, this);
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Requirement"), tr("Status"), tr("Note")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setDefaultSectionSize(40); // two lines of requirement text
    m_table->horizontalHeader()->setSectionResizeMode(ColKey, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColText, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ColStatus, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColNote, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ColNote, 240);
    m_table->installEventFilter(this);
    QStringList keys;
    for (ChecklistStatus s : statuses())
        keys << QStringLiteral("%1: %2").arg(statusLetter(s), checklistStatusTitle(s));
    m_table->setToolTip(keys.join(QStringLiteral(" · ")));
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    layout->addWidget(m_summary);
}

void ChecklistEditor::setWarnings(const QHash<QString, QString>& byKey)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* key = m_table->item(row, ColKey);
        QTableWidgetItem* text = m_table->item(row, ColText);
        if (!key || !text)
            continue;
        const QString warning = byKey.value(key->data(Qt::UserRole).toString());
        const QString base = text->data(Qt::UserRole).isValid() ? text->data(Qt::UserRole).toString() : text->text();
        text->setData(Qt::UserRole, base);
        text->setText(warning.isEmpty() ? base : QStringLiteral("⚠ ") + base);
        text->setToolTip(warning.isEmpty() ? base : base + QStringLiteral("\n\n") + warning);
        text->setForeground(warning.isEmpty() ? QBrush() : QBrush(QColor(QStringLiteral("#9a3412"))));
        text->setData(Qt::AccessibleDescriptionRole, warning);
    }
}

void ChecklistEditor::setStandard(const ServiceStandard& standard)
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(standard.requirements.size()));
    for (int row = 0; row < standard.requirements.size(); ++row) {
        const Requirement& r = standard.requirements[row];
        auto* key = new QTableWidgetItem(r.key);
        key->setData(Qt::UserRole, r.key);
        m_table->setItem(row, ColKey, key);
        auto* text = new QTableWidgetItem(r.text);
        text->setToolTip(r.text);
        m_table->setItem(row, ColText, text);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("status_%1").arg(r.key));
        for (ChecklistStatus s : statuses())
            combo->addItem(checklistStatusTitle(s), checklistStatusKey(s));
        combo->setCurrentIndex(2); // missing until the officer has seen the document
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] {
            setStatus(row, statuses().at(qobject_cast<QComboBox*>(m_table->cellWidget(row, ColStatus))->currentIndex()));
        });
        m_table->setCellWidget(row, ColStatus, combo);
        auto* note = new QLineEdit(m_table);
        note->setObjectName(QStringLiteral("note_%1").arg(r.key));
        note->setPlaceholderText(tr("What must be corrected"));
        connect(note, &QLineEdit::textChanged, this, &ChecklistEditor::changed);
        m_table->setCellWidget(row, ColNote, note);
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        setStatus(row, ChecklistStatus::Missing);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateSummary();
}

void ChecklistEditor::setItems(const QList<ChecklistItem>& items)
{
    for (const ChecklistItem& item : items) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, ColKey)->data(Qt::UserRole).toString() != item.requirementKey)
                continue;
            setStatus(row, item.status);
            qobject_cast<QLineEdit*>(m_table->cellWidget(row, ColNote))->setText(item.note);
        }
    }
}

int ChecklistEditor::rowCount() const
{
    return m_table->rowCount();
}

void ChecklistEditor::setStatus(int row, ChecklistStatus status)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    auto* combo = qobject_cast<QComboBox*>(m_table->cellWidget(row, ColStatus));
    const int index = int(statuses().indexOf(status));
    if (combo->currentIndex() != index) {
        combo->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    const QColor colour(statusColour(status));
    for (int col : {ColKey, ColText})
        m_table->item(row, col)->setBackground(colour);
    combo->setStyleSheet(QStringLiteral("QComboBox { background: %1; }").arg(statusColour(status)));
    updateSummary();
    Q_EMIT changed();
}

QList<ChecklistItem> ChecklistEditor::items() const
{
    QList<ChecklistItem> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ChecklistItem item;
        item.requirementKey = m_table->item(row, ColKey)->data(Qt::UserRole).toString();
        const QTableWidgetItem* text = m_table->item(row, ColText);
        item.requirementText = text->data(Qt::UserRole).isValid() ? text->data(Qt::UserRole).toString() : text->text();
        item.status = statuses().at(qobject_cast<QComboBox*>(m_table->cellWidget(row, ColStatus))->currentIndex());
        item.note = qobject_cast<QLineEdit*>(m_table->cellWidget(row, ColNote))->text().trimmed();
        out.append(item);
    }
    return out;
}

void ChecklistEditor::updateSummary()
{
    int valid = 0;
    int unmet = 0;
    for (const ChecklistItem& item : items())
        (item.status == ChecklistStatus::Valid ? valid : unmet) += 1;
    m_summary->setText(unmet == 0 && valid > 0
                           ? tr("All %n requirement(s) valid: the file is complete and correct.", nullptr, valid)
                           : tr("%n requirement(s) not valid: the file will be returned with a return slip.", nullptr,
                                unmet));
    m_summary->setStyleSheet(unmet == 0 && valid > 0 ? QStringLiteral("color: #1a7f37; font-weight: bold;")
                                                     : QStringLiteral("color: #b35900; font-weight: bold;"));
}

bool ChecklistEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_table->currentRow();
        std::optional<ChecklistStatus> status;
        switch (key->key()) {
        case Qt::Key_1:
            status = ChecklistStatus::Valid;
            break;
        case Qt::Key_2:
            status = ChecklistStatus::Present;
            break;
        case Qt::Key_3: status = ChecklistStatus::Missing; break;
        default:
            // The letter is the first of the label the officer reads (Sah / Perlu perbaikan /
            // Tidak ada in Indonesian), so keys and labels never disagree.
            for (ChecklistStatus s : statuses())
                if (!key->text().isEmpty() && key->text().at(0).toUpper() == statusLetter(s))
                    status = s;
            break;
        }
        if (status && row >= 0 && key->modifiers() == Qt::NoModifier) {
            setStatus(row, *status);
            if (*status == ChecklistStatus::Present)
                m_table->cellWidget(row, ColNote)->setFocus();
            else if (row + 1 < m_table->rowCount())
                m_table->selectRow(row + 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace loket::ui
