#include "ComplaintReviewTab.h"
#include "common/Dates.h"

#include "common/Clock.h"
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

namespace {
QDateEdit* dateEdit(QWidget* parent, QDate today, const QString& name)
{
    auto* edit = new QDateEdit(today, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::editFormat());
    edit->setMaximumDate(today);
    return edit;
}
} // namespace

ComplaintReviewTab::ComplaintReviewTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintReviewTab"));
    const QDate today = ui.context().clock().today();
    auto* layout = new QVBoxLayout(this);

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("reviewNextStep"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);

    auto* classBox = new QGroupBox(tr("Classification"), this);
    auto* classForm = new QHBoxLayout(classBox);
    m_sector = new QLineEdit(this);
    m_sector->setObjectName(QStringLiteral("reviewSector"));
    m_sector->setPlaceholderText(tr("Field / sector / kind of service"));
    m_problemType = new QComboBox(this);
    m_problemType->setObjectName(QStringLiteral("reviewProblemType"));
    m_problemType->setMinimumWidth(260);
    m_problemOther = new QLineEdit(this);
    m_problemOther->setObjectName(QStringLiteral("reviewProblemOther"));
    m_problemOther->setPlaceholderText(tr("Describe the problem type (Lainnya)"));
    m_saveClass = new QPushButton(tr("Save classification"), this);
    m_saveClass->setObjectName(QStringLiteral("saveClassification"));
    classForm->addWidget(m_sector, 1);
    classForm->addWidget(m_problemType, 1);
    classForm->addWidget(m_problemOther, 1);
    classForm->addWidget(m_saveClass);
    layout->addWidget(classBox);

    auto* stepsBox = new QGroupBox(tr("Review steps of the standard"), this);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
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
    stepsLayout->addWidget(m_steps, 1);
    auto* stepEdit = new QHBoxLayout;
    m_stepDate = dateEdit(this, today, QStringLiteral("reviewStepDate"));
    m_stepNote = new QPlainTextEdit(this);
    m_stepNote->setObjectName(QStringLiteral("reviewStepNote"));
    m_stepNote->setPlaceholderText(tr("What was found or done in this step"));
    m_stepNote->setMaximumHeight(60);
    m_stepDone = new QPushButton(tr("Record step"), this);
    m_stepDone->setObjectName(QStringLiteral("recordReviewStep"));
    m_stepReopen = new QPushButton(tr("Reopen"), this);
    m_stepReopen->setObjectName(QStringLiteral("reopenReviewStep"));
    auto* stepButtons = new QVBoxLayout;
    stepButtons->addWidget(m_stepDate);
    stepButtons->addWidget(m_stepDone);
    stepButtons->addWidget(m_stepReopen);
    stepEdit->addWidget(m_stepNote, 1);
    stepEdit->addLayout(stepButtons);
    stepsLayout->addLayout(stepEdit);
    m_stepReason = new QLabel(this);
    m_stepReason->setObjectName(QStringLiteral("reviewStepRefusal"));
    m_stepReason->setWordWrap(true);
    m_stepReason->setStyleSheet(QStringLiteral("color: #9a3412;"));
    stepsLayout->addWidget(m_stepReason);
    layout->addWidget(stepsBox, 1);

    auto* planRow = new QHBoxLayout;
    auto* planBox = new QGroupBox(tr("Handling plan"), this);
    auto* planLayout = new QVBoxLayout(planBox);
    m_planClarification = new QCheckBox(tr("Clarification"), this);
    m_planClarification->setObjectName(QStringLiteral("planClarification"));
    m_planConfirmation = new QCheckBox(tr("Confirmation"), this);
    m_planConfirmation->setObjectName(QStringLiteral("planConfirmation"));
    m_planResearch = new QCheckBox(tr("Research or examination"), this);
    m_planResearch->setObjectName(QStringLiteral("planResearch"));
    m_planInvestigation = new QCheckBox(tr("Investigation"), this);
    m_planInvestigation->setObjectName(QStringLiteral("planInvestigation"));
    m_savePlan = new QPushButton(tr("Save plan"), this);
    m_savePlan->setObjectName(QStringLiteral("savePlan"));
    for (QWidget* w : {static_cast<QWidget*>(m_planClarification), static_cast<QWidget*>(m_planConfirmation),
                       static_cast<QWidget*>(m_planResearch), static_cast<QWidget*>(m_planInvestigation),
                       static_cast<QWidget*>(m_savePlan)})
        planLayout->addWidget(w);
    planRow->addWidget(planBox);

    auto* clarBox = new QGroupBox(tr("Clarification carried out"), this);
    auto* clarForm = new QFormLayout(clarBox);
    m_clarWith = new QLineEdit(this);
    m_clarWith->setObjectName(QStringLiteral("clarificationWith"));
    m_clarWith->setPlaceholderText(tr("With whom (name, post, unit or agency)"));
    m_clarDate = dateEdit(this, today, QStringLiteral("clarificationDate"));
    m_saveClar = new QPushButton(tr("Record clarification"), this);
    m_saveClar->setObjectName(QStringLiteral("recordClarification"));
    clarForm->addRow(tr("With"), m_clarWith);
    clarForm->addRow(tr("On"), m_clarDate);
    clarForm->addRow(QString(), m_saveClar);
    planRow->addWidget(clarBox, 1);
    layout->addLayout(planRow);

    connect(m_saveClass, &QPushButton::clicked, this, &ComplaintReviewTab::saveClassification);
    connect(m_steps, &QTableWidget::itemSelectionChanged, this, &ComplaintReviewTab::selectStep);
    connect(m_stepDone, &QPushButton::clicked, this, [this] { recordStep(true); });
    connect(m_stepReopen, &QPushButton::clicked, this, [this] { recordStep(false); });
    connect(m_savePlan, &QPushButton::clicked, this, &ComplaintReviewTab::savePlan);
    connect(m_saveClar, &QPushButton::clicked, this, &ComplaintReviewTab::recordClarification);
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
