#include "SurveyPage.h"

#include "SurveyFormWidget.h"
#include "SurveyReportWidget.h"
#include "common/UiContext.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace loket::ui {

SurveyPage::SurveyPage(UiContext& ui, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Satisfaction survey (SKM)</h2>"), this));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    m_form = new SurveyFormWidget(ui, m_tabs);
    m_report = new SurveyReportWidget(ui, m_tabs);
    m_tabs->addTab(m_report, tr("Quarterly index"));
    m_tabs->addTab(m_form, tr("Enter a form"));
    layout->addWidget(m_tabs, 1);
    connect(m_form, &SurveyFormWidget::recorded, m_report, &SurveyReportWidget::refresh);
}

} // namespace loket::ui
