#pragma once

#include "ImportPreviewDialog.h"
#include "calendar/CalendarService.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace loket::ui {

class UiContext;
class YearView;

// The admin's working calendar: a year view with holidays and cuti bersama marked and named,
// editing a day with a reason, confirming a year, importing a JSON or .ics file with a preview,
// and the history of calendar versions.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarPage(UiContext& ui, QWidget* parent = nullptr);

    void reload();
    void showYear(int year);
    void selectDate(QDate date);
    // Parses the file and opens the preview (non-blocking); false when the file was refused.
    bool importFile(const QString& path);
    bool applySelectedDay();
    bool confirmShownYear();

    YearView* yearView() const { return m_view; }
    ImportPreviewDialog* importDialog() const { return m_dialog; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QHBoxLayout* buildHeader();
    QHBoxLayout* buildStatusRow();
    QVBoxLayout* buildYearColumn();
    QGroupBox* buildDayBox();
    QTabWidget* buildLists();
    void connectActions();
    void fitDayState();
    void fillDayEditor();
    void fillDayList();
    void fillHistory();
    void updateYearStatus();
    void updatePermissions();
    void applyImport();
    void chooseImportFile();
    bool change(const QString& failureTitle, const std::function<CalendarChangeResult(const Context&)>& call);
    void reportChange(const CalendarChangeResult& result);

    UiContext& m_ui;
    std::shared_ptr<const WorkingCalendar> m_calendar;

    QSpinBox* m_year;
    QLabel* m_yearStatus;
    QPushButton* m_confirmYear;
    QPushButton* m_import;
    YearView* m_view;
    QLabel* m_dayDate;
    QLabel* m_dayState;
    QComboBox* m_dayKind;
    QLineEdit* m_dayName;
    QLineEdit* m_dayReason;
    QPushButton* m_applyDay;
    QPushButton* m_clearOverride;
    QLabel* m_readOnlyHint;
    QTabWidget* m_tabs;
    QTableWidget* m_dayList;
    QTableWidget* m_history;
    QPointer<ImportPreviewDialog> m_dialog;
};

} // namespace loket::ui
