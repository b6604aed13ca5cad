#pragma once

#include "survey/SurveyIndex.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QPushButton;
class QPagedPaintDevice;

namespace QtCharts {
}
class QChartView;

namespace loket::ui {

class UiContext;

// The satisfaction index of a survey period (as often as the standard asks): NRR per element as a table and a chart,
// IKM and its grade.
class SurveyReportWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyReportWidget(UiContext& ui, QWidget* parent = nullptr);

    void refresh();
    QString period() const;
    const SurveyIndex& current() const { return m_index; }
    bool exportPdf(const QString& file);

private:
    void paintReport(QPagedPaintDevice& device);
    void fillPeriods();

    UiContext& m_ui;
    QSpinBox* m_year;
    QComboBox* m_period;
    QLineEdit* m_service;
    QLabel* m_ikm;
    QLabel* m_summary;
    QTableWidget* m_table;
    QChartView* m_chart;
    QPushButton* m_pdf;
    SurveyIndex m_index;
};

} // namespace loket::ui
