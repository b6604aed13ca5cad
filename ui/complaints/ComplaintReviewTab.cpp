#include "ComplaintReviewTab.h"
#include "common/Dates.h"

#include "common/UiContext.h"
#include "complaints/ComplaintOrder.h"
#include "complaints/ComplaintProcess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintReviewTab::ComplaintReviewTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintReviewTab"));
    auto* layout = new QVBoxLayout(this);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("reviewNextStep"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    layout->addWidget(buildClassificationBox());
    layout->addWidget(buildStepsBox(), 1);
    auto* planRow = new QHBoxLayout;
    planRow->addWidget(buildPlanBox());
    planRow->addWidget(buildClarificationBox(), 1);
    layout->addLayout(planRow);

    connect(m_saveClass, &QPushButton::clicked, this, &ComplaintReviewTab::saveClassification);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &ComplaintReviewTab::selectStep);
    connect(m_stepDone, &QPushButton::clicked, this, [this] { recordStep(true); });
    connect(m_stepReopen, &QPushButton::clicked, this, [this] { recordStep(false); });
    connect(m_savePlan, &QPushButton::clicked, this, &ComplaintReviewTab::savePlan);
    connect(m_saveClar, &QPushButton::clicked, this, &ComplaintReviewTab::recordClarification);
}

QGroupBox* ComplaintReviewTab::buildClassificationBox()
{
    auto* box = new QGroupBox(tr("Classification"), this);
    auto* row = new QHBoxLayout(box);
    m_sector = lineField(QStringLiteral("reviewSector"), tr("Field / sector / kind of service"));
    m_problemType = new QComboBox(this);
    m_problemType->setObjectName(QStringLiteral("reviewProblemType"));
    m_problemType->setMinimumWidth(260);
    m_problemOther = lineField(QStringLiteral("reviewProblemOther"), tr("Describe the problem type (Lainnya)"));
    m_saveClass = button(tr("Save classification"), QStringLiteral("saveClassification"));
    row->addWidget(m_sector, 1);
    row->addWidget(m_problemType, 1);
    row->addWidget(m_problemOther, 1);
    row->addWidget(m_saveClass);
    return box;
}

QGroupBox* ComplaintReviewTab::buildStepsBox()
{
    auto* box = new QGroupBox(tr("Review steps of the standard"), this);
    auto* column = new QVBoxLayout(box);
    m_steps = new QTableWidget(0, 4, this);
    m_steps->setObjectName(QStringLiteral("reviewSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Done on"), tr("Note"), tr("By")});
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setWordWrap(true);
    m_steps->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    column->addWidget(m_steps, 1);
    m_stepDate = dateField(QStringLiteral("reviewStepDate"));
    m_stepNote = textField(QStringLiteral("reviewStepNote"), tr("What was found or done in this step"));
    m_stepNote->setMaximumHeight(60);
    m_stepDone = button(tr("Record step"), QStringLiteral("recordReviewStep"));
    m_stepReopen = button(tr("Reopen"), QStringLiteral("reopenReviewStep"));
    auto* stepButtons = new QVBoxLayout;
    stepButtons->addWidget(m_stepDate);
    stepButtons->addWidget(m_stepDone);
    stepButtons->addWidget(m_stepReopen);
    auto* stepEdit = new QHBoxLayout;
    stepEdit->addWidget(m_stepNote, 1);
    stepEdit->addLayout(stepButtons);
    column->addLayout(stepEdit);
    m_stepReason = new QLabel(this);
    m_stepReason->setObjectName(QStringLiteral("reviewStepRefusal"));
    m_stepReason->setWordWrap(true);
    m_stepReason->setStyleSheet(QStringLiteral("color: #9a3412;"));
    column->addWidget(m_stepReason);
    return box;
}

QGroupBox* ComplaintReviewTab::buildPlanBox()
{
    auto* box = new QGroupBox(tr("Handling plan"), this);
    auto* column = new QVBoxLayout(box);
    auto check = [&](const QString& text, const QString& name) {
        auto* c = new QCheckBox(text, this);
        c->setObjectName(name);
        column->addWidget(c);
        return c;
    };
    m_planClarification = check(tr("Clarification"), QStringLiteral("planClarification"));
    m_planConfirmation = check(tr("Confirmation"), QStringLiteral("planConfirmation"));
    m_planResearch = check(tr("Research or examination"), QStringLiteral("planResearch"));
    m_planInvestigation = check(tr("Investigation"), QStringLiteral("planInvestigation"));
    m_savePlan = button(tr("Save plan"), QStringLiteral("savePlan"));
    column->addWidget(m_savePlan);
    return box;
}

QGroupBox* ComplaintReviewTab::buildClarificationBox()
{
    auto* box = new QGroupBox(tr("Clarification carried out"), this);
    auto* form = new QFormLayout(box);
    m_clarWith = lineField(QStringLiteral("clarificationWith"), tr("With whom (name, post, unit or agency)"));
    m_clarDate = dateField(QStringLiteral("clarificationDate"));
    m_saveClar = button(tr("Record clarification"), QStringLiteral("recordClarification"));
    form->addRow(tr("With"), m_clarWith);
    form->addRow(tr("On"), m_clarDate);
    form->addRow(QString(), m_saveClar);
    return box;
}

