#pragma once

#include "ComplaintTab.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace loket::ui {

// Review of a complaint: classification by service/sector and problem type, the standard's
// review steps as a checklist with notes and dates, the handling plan and the clarification.
class ComplaintReviewTab : public ComplaintTab
{
    Q_OBJECT
public:
    explicit ComplaintReviewTab(UiContext& ui, QWidget* parent = nullptr);
    void showComplaint(const Complaint& c) override;

    bool saveClassification();
    bool recordStep(bool done);
    bool savePlan();
    bool recordClarification();

private:
    QGroupBox* buildClassificationBox();
    QGroupBox* buildStepsBox();
    QGroupBox* buildPlanBox();
    QGroupBox* buildClarificationBox();
    void selectStep();

    QLabel* m_next;
    QLabel* m_stepReason;
    QLineEdit* m_sector;
    QComboBox* m_problemType;
    QLineEdit* m_problemOther;
    QPushButton* m_saveClass;
    QTableWidget* m_steps;
    QDateEdit* m_stepDate;
    QPlainTextEdit* m_stepNote;
    QPushButton* m_stepDone;
    QPushButton* m_stepReopen;
    QCheckBox* m_planClarification;
    QCheckBox* m_planConfirmation;
    QCheckBox* m_planResearch;
    QCheckBox* m_planInvestigation;
    QPushButton* m_savePlan;
    QLineEdit* m_clarWith;
    QDateEdit* m_clarDate;
    QPushButton* m_saveClar;
};

} // namespace loket::ui
