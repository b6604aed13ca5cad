#pragma once

#include "calendar/WorkingCalendar.h"

#include <QWidget>
#include <memory>

namespace loket::ui {

// Twelve month grids of one year, every day coloured by its kind (holiday, cuti bersama, office
// closure, declared working day, weekend) with its name as a tooltip. Clicking selects a day.
class YearView : public QWidget
{
    Q_OBJECT
public:
    explicit YearView(QWidget* parent = nullptr);

    void setCalendar(std::shared_ptr<const WorkingCalendar> calendar, int year);
    void setSelectedDate(QDate date);
    QDate selectedDate() const { return m_selected; }
    void setToday(QDate today);
    int year() const { return m_year; }

    QRect cellRect(QDate date) const;
    QDate dateAt(const QPoint& pos) const;

    static QColor background(DayKind kind);
    static QColor foreground(DayKind kind);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateSelected(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect monthRect(int month) const;
    int cellWidth() const;
    int cellHeight() const;

    std::shared_ptr<const WorkingCalendar> m_calendar;
    int m_year = 2026;
    QDate m_selected;
    QDate m_today;
};

} // namespace loket::ui
