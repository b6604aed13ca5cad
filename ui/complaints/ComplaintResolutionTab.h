#pragma once

#include "ComplaintTab.h"

class QButtonGroup;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace loket::ui {

// Resolution: one of the standard's three paths, the head of office's approval of APIP, and the
// level-by-level escalation with each level's written report.
class ComplaintResolutionTab : public ComplaintTab
{
    Q_OBJECT
public:
    explicit ComplaintResolutionTab(UiContext& ui, QWidget* parent = nullptr);
    void showComplaint(const Complaint& c) override;

    bool choosePath(const QString& key);
    bool approveApip();
    bool addLevel();
    bool recordUnresolved();

private:
    QWidget* unresolvedBox();

    QGroupBox* m_pathsBox;
    QVBoxLayout* m_pathsLayout;
    QButtonGroup* m_paths;
    QPushButton* m_choose;
    QLabel* m_approval;
    QLineEdit* m_approvalNote;
    QPushButton* m_approve;
    QTableWidget* m_levels;
    QLabel* m_nextLevel;
    QLineEdit* m_position;
    QLineEdit* m_officer;
    QDateEdit* m_reportedOn;
    QPlainTextEdit* m_report;
    QPushButton* m_addLevel;
    QLabel* m_unresolvedState;
    QLineEdit* m_unresolvedNote;
    QPushButton* m_unresolved;
};

} // namespace loket::ui
