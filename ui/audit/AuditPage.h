#pragma once

#include "audit/AuditTrail.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace loket::ui {

class AuditTableModel;
class UiContext;

// The audit trail for supervisors and admins: filters by record, officer, action and dates over a
// lazily loaded list, the selected entry in full, and a check of the hash chain.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(UiContext& ui, QWidget* parent = nullptr);
    static QString title();

    AuditFilter filter() const;
    AuditTableModel* model() const { return m_model; }

public Q_SLOTS:
    void apply();
    void clearFilter();
    // Checks the chain and shows the result; returns whether it is intact.
    bool verify();
    // Shows only the entries of this record.
    void showRecord(const QString& recordId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QHBoxLayout* buildHeader();
    QGridLayout* buildFilters();
    QSplitter* buildTable();
    void connectUpdates();
    void reloadActors();
    void showDetail();
    void selectEntry(qint64 seq);
    void updateCount();

    UiContext& m_ui;
    QLineEdit* m_record;
    QComboBox* m_actor;
    QLineEdit* m_action;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_apply;
    QPushButton* m_verify;
    QLabel* m_result;
    QLabel* m_count;
    QTableView* m_table;
    QPlainTextEdit* m_detail;
    AuditTableModel* m_model;
};

} // namespace loket::ui
