#pragma once

#include "calendar/CalendarService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace loket::ui {

// Shows what a calendar file would change (added, changed, removed days; years it confirms)
// and asks for the reason before the page applies it. Nothing is written by the dialog.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPreviewDialog(const CalendarImportPreview& preview, const QString& fileName, QWidget* parent = nullptr);

    const CalendarImportPreview& preview() const { return m_preview; }
    QString reason() const;

    static QString changeText(const CalendarDayChange& change);

private:
    void updateButtons();

    CalendarImportPreview m_preview;
    QTableWidget* m_table;
    QLineEdit* m_reason;
    QPushButton* m_apply;
};

} // namespace loket::ui
