#pragma once

#include "calendar/SlaClock.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace loket::ui {

// Shows one clock: the deadline, the working days left, the state as a coloured badge, a warning
// when the count crosses an unconfirmed calendar year, and (optionally) the ledger.
// Used by the case and complaint screens: call setResult() with SlaClock/ComplaintClock output.
class ClockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ClockWidget(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setResult(const ClockResult& result);
    void clear();
    void setLedgerVisible(bool visible);
    const ClockResult& result() const { return m_result; }

private:
    ClockResult m_result;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_due;
    QLabel* m_left;
    QLabel* m_warning;
    QTableWidget* m_ledger;
    bool m_ledgerWanted = true;
};

} // namespace loket::ui