void ComplaintReviewTab::showComplaint(const Complaint& c)
{
    m_complaint = c;
    const int selected = m_steps->currentRow();
    m_sector->setText(c.sector);
    m_problemType->clear();
    m_problemType->addItem(tr("(not classified)"), QString());
    for (const QString& t : ComplaintProcess::problemTypeChoices(ComplaintService::handlingOf(m_ui.database(), c)))
        m_problemType->addItem(t, t);
    m_problemType->setCurrentIndex(qMax(0, m_problemType->findData(c.problemType)));
    m_problemOther->setText(c.problemTypeOther);

    m_steps->setRowCount(int(c.reviewSteps.size()));
    for (int i = 0; i < c.reviewSteps.size(); ++i) {
        const ComplaintReviewStep& s = c.reviewSteps[i];
        const QStringList cells{QStringLiteral("%1. %2").arg(QChar(u'a' + i)).arg(s.label),
                                s.done() ? dates::shortDate(s.doneOn) : QStringLiteral("—"), s.note, s.doneBy};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (s.done() && col == 1)
                item->setForeground(QColor(QStringLiteral("#1f6f43")));
            m_steps->setItem(i, col, item);
        }
    }
    if (selected >= 0 && selected < m_steps->rowCount())
        m_steps->selectRow(selected);
    else if (m_steps->rowCount() > 0)
        m_steps->selectRow(0);

    m_planClarification->setChecked(c.plan.clarification);
    m_planConfirmation->setChecked(c.plan.confirmation);
    m_planResearch->setChecked(c.plan.research);
    m_planInvestigation->setChecked(c.plan.investigation);
    m_clarWith->setText(c.clarificationWith);
    if (c.clarificationOn.isValid())
        m_clarDate->setDate(c.clarificationOn);

    const bool editable = can(Permission::HandleComplaint) && c.isComplaint() && c.state != ComplaintStates::Closed;
    for (QWidget* w : {static_cast<QWidget*>(m_saveClass), static_cast<QWidget*>(m_stepDone),
                       static_cast<QWidget*>(m_stepReopen), static_cast<QWidget*>(m_savePlan),
                       static_cast<QWidget*>(m_saveClar)})
        w->setEnabled(editable);
    // The order of the standard is core's: show what comes next and why a step would be refused.
    m_next->setText(ComplaintOrder::nextStep(c));
    const ComplaintRefusal plan = ComplaintOrder::plan(c, c.plan.any() ? c.plan : ComplaintPlan{true});
    m_savePlan->setToolTip(plan.reason);
    m_saveClar->setToolTip(ComplaintOrder::clarification(c).reason);
    selectStep();
}

void ComplaintReviewTab::selectStep()
{
    const int row = m_steps->currentRow();
    if (row < 0 || row >= m_complaint.reviewSteps.size())
        return;
    const ComplaintReviewStep& s = m_complaint.reviewSteps[row];
    m_stepNote->setPlainText(s.note);
    if (s.done())
        m_stepDate->setDate(s.doneOn);
    const ComplaintRefusal record = ComplaintOrder::reviewStep(m_complaint, s.position, true);
    const ComplaintRefusal reopen = ComplaintOrder::reviewStep(m_complaint, s.position, false);
    m_stepDone->setToolTip(record.reason);
    m_stepReopen->setToolTip(reopen.reason);
    m_stepReason->setText(s.done() ? reopen.reason : record.reason);
}

bool ComplaintReviewTab::saveClassification()
{
    return run(tr("Classification"), [&] {
        ComplaintProcess::classify(m_ui.context(), m_complaint.id, m_sector->text(),
                                   m_problemType->currentData().toString(), m_problemOther->text());
    });
}

bool ComplaintReviewTab::recordStep(bool done)
{
    const int row = m_steps->currentRow();
    if (row < 0 || row >= m_complaint.reviewSteps.size())
        return false;
    const int position = m_complaint.reviewSteps[row].position;
    return run(tr("Review step"), [&] {
        ComplaintProcess::recordReviewStep(m_ui.context(), m_complaint.id, position,
                                           done ? m_stepDate->date() : QDate(), m_stepNote->toPlainText());
    });
}

bool ComplaintReviewTab::savePlan()
{
    ComplaintPlan plan;
    plan.clarification = m_planClarification->isChecked();
    plan.confirmation = m_planConfirmation->isChecked();
    plan.research = m_planResearch->isChecked();
    plan.investigation = m_planInvestigation->isChecked();
    return run(tr("Handling plan"), [&] { ComplaintProcess::setPlan(m_ui.context(), m_complaint.id, plan); });
}

bool ComplaintReviewTab::recordClarification()
{
    return run(tr("Clarification"), [&] {
        ComplaintProcess::recordClarification(m_ui.context(), m_complaint.id, m_clarWith->text(), m_clarDate->date());
    });
}

} // namespace loket::ui
