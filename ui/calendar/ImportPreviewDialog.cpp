#include "ImportPreviewDialog.h"
#include "common/Dates.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
enum Column { ColDate, ColLayer, ColAction, ColBefore, ColAfter, ColCount };

QString entryText(const std::optional<CalendarEntry>& e)
{
    if (!e)
        return QStringLiteral("—");
    QString text = dayKindTitle(e->kind);
    if (!e->name.isEmpty())
        text += QStringLiteral(": ") + e->name;
    return text;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(const CalendarImportPreview& preview, const QString& fileName, QWidget* parent)
    : QDialog(parent), m_preview(preview)
{
    setObjectName(QStringLiteral("calendarImportPreview"));
    setWindowTitle(tr("Import preview"));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    int adds = 0, changes = 0, removes = 0;
    for (const CalendarDayChange& c : preview.changes) {
        if (c.action == CalendarDayChange::Action::Add)
            ++adds;
        else if (c.action == CalendarDayChange::Action::Change)
            ++changes;
        else
            ++removes;
    }
    QString text = tr("%1: %2 day(s) added, %3 changed, %4 removed.")
                       .arg(QFileInfo(fileName).fileName())
                       .arg(adds)
                       .arg(changes)
                       .arg(removes);
    if (!preview.confirmsYears.isEmpty()) {
        QStringList years;
        for (int y : preview.confirmsYears)
            years << QString::number(y);
        text += QLatin1Char(' ') + tr("Confirms the calendar of %1.").arg(years.join(QStringLiteral(", ")));
    }
    if (preview.isEmpty())
        text = tr("%1 changes nothing in the calendar.").arg(QFileInfo(fileName).fileName());
    summary->setText(text);
    layout->addWidget(summary);

    m_table = new QTableWidget(int(preview.changes.size()), ColCount, this);
    m_table->setObjectName(QStringLiteral("importChanges"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Layer"), tr("Change"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < preview.changes.size(); ++row) {
        const CalendarDayChange& c = preview.changes.at(row);
        const QString action = c.action == CalendarDayChange::Action::Add      ? tr("Add")
                               : c.action == CalendarDayChange::Action::Change ? tr("Change")
                                                                               : tr("Remove");
        const QColor tint = c.action == CalendarDayChange::Action::Add      ? QColor(0xe6, 0xf4, 0xea)
                            : c.action == CalendarDayChange::Action::Change ? QColor(0xff, 0xf4, 0xce)
                                                                            : QColor(0xfd, 0xe7, 0xe7);
        const QStringList cells{dates::shortDate(c.date), c.national ? tr("National") : tr("Office"), action,
                                entryText(c.before), entryText(c.after)};
        for (int col = 0; col < ColCount; ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setBackground(tint);
            m_table->setItem(row, col, item);
        }
    }
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setPlaceholderText(tr("e.g. SKB 3 Menteri of 2027"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply changes"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("importApply"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("importCancel"));
    cancel->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ImportPreviewDialog::updateButtons);
    updateButtons();
}

QString ImportPreviewDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ImportPreviewDialog::updateButtons()
{
    m_apply->setEnabled(!m_preview.isEmpty() && !reason().isEmpty());
}

QString ImportPreviewDialog::changeText(const CalendarDayChange& c)
{
    return QStringLiteral("%1: %2 → %3").arg(dates::shortDate(c.date), entryText(c.before), entryText(c.after));
}

} // namespace loket::ui
