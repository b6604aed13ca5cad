#include "SurveyFormWidget.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "survey/SurveyElements.h"
#include "survey/SurveyService.h"
#include "common/Dates.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace loket::ui {

SurveyFormWidget::SurveyFormWidget(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new DateEdit(ui.context().clock().today(), this);
    m_date->setObjectName(QStringLiteral("surveyDate"));
    m_service = new QLineEdit(QStringLiteral("71205"), this);
    m_service->setObjectName(QStringLiteral("surveyService"));
    m_case = new QLineEdit(this);
    m_case->setObjectName(QStringLiteral("surveyCase"));
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("surveyGender"));
    m_gender->addItem(tr("Not stated"), QString());
    m_gender->addItem(tr("Male (L)"), QStringLiteral("L"));
    m_gender->addItem(tr("Female (P)"), QStringLiteral("P"));
    form->addRow(tr("Date of the form"), m_date);
    form->addRow(tr("Service (KBLI)"), m_service);
    form->addRow(tr("Registration number (optional)"), m_case);
    form->addRow(tr("Respondent's sex"), m_gender);
    layout->addLayout(form);

    auto* grid = new QGridLayout;
    const QStringList scale{tr("1 Not good"), tr("2 Less than good"), tr("3 Good"), tr("4 Very good")};
    int row = 0;
    for (const SurveyElement& e : SurveyElements::builtIn()) {
        auto* label = new QLabel(QStringLiteral("<b>%1</b> %2").arg(e.key, e.name.toHtmlEscaped()), this);
        label->setToolTip(e.question);
        grid->addWidget(label, row, 0);
        auto* group = new QButtonGroup(this);
        for (int s = 1; s <= 4; ++s) {
            auto* b = new QRadioButton(scale[s - 1], this);
            b->setObjectName(QStringLiteral("score_%1_%2").arg(e.key).arg(s));
            group->addButton(b, s);
            grid->addWidget(b, row, s);
        }
        m_scores.append({e.key, group});
        ++row;
    }
    layout->addLayout(grid);
    auto* commentForm = new QFormLayout;
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("surveyComment"));
    commentForm->addRow(tr("Suggestion written on the form"), m_comment);
    layout->addLayout(commentForm);
    m_save = new QPushButton(tr("Save form"), this);
    m_save->setObjectName(QStringLiteral("saveSurvey"));
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &SurveyFormWidget::save);
}

void SurveyFormWidget::setScore(const QString& elementKey, int score)
{
    for (const auto& [key, group] : m_scores)
        if (key == elementKey && group->button(score))
            group->button(score)->setChecked(true);
}

void SurveyFormWidget::clear()
{
    for (const auto& [key, group] : m_scores) {
        group->setExclusive(false);
        for (QAbstractButton* b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    m_case->clear();
    m_comment->clear();
    m_gender->setCurrentIndex(0);
}

bool SurveyFormWidget::save()
{
    SurveyResponse r;
    r.receivedOn = m_date->date();
    r.serviceKbli = m_service->text().trimmed();
    r.registration = m_case->text().trimmed();
    r.gender = m_gender->currentData().toString();
    r.comment = m_comment->text().trimmed();
    for (const auto& [key, group] : m_scores)
        if (group->checkedId() > 0)
            r.answers.insert(key, group->checkedId());
    try {
        SurveyService::record(m_ui.context(), r);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Satisfaction survey"), e.message());
        return false;
    }
    clear();
    m_ui.notifyDataChanged(QStringLiteral("survey"));
    Q_EMIT recorded();
    return true;
}

} // namespace loket::ui
