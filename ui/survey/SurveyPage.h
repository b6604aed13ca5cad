#pragma once

#include <QWidget>

class QTabWidget;

namespace loket::ui {

class UiContext;
class SurveyFormWidget;
class SurveyReportWidget;

// The satisfaction survey: entering paper forms at the counter, and the quarterly index.
class SurveyPage : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyPage(UiContext& ui, QWidget* parent = nullptr);

    SurveyFormWidget* form() const { return m_form; }
    SurveyReportWidget* report() const { return m_report; }

private:
    QTabWidget* m_tabs;
    SurveyFormWidget* m_form;
    SurveyReportWidget* m_report;
};

} // namespace loket::ui
