#pragma once

#include "cases/CaseRequests.h"
#include "catalog/ServiceStandard.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace loket::ui {

class ApplicantForm;
class BusinessForm;
class ChecklistEditor;
class UiContext;

// "New application": a keyboard-first intake in four steps (service, applicant, business,
// requirement checklist with scanned documents) and the result with its receipt.
// Enter or Ctrl+Enter goes on, Alt+B goes back; Enter on the result prints the receipt.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    enum Step { ServiceStep, ApplicantStep, BusinessStep, ChecklistStep, ResultStep };

    explicit IntakePage(UiContext& ui, QWidget* parent = nullptr);

    int step() const;
    const IntakeResult& lastResult() const { return m_result; }

public Q_SLOTS:
    void startNew();
    void next();
    void back();
    bool submit();
    void printReceipt();

Q_SIGNALS:
    void openCaseRequested(const QString& registrationNumber);

private:
    // Checks the applicant or business step as registration will, before "Next".
    bool stepIsValid(int step);
    QWidget* buildServiceStep();
    QWidget* buildChecklistStep();
    QWidget* buildResultStep();
    void goTo(int step);
    void reloadServices();
    void filterServices(const QString& text);
    bool chooseService();
    void addDocument();
    void showResult();
    // Reads the result's case again (another officer, a change elsewhere): shows it as it is now.
    void reloadResult();

    UiContext& m_ui;
    QStackedWidget* m_steps;
    QLabel* m_stepTitle;
    QPushButton* m_back;
    QPushButton* m_next;
    // service step
    QLineEdit* m_serviceFilter;
    QListWidget* m_services;
    QList<ServiceStandard> m_standards;
    ServiceStandard m_standard;
    ApplicantForm* m_applicant;
    BusinessForm* m_business;
    // checklist step
    QLabel* m_serviceLabel;
    ChecklistEditor* m_checklist;
    QListWidget* m_documents;
    QLineEdit* m_note;
    QList<DocumentUpload> m_uploads;
    // result step
    QLabel* m_resultTitle;
    QLabel* m_resultText;
    QPushButton* m_print;
    QPushButton* m_open;
    QPushButton* m_new;
    IntakeResult m_result;
};

} // namespace loket::ui
