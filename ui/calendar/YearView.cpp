#include "YearView.h"
#include "common/Dates.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace loket::ui {

namespace {
constexpr int kColumns = 4;
constexpr int kRows = 3;
constexpr int kMargin = 10;
constexpr int kTitle = 22;
constexpr int kHeader = 18;
} // namespace

YearView::YearView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarYearView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void YearView::setCalendar(std::shared_ptr<const WorkingCalendar> calendar, int year)
{
    m_calendar = std::move(calendar);
    m_year = year;
    if (m_selected.isValid() && m_selected.year() != year)
        m_selected = QDate(year, m_selected.month(), std::min(m_selected.day(), QDate(year, m_selected.month(), 1).daysInMonth()));
    update();
}

void YearView::setSelectedDate(QDate date)
{
    if (!date.isValid() || date == m_selected)
        return;
    m_selected = date;
    update();
    Q_EMIT dateSelected(date);
}

void YearView::setToday(QDate today)
{
    m_today = today;
    update();
}

QColor YearView::background(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday: return QColor(0xff, 0xff, 0xff);
    case DayKind::Weekend: return QColor(0xe9, 0xec, 0xef);
    case DayKind::NationalHoliday: return QColor(0xc6, 0x28, 0x28);
    case DayKind::CutiBersama: return QColor(0xf5, 0xa6, 0x23);
    case DayKind::LocalClosure: return QColor(0x6a, 0x3d, 0x9a);
    case DayKind::WorkingOverride: return QColor(0x2e, 0x7d, 0x32);
    }
    return Qt::white;
}

QColor YearView::foreground(DayKind kind)
{
    switch (kind) {
    case DayKind::Workday: return QColor(0x1f, 0x29, 0x37);
    case DayKind::Weekend: return QColor(0x6b, 0x72, 0x80);
    case DayKind::CutiBersama: return QColor(0x3d, 0x24, 0x00);
    default: return Qt::white;
    }
}

int YearView::cellWidth() const
{
    return std::max(22, (width() - kMargin * (kColumns + 1)) / (kColumns * 7));
}

int YearView::cellHeight() const
{
    const int monthHeight = (height() - kMargin * (kRows + 1)) / kRows;
    return std::clamp((monthHeight - kTitle - kHeader) / 6, 16, 30);
}

QSize YearView::sizeHint() const
{
    return {kColumns * 7 * 30 + kMargin * (kColumns + 1), kRows * (kTitle + kHeader + 6 * 24) + kMargin * (kRows + 1)};
}

QSize YearView::minimumSizeHint() const
{
    return {kColumns * 7 * 22 + kMargin * (kColumns + 1), kRows * (kTitle + kHeader + 6 * 16) + kMargin * (kRows + 1)};
}

QRect YearView::monthRect(int month) const
{
    const int col = (month - 1) % kColumns;
    const int row = (month - 1) / kColumns;
    const int w = cellWidth() * 7;
    const int h = kTitle + kHeader + cellHeight() * 6;
    const int spareX = std::max(0, width() - (w * kColumns + kMargin * (kColumns + 1))) / 2;
    return {spareX + kMargin + col * (w + kMargin), kMargin + row * (h + kMargin), w, h};
}

QRect YearView::cellRect(QDate date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const QRect m = monthRect(date.month());
    const int firstOffset = QDate(m_year, date.month(), 1).dayOfWeek() - 1; // Monday first
    const int index = firstOffset + date.day() - 1;
    return {m.left() + (index % 7) * cellWidth(), m.top() + kTitle + kHeader + (index / 7) * cellHeight(), cellWidth(),
            cellHeight()};
}

QDate YearView::dateAt(const QPoint& pos) const
{
    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month);
        if (!m.contains(pos))
            continue;
        const int y = pos.y() - m.top() - kTitle - kHeader;
        if (y < 0)
            return {};
        const int index = (y / cellHeight()) * 7 + (pos.x() - m.left()) / cellWidth();
        const int day = index - (QDate(m_year, month, 1).dayOfWeek() - 1) + 1;
        const QDate d(m_year, month, 1);
        return day >= 1 && day <= d.daysInMonth() ? QDate(m_year, month, day) : QDate();
    }
    return {};
}

void YearView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, false);
    const QLocale locale;
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);

    for (int month = 1; month <= 12; ++month) {
        const QRect m = monthRect(month);
        p.setFont(titleFont);
        p.setPen(palette().text().color());
        p.drawText(QRect(m.left(), m.top(), m.width(), kTitle), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.standaloneMonthName(month, QLocale::LongFormat));
        p.setFont(small);
        for (int dow = 1; dow <= 7; ++dow) {
            p.setPen(dow >= 6 ? QColor(0x9a, 0x3b, 0x3b) : QColor(0x55, 0x5f, 0x6d));
            p.drawText(QRect(m.left() + (dow - 1) * cellWidth(), m.top() + kTitle, cellWidth(), kHeader), Qt::AlignCenter,
                       locale.standaloneDayName(dow, QLocale::NarrowFormat));
        }
        p.setFont(font());
        const QDate first(m_year, month, 1);
        for (int day = 1; day <= first.daysInMonth(); ++day) {
            const QDate d(m_year, month, day);
            const DayKind kind = m_calendar ? m_calendar->info(d).kind
                                            : (d.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::Workday);
            const QRect c = cellRect(d).adjusted(1, 1, -1, -1);
            p.fillRect(c, background(kind));
            if (kind == DayKind::Workday) {
                p.setPen(QColor(0xe2, 0xe6, 0xea));
                p.drawRect(c.adjusted(0, 0, -1, -1));
            }
            p.setPen(foreground(kind));
            p.drawText(c, Qt::AlignCenter, QString::number(day));
            if (d == m_today) {
                p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 1, Qt::DashLine));
                p.drawRect(c.adjusted(1, 1, -2, -2));
            }
            if (d == m_selected) {
                p.setPen(QPen(QColor(0x1e, 0x63, 0xd6), 2));
                p.drawRect(c.adjusted(0, 0, -1, -1));
            }
        }
    }
}

void YearView::mousePressEvent(QMouseEvent* event)
{
    const QDate d = dateAt(event->position().toPoint());
    if (d.isValid())
        setSelectedDate(d);
    setFocus(Qt::MouseFocusReason);
}

void YearView::keyPressEvent(QKeyEvent* event)
{
    if (!m_selected.isValid()) {
        QWidget::keyPressEvent(event);
        return;
    }
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left: step = -1; break;
    case Qt::Key_Right: step = 1; break;
    case Qt::Key_Up: step = -7; break;
    case Qt::Key_Down: step = 7; break;
    default: QWidget::keyPressEvent(event); return;
    }
    const QDate next = m_selected.addDays(step);
    if (next.year() == m_year)
        setSelectedDate(next);
}

bool YearView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QDate d = dateAt(help->pos());
        if (d.isValid() && m_calendar) {
            const DayInfo info = m_calendar->info(d);
            QString text = dates::longDate(d) + QStringLiteral("\n") + dayKindTitle(info.kind);
            if (!info.name.isEmpty())
                text += QStringLiteral(": ") + info.name;
            if (!info.reason.isEmpty())
                text += QStringLiteral("\n") + info.reason;
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace loket::ui
