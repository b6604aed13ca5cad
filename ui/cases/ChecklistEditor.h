#pragma once

#include "cases/CaseRecord.h"
#include "catalog/ServiceStandard.h"

#include <QHash>
#include <QWidget>

class QTableWidget;
class QLabel;

namespace loket::ui {

// The requirement checklist of one standard version: each requirement valid, present (needs
// correction) or missing, with a note. Keyboard: arrows move between rows; the first letter of a
// status's label (S, P, T in Indonesian; V, P, M in English) or 1, 2, 3 sets the status of the
// current row; Tab reaches the note.
class ChecklistEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistEditor(QWidget* parent = nullptr);

    void setStandard(const ServiceStandard& standard);
    // Statuses and notes from an existing checklist (resubmission).
    void setItems(const QList<ChecklistItem>& items);
    QList<ChecklistItem> items() const;
    void setStatus(int row, ChecklistStatus status);
    // Warnings by requirement key (from core), shown on their lines; an empty map clears them.
    void setWarnings(const QHash<QString, QString>& byKey);
    int rowCount() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSummary();

    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace loket::ui
