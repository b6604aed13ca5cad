#include "SurveyReportWidget.h"

#include "common/BackgroundWrite.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"
#include "survey/SurveyService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace loket::ui {

namespace {
// The sample sentence, orange while the survey has fewer respondents than the sample needs.
QString sampleHtml(const SurveyIndex& index)
{
    const QString text = index.sampleText().toHtmlEscaped();
    if (text.isEmpty() || index.sampleEnough())
        return text;
    return QStringLiteral("<span style='color:#b35900'>%1</span>").arg(text);
}

QString gradeColour(const QString& grade)
{
    if (grade == QLatin1String("A"))
        return QStringLiteral("#1b7f3b");
    if (grade == QLatin1String("B"))
        return QStringLiteral("#2e6da4");
    if (grade == QLatin1String("C"))
        return QStringLiteral("#c77c02");
    return QStringLiteral("#b02a2a");
}
} // namespace

SurveyReportWidget::SurveyReportWidget(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    const QDate today = ui.context().clock().today();
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("surveyYear"));
    m_year->setRange(2020, 2100);
    m_year->setValue(today.year());
    // The periods follow the standard's surveys per year (quarters for 4, semesters for 2, ...).
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("surveyPeriod"));
    fillPeriods();
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("surveyReportService"));
    m_service->setPlaceholderText(tr("All services"));
    m_service->setMaximumWidth(140);
    m_pdf = new QPushButton(tr("Save as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("surveyPdf"));
    bar->addWidget(new QLabel(tr("Year"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("Service (KBLI)"), this));
    bar->addWidget(m_service);
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    layout->addLayout(bar);

    m_ikm = new QLabel(this);
    m_ikm->setObjectName(QStringLiteral("surveyIkm"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("surveySummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_ikm);
    layout->addWidget(m_summary);

    auto* body = new QHBoxLayout;
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("surveyTable"));
    m_table->setHorizontalHeaderLabels({tr("Element"), tr("Name"), tr("NRR"), tr("NRR × 1/9")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("surveyChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumWidth(420);
    body->addWidget(m_table, 3);
    body->addWidget(m_chart, 2);
    layout->addLayout(body, 1);

    connect(m_year, qOverload<int>(&QSpinBox::valueChanged), this, [this] {
        fillPeriods();
        refresh();
    });
    connect(m_period, qOverload<int>(&QComboBox::currentIndexChanged), this, &SurveyReportWidget::refresh);
    connect(m_service, &QLineEdit::editingFinished, this, &SurveyReportWidget::refresh);
    connect(&m_ui, &UiContext::actorChanged, this, &SurveyReportWidget::refresh);
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString file = Prompter::instance().saveFile(this, tr("Save the survey report"),
                                                           QStringLiteral("ikm-%1.pdf").arg(period()), tr("PDF (*.pdf)"));
        if (!file.isEmpty())
            exportPdf(file);
    });
    refresh();
}

QString SurveyReportWidget::period() const
{
    return m_period->currentData().toString();
}

// The periods of the chosen year; today's period when the year is this year, else the same place.
void SurveyReportWidget::fillPeriods()
{
    const QSignalBlocker block(m_period);
    const int before = m_period->currentIndex();
    const QDate today = m_ui.context().clock().today();
    m_period->clear();
    for (const SurveyPeriod& p : SurveyService::periodsOfYear(m_ui.database(), m_year->value()))
        m_period->addItem(p.title, p.key);
    const int current = m_period->findData(SurveyService::periodFor(m_ui.database(), today));
    m_period->setCurrentIndex(current >= 0 ? current : std::clamp(before, 0, m_period->count() - 1));
}

void SurveyReportWidget::refresh()
{
    if (!m_ui.actor().can(Permission::ViewReports)) {
        m_index = SurveyIndex();
        m_ikm->setText(tr("<i>The index is shown to supervisors and the head of office.</i>"));
        m_summary->clear();
        m_table->setRowCount(0);
        m_chart->setChart(new QChart);
        m_pdf->setEnabled(false);
        return;
    }
    try {
        m_index = SurveyService::index(m_ui.context(), period(), m_service->text().trimmed());
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Satisfaction survey"), e.message());
        return;
    }
    m_pdf->setEnabled(m_index.respondents > 0);
    if (m_index.respondents == 0) {
        m_ikm->setText(tr("<h3>No survey forms for %1 yet.</h3>").arg(period()));
        m_summary->setText(tr("The standard asks for a satisfaction survey %1 times a year.")
                               .arg(SurveyService::surveysPerYear(m_ui.database())) +
                           QLatin1Char(' ') + m_index.sampleText());
    } else {
        m_ikm->setText(tr("<h2 style='color:%1'>IKM %2 — %3 (%4)</h2>")
                           .arg(gradeColour(m_index.grade))
                           .arg(QLocale().toString(m_index.ikm, 'f', 2), m_index.grade, m_index.gradeLabel));
        m_summary->setText(tr("%1 respondents in %2. Index %3 on the 1–4 scale (weights 1/9). "
                              "With the 0.11 weights many spreadsheets use, the IKM would read %4.")
                               .arg(m_index.respondents)
                               .arg(period(), QLocale().toString(m_index.index, 'f', 3),
                                    QLocale().toString(m_index.ikmRounded011, 'f', 2)) +
                           QStringLiteral("<br>") + sampleHtml(m_index));
    }
    m_table->setRowCount(int(m_index.elements.size()));
    auto* set = new QBarSet(tr("NRR"));
    QStringList categories;
    for (int i = 0; i < m_index.elements.size(); ++i) {
        const auto& e = m_index.elements[i];
        m_table->setItem(i, 0, new QTableWidgetItem(e.key));
        m_table->setItem(i, 1, new QTableWidgetItem(e.name));
        m_table->setItem(i, 2, new QTableWidgetItem(QLocale().toString(e.nrr, 'f', 3)));
        m_table->setItem(i, 3, new QTableWidgetItem(QLocale().toString(e.weightedNrr, 'f', 3)));
        *set << e.nrr;
        categories << e.key;
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Average score per element (NRR)"));
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 4);
    y->setTickCount(5);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setChart(chart);
}

bool SurveyReportWidget::exportPdf(const QString& file)
{
    // Painted here into memory (it reads the office's settings); written whole on a worker thread
    // while the report shows it is busy, owner-only and under its name only when complete.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(150);
        pdf.setTitle(tr("Satisfaction index %1").arg(period()));
        paintReport(pdf);
    }
    const QByteArray bytes = buffer.data();
    m_pdf->setEnabled(false);
    setCursor(Qt::BusyCursor);
    const QString error = writeFileOffThread(file, bytes);
    unsetCursor();
    m_pdf->setEnabled(m_index.respondents > 0);
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, tr("Save the survey report"), error);
        return false;
    }
    return true;
}

void SurveyReportWidget::paintReport(QPagedPaintDevice& device)
{
    QPainter p(&device);
    const int w = device.width();
    const int margin = 90;
    int y = margin;
    QFont title(QStringLiteral("DejaVu Sans"), 15, QFont::Bold);
    QFont body(QStringLiteral("DejaVu Sans"), 10);
    p.setFont(title);
    const QString office = SettingsRepository(m_ui.database()).value(QStringLiteral("office.name"));
    p.drawText(QRect(margin, y, w - 2 * margin, 60), Qt::AlignLeft | Qt::TextWordWrap, office);
    y += 60;
    p.drawText(QRect(margin, y, w - 2 * margin, 60), Qt::AlignLeft,
               tr("Community satisfaction index (IKM) %1").arg(period()));
    y += 80;
    p.setFont(body);
    const int line = 34;
    p.drawText(margin, y, tr("Respondents: %1").arg(m_index.respondents));
    y += line;
    if (!m_index.sampleText().isEmpty()) {
        p.drawText(QRect(margin, y - line + 8, w - 2 * margin, line * 2), Qt::AlignLeft | Qt::TextWordWrap,
                   m_index.sampleText());
        y += line * 2;
    }
    p.drawText(margin, y, tr("Service: %1").arg(m_service->text().isEmpty() ? tr("all services") : m_service->text()));
    y += line * 2;
    const int col[] = {margin, margin + 140, w - margin - 360, w - margin - 160};
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 10, QFont::Bold));
    p.drawText(col[0], y, tr("Element"));
    p.drawText(col[1], y, tr("Name"));
    p.drawText(col[2], y, tr("NRR"));
    p.drawText(col[3], y, tr("NRR × 1/9"));
    y += 12;
    p.drawLine(margin, y, w - margin, y);
    y += line;
    p.setFont(body);
    for (const auto& e : m_index.elements) {
        p.drawText(col[0], y, e.key);
        p.drawText(col[1], y, e.name);
        p.drawText(col[2], y, QLocale().toString(e.nrr, 'f', 3));
        p.drawText(col[3], y, QLocale().toString(e.weightedNrr, 'f', 3));
        // A bar scaled to the 1..4 score.
        y += 8;
        p.fillRect(QRect(col[1], y, int((w - margin - col[1]) * e.nrr / 4.0), 8), QColor(QStringLiteral("#2e6da4")));
        y += line;
    }
    y += line;
    p.setFont(title);
    p.setPen(QColor(gradeColour(m_index.grade)));
    p.drawText(margin, y, tr("IKM %1 — %2 (%3)")
                              .arg(QLocale().toString(m_index.ikm, 'f', 2), m_index.grade, m_index.gradeLabel));
    p.setPen(Qt::black);
    y += line * 2;
    p.setFont(body);
    p.drawText(QRect(margin, y, w - 2 * margin, 200), Qt::TextWordWrap,
               tr("IKM = (sum of NRR × 1/9) × 25 (PermenPANRB 14/2017). Grades: A 88.31–100 Very good; "
                  "B 76.61–88.30 Good; C 65.00–76.60 Less than good; D 25.00–64.99 Not good. "
                  "With 0.11 weights the IKM would read %1.")
                   .arg(QLocale().toString(m_index.ikmRounded011, 'f', 2)));
}

} // namespace loket::ui
