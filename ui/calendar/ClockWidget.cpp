#include "ClockWidget.h"
#include "common/Dates.h"

#include "calendar/ClockStateText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {

enum LedgerColumn { ColEvent, ColFrom, ColTo, ColDays, ColNote, ColCount };

QString longDate(QDate d)
{
    return d.isValid() ? dates::longDate(d) : QString();
}

QString shortDate(QDate d)
{
    return d.isValid() ? dates::shortDate(d) : QString();
}

} // namespace

ClockWidget::ClockWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("clockWidget"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* head = new QHBoxLayout;
    m_title = new QLabel(tr("Completion deadline"), this);
    m_title->setObjectName(QStringLiteral("clockTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("clockState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumWidth(110);
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_state);
    layout->addLayout(head);

    auto* figures = new QVBoxLayout;
    figures->setSpacing(2);
    m_due = new QLabel(this);
    m_due->setObjectName(QStringLiteral("clockDue"));
    m_due->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_due->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_due->setFont(big);
    m_left = new QLabel(this);
    m_left->setObjectName(QStringLiteral("clockLeft"));
    m_left->setWordWrap(true);
    figures->addWidget(m_due);
    figures->addWidget(m_left);
    layout->addLayout(figures);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("clockWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel#clockWarning { background: #fff4ce; color: #5c4400; border: 1px solid #e0c25c;"
        " border-radius: 3px; padding: 4px 6px; }"));
    m_warning->hide();
    layout->addWidget(m_warning);

    m_ledger = new QTableWidget(0, ColCount, this);
    m_ledger->setObjectName(QStringLiteral("clockLedger"));
    m_ledger->setHorizontalHeaderLabels({tr("Event"), tr("Day 0 / date"), tr("Counted to"), tr("Working days"), tr("Note")});
    m_ledger->verticalHeader()->hide();
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->setSelectionMode(QAbstractItemView::NoSelection);
    m_ledger->setFocusPolicy(Qt::NoFocus);
    m_ledger->setWordWrap(false);
    m_ledger->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ledger->horizontalHeader()->setStretchLastSection(true);
    m_ledger->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_ledger->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_ledger);
    layout->addStretch(1);

    clear();
}

void ClockWidget::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ClockWidget::setLedgerVisible(bool visible)
{
    m_ledgerWanted = visible;
    m_ledger->setVisible(visible && !m_result.ledger.isEmpty());
}

void ClockWidget::clear()
{
    setResult(ClockResult{});
}

void ClockWidget::setResult(const ClockResult& result)
{
    m_result = result;
    const QString colour = ClockStateText::colour(result.state);
    QString state = ClockStateText::title(result.state);
    if (result.paused)
        state = tr("Paused");
    m_state->setText(state);
    m_state->setStyleSheet(QStringLiteral("QLabel#clockState { background: %1; color: white; border-radius: 9px;"
                                          " padding: 2px 10px; font-weight: bold; }")
                               .arg(result.paused ? QStringLiteral("#5f6b7a") : colour));
    m_state->setToolTip(ClockStateText::title(result.state));

    if (result.state == ClockState::NotStarted) {
        m_due->setText(tr("No deadline yet"));
        m_left->setText(tr("The clock starts when the complete file is received."));
    } else {
        const QString due = result.paused ? tr("Due %1 if resubmitted today").arg(longDate(result.dueDate))
                                          : tr("Due %1").arg(longDate(result.dueDate));
        m_due->setText(due);
        m_due->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        QString left = ClockStateText::daysLeftText(result);
        if (result.stoppedOn.isValid())
            left += QStringLiteral(" · ") + tr("stopped %1").arg(shortDate(result.stoppedOn));
        left += QStringLiteral(" · ") + tr("budget %1 working days").arg(result.budget);
        m_left->setText(left);
    }
    m_warning->setText(tr("The calendar of a year this deadline crosses is not confirmed yet: the due date counts "
                          "only the holidays known so far and may move."));
    m_warning->setVisible(result.dueInUnconfirmedYear);

    m_ledger->setRowCount(int(result.ledger.size()));
    for (int row = 0; row < result.ledger.size(); ++row) {
        const LedgerLine& l = result.ledger.at(row);
        const bool span = l.type == ClockEvent::Type::Start || l.type == ClockEvent::Type::Resume
                          || l.type == ClockEvent::Type::Restart;
        auto set = [&](int col, const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            m_ledger->setItem(row, col, item);
        };
        set(ColEvent, ClockStateText::eventTitle(l.type));
        set(ColFrom, shortDate(l.from));
        set(ColTo, span ? shortDate(l.to) : QString());
        set(ColDays, span ? QString::number(l.workingDaysConsumed) : QString(), Qt::AlignRight | Qt::AlignVCenter);
        set(ColNote, SlaClock::lineNote(l));
        m_ledger->item(row, ColNote)->setToolTip(SlaClock::lineNote(l));
    }
    // As tall as its rows (long histories scroll inside the table).
    int height = m_ledger->horizontalHeader()->sizeHint().height() + 2 * m_ledger->frameWidth() + 2;
    for (int row = 0; row < m_ledger->rowCount(); ++row)
        height += m_ledger->rowHeight(row);
    // Room for a sideways scroll bar on a narrow screen, so it never covers the last line.
    height += m_ledger->horizontalScrollBar()->sizeHint().height();
    m_ledger->setFixedHeight(std::min(height, 320));
    m_ledger->setVisible(m_ledgerWanted && !result.ledger.isEmpty());
}

} // namespace loket::ui
