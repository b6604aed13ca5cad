#pragma once

#include "complaints/ComplaintFilter.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTableView;

namespace loket {
class Context;
}

namespace loket::ui {

class ComplaintRegisterModel;
class UiContext;

// The complaint register (buku register pengaduan) and the suggestion register: filters by
// period, channel, service, problem type, state and clock state; new complaints; open, print
// and export.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsPage(UiContext& ui, QWidget* parent = nullptr);

    ComplaintFilter currentFilter() const;
    ComplaintRegisterModel* model() const;
    QTableView* view() const { return m_view; }
    void showRegister(ComplaintKind kind); // switches the register tab
    void applyFilter();
    void newComplaint();
    void openComplaint(const QString& id);
    bool exportRegister(const QString& format); // "csv", "xlsx", "pdf"

private:
    QGridLayout* buildFilters();
    QTableView* buildRegisterView();
    QHBoxLayout* buildActions();
    void connectActions();
    // Widths from the rows shown (a register opened empty kept header-wide columns: "PGD…").
    void fitColumns();
    void switchRegister();
    void fillFilterChoices();
    void refreshPermissions();
    void openSelected();
    bool exportOffThread(const QString& title, const QString& file, const std::function<int(const Context&)>& write);

    UiContext& m_ui;
    QTabBar* m_registers;
    ComplaintRegisterModel* m_complaints;
    ComplaintRegisterModel* m_suggestions;
    QTableView* m_view;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_channel;
    QComboBox* m_service;
    QComboBox* m_problem;
    QComboBox* m_state;
    QComboBox* m_clock;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_print;
    QPushButton* m_csv;
    QPushButton* m_xlsx;
};

} // namespace loket::ui
