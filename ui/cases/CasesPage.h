#pragma once

#include "cases/CaseQueries.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;

namespace loket::ui {

class CaseListModel;
class CaseScreen;
class UiContext;

// "Applications": the case list (lazy model, filters, search, clock state in colour) with a scan
// field where a barcode or QR scanner types a receipt's payload or a registration number and
// Enter opens the case. Enter on a row opens it too; Esc on the case screen comes back.
class CasesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CasesPage(UiContext& ui, QWidget* parent = nullptr);

    bool openCase(const QString& registrationNumber);
    // The list with these filters (a dashboard tile or row): the filter widgets show them, the
    // search is cleared and the list's order is kept.
    void showFiltered(const CaseFilter& filter);
    void showList();
    void applyFilters();
    CaseListModel* model() const { return m_model; }
    CaseScreen* caseScreen() const { return m_screen; }
    QLineEdit* scanField() const { return m_scan; }
    // The header's context menu: one check per column of the list (the registration number always
    // shows). The choice is kept in QSettings, local to this PC.
    QMenu* columnMenu();
    void setColumnShown(int column, bool shown);

private:
    QHBoxLayout* buildScanRow(QWidget* list);
    QGridLayout* buildFilters(QWidget* list);
    QTableView* buildTable(QWidget* list);
    void connectUpdates();
    void scanned();
    void reloadChoices();
    void updateCount();

    UiContext& m_ui;
    QStackedWidget* m_stack;
    QLineEdit* m_scan;
    QLineEdit* m_search;
    QComboBox* m_service;
    QComboBox* m_stage;
    QComboBox* m_clock;
    QComboBox* m_officer;
    QComboBox* m_workstation;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QTableView* m_table;
    CaseListModel* m_model;
    CaseScreen* m_screen;
    QTimer* m_searchDelay;
};

} // namespace loket::ui
