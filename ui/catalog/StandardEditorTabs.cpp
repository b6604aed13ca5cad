#include "StandardEditorDialog.h"

#include "RowTableEditor.h"
#include "cases/CaseStage.h"
#include "catalog/CatalogRepository.h"
#include "catalog/ComplaintTextParser.h"
#include "catalog/StandardValidator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

// The six tabs of the standard editor: which field of the standard sits where, with its label
// and the name a refusal uses to point at it. Loading, reading back and saving are in
// StandardEditorDialog.cpp.

namespace loket::ui {

namespace {

QPlainTextEdit* listEdit(QPlainTextEdit* edit)
{
    edit->setPlaceholderText(QCoreApplication::translate("loket::ui::StandardEditorDialog", "One item per line"));
    return edit;
}

// Keeps a form's rows at the top instead of spreading them over the page.
QWidget* topAligned(QWidget* page, QLayout* form)
{
    auto* outer = new QVBoxLayout(page);
    outer->addLayout(form);
    outer->addStretch(1);
    return page;
}

QScrollArea* scrolled(QWidget* content)
{
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields wrap to the width instead
    return area;
}

QString stageTitle(const QString& key)
{
    CaseStage stage;
    return caseStageFromKey(key, &stage) ? caseStageTitle(stage) : key;
}
} // namespace

void StandardEditorDialog::addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* widget)
{
    auto* caption = new QLabel(label, form->parentWidget());
    caption->setBuddy(widget);
    form->addRow(caption, widget);
    m_focusChain.append(widget);
    m_fields.insert(key, Field{widget, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')), nullptr, {}});
}

void StandardEditorDialog::addTable(const QString& key, const QString& label, RowTableEditor* table,
                                    const QStringList& columns)
{
    m_focusChain.append(table->focusChain());
    m_fields.insert(key, Field{table->table(), label, table, columns});
}

QPlainTextEdit* StandardEditorDialog::textEdit(const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QSpinBox* StandardEditorDialog::spinBox(const QString& name, int maximum)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(name);
    // The range only keeps the box usable; the service decides what is allowed.
    spin->setRange(0, maximum);
    spin->setMaximumWidth(120);
    return spin;
}

QWidget* StandardEditorDialog::buildGeneralTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    m_kbli = new QLineEdit(page);
    m_kbli->setObjectName(QStringLiteral("editorKbli"));
    m_kbli->setMaxLength(10);
    m_kbli->setMaximumWidth(120);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("editorName"));
    m_riskLevel = new QComboBox(page);
    m_riskLevel->setObjectName(QStringLiteral("editorRiskLevel"));
    for (const QString& level : StandardValidator::riskLevels())
        m_riskLevel->addItem(level, level);
    m_sector = new QLineEdit(page);
    m_sector->setObjectName(QStringLiteral("editorSector"));
    m_permitType = new QLineEdit(page);
    m_permitType->setObjectName(QStringLiteral("editorPermitType"));
    m_permitType->setPlaceholderText(tr("Izin, Sertifikat Standar, ..."));
    m_products = textEdit(QStringLiteral("editorProducts"), 3);
    m_products->setPlaceholderText(tr("One product per line"));
    m_feeAmount = new QDoubleSpinBox(page);
    m_feeAmount->setObjectName(QStringLiteral("editorFeeAmount"));
    m_feeAmount->setDecimals(0);
    m_feeAmount->setRange(0, 1e12);
    m_feeAmount->setGroupSeparatorShown(true);
    m_feeAmount->setPrefix(QStringLiteral("Rp "));
    m_feeAmount->setSpecialValueText(tr("Free"));
    m_feeAmount->setMaximumWidth(220);
    m_feeText = new QLineEdit(page);
    m_feeText->setObjectName(QStringLiteral("editorFeeText"));

    addRow(form, QStringLiteral("kbli"), tr("KBLI code:"), m_kbli);
    addRow(form, QStringLiteral("name"), tr("Service name:"), m_name);
    addRow(form, QStringLiteral("risk_level"), tr("Risk level:"), m_riskLevel);
    addRow(form, QStringLiteral("permit_type"), tr("Permit type:"), m_permitType);
    addRow(form, QStringLiteral("sector"), tr("Sector:"), m_sector);
    addRow(form, QStringLiteral("products"), tr("Service products:"), m_products);
    addRow(form, QStringLiteral("fee_amount"), tr("Fee (rupiah):"), m_feeAmount);
    addRow(form, QStringLiteral("fee_text"), tr("Fee as printed:"), m_feeText);
    auto* annex = new QLabel(page);
    annex->setObjectName(QStringLiteral("editorAnnexNumber"));
    annex->setText(m_original.annexNumber > 0 ? QString::number(m_original.annexNumber) : tr("entered by hand"));
    form->addRow(tr("Number in the annex:"), annex);
    return topAligned(page, form);
}

QWidget* StandardEditorDialog::buildRequirementsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("The documents the applicant hands in. Keys such as U1 (general) or K1 (special) must "
                               "be unique; the counter checklist follows this order."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    const ChoiceDelegate::Choices groups{{QStringLiteral("general"), tr("General")},
                                         {QStringLiteral("special"), tr("Special")}};
    m_requirements = new RowTableEditor(QStringLiteral("editorRequirements"),
                                        {{tr("Key"), RowTableEditor::Kind::Text},
                                         {tr("Group"), RowTableEditor::Kind::Choice, groups},
                                         {tr("Requirement"), RowTableEditor::Kind::Text, {}, true}},
                                        page);
    m_requirements->setNewRowValues([] { return QStringList{QString(), QStringLiteral("special"), QString()}; });
    layout->addWidget(m_requirements, 1);
    addTable(QStringLiteral("requirements"), tr("Requirements"), m_requirements,
             {QStringLiteral("key"), QStringLiteral("group"), QStringLiteral("text")});
    return page;
}

QWidget* StandardEditorDialog::buildTimeTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    m_completionDays = spinBox(QStringLiteral("editorCompletionDays"), 9999);
    m_completionDays->setSuffix(tr(" working days"));
    m_completionDays->setMaximumWidth(200);
    m_completionText = textEdit(QStringLiteral("editorCompletionText"), 2);
    m_resubmission = new QComboBox(page);
    m_resubmission->setObjectName(QStringLiteral("editorResubmission"));
    m_resubmission->addItem(tr("The clock starts again from day 0"), resubmissionRuleKey(ResubmissionRule::Restart));
    m_resubmission->addItem(tr("The clock pauses and continues"), resubmissionRuleKey(ResubmissionRule::Pause));
    addRow(form, QStringLiteral("completion_working_days"), tr("Completion time:"), m_completionDays);
    addRow(form, QStringLiteral("completion_text"), tr("Completion time as printed:"), m_completionText);
    addRow(form, QStringLiteral("resubmission"), tr("When a returned file comes back:"), m_resubmission);

    auto* stagesTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Working days per stage").toHtmlEscaped()), page);
    form->addRow(stagesTitle);
    for (const QString& key : standardStageKeys()) {
        QSpinBox* spin = spinBox(QStringLiteral("editorStage_") + key, 999);
        spin->setSpecialValueText(tr("none"));
        m_stages.insert(key, spin);
        addRow(form, QStringLiteral("stage_budgets.") + key, stageTitle(key) + QLatin1Char(':'), spin);
        connect(spin, &QSpinBox::valueChanged, this, &StandardEditorDialog::updateStageSum);
    }
    m_stageSum = new QLabel(page);
    m_stageSum->setObjectName(QStringLiteral("editorStageSum"));
    form->addRow(QString(), m_stageSum);
    m_fields.insert(QStringLiteral("stage_budgets"),
                    Field{m_stages.value(standardStageKeys().first()), tr("Working days per stage"), nullptr, {}});
    connect(m_completionDays, &QSpinBox::valueChanged, this, &StandardEditorDialog::updateStageSum);
    return topAligned(page, form);
}

QWidget* StandardEditorDialog::buildChannelsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    ChoiceDelegate::Choices kinds;
    const QHash<QString, QString> kindLabels{
        {QStringLiteral("officer"), tr("Complaint officer")},
        {QStringLiteral("counter"), tr("Complaint counter")},
        {QStringLiteral("letter"), tr("Letter")},
        {QStringLiteral("phone"), tr("Telephone")},
        {QStringLiteral("sms"), tr("SMS")},
        {QStringLiteral("whatsapp"), tr("WhatsApp")},
        {QStringLiteral("email"), tr("Email")},
        {QStringLiteral("twitter"), tr("Twitter")},
        {QStringLiteral("instagram"), tr("Instagram")},
        {QStringLiteral("web"), tr("Office website")},
        {QStringLiteral("mpp_web"), tr("MPP website")},
        {QStringLiteral("form"), tr("Complaint form")},
        {QStringLiteral("box"), tr("Complaint box")},
        {QStringLiteral("other"), tr("Other")},
    };
    for (const QString& kind : ComplaintTextParser::channelKinds())
        kinds.append({kind, kindLabels.value(kind, kind)});
    m_channels = new RowTableEditor(QStringLiteral("editorChannels"),
                                    {{tr("Key"), RowTableEditor::Kind::Text},
                                     {tr("Kind"), RowTableEditor::Kind::Choice, kinds},
                                     {tr("Label"), RowTableEditor::Kind::Text, {}, true},
                                     {tr("Address, number or account"), RowTableEditor::Kind::Text, {}, true}},
                                    page);
    m_channels->setNewRowValues([this] {
        // The next letter after the last row's key, as in the annex (a, b, c, ...).
        const auto rows = m_channels->rows();
        QString key;
        if (!rows.isEmpty() && rows.last().value(0).size() == 1)
            key = QChar(rows.last().value(0).at(0).unicode() + 1);
        return QStringList{key, QStringLiteral("other"), QString(), QString()};
    });
    layout->addWidget(m_channels, 1);
    addTable(QStringLiteral("complaints.channels"), tr("Complaint channels"), m_channels,
             {QStringLiteral("key"), QStringLiteral("kind"), QStringLiteral("label"), QStringLiteral("contact")});
    auto* form = new QFormLayout;
    m_windowDays = spinBox(QStringLiteral("editorComplaintWindow"), 3650);
    m_windowDays->setSuffix(tr(" calendar days"));
    m_windowDays->setMaximumWidth(200);
    m_answerDays = spinBox(QStringLiteral("editorAnswerDays"), 365);
    m_answerDays->setSuffix(tr(" working days"));
    m_answerDays->setMaximumWidth(200);
    addRow(form, QStringLiteral("complaints.window_calendar_days"), tr("Complaints accepted for:"), m_windowDays);
    addRow(form, QStringLiteral("complaints.answer_working_days"), tr("Answer within:"), m_answerDays);
    layout->addLayout(form);
    return page;
}

QWidget* StandardEditorDialog::buildHandlingTab()
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    auto* listNote = new QLabel(tr("Lists take one item per line; blank lines are left out."), content);
    listNote->setWordWrap(true);
    form->addRow(listNote);
    m_complaintRules = listEdit(textEdit(QStringLiteral("editorComplaintRules"), 4));
    m_recordingSteps = listEdit(textEdit(QStringLiteral("editorRecordingSteps"), 3));
    m_reviewSteps = listEdit(textEdit(QStringLiteral("editorReviewSteps"), 3));
    m_problemTypes = listEdit(textEdit(QStringLiteral("editorProblemTypes"), 3));
    m_reportingRule = textEdit(QStringLiteral("editorReportingRule"), 2);
    const ChoiceDelegate::Choices pathKeys{{QStringLiteral("internal"), tr("Inside the office")},
                                           {QStringLiteral("technical"), tr("With the technical team")},
                                           {QStringLiteral("apip"), tr("Through the inspectorate (APIP)")}};
    m_resolutionPaths = new RowTableEditor(QStringLiteral("editorResolutionPaths"),
                                           {{tr("Path"), RowTableEditor::Kind::Choice, pathKeys},
                                            {tr("Title"), RowTableEditor::Kind::Text, {}, false, 170},
                                            {tr("Text"), RowTableEditor::Kind::Text, {}, true},
                                            {tr("Head approves"), RowTableEditor::Kind::Check}},
                                           content);
    m_resolutionPaths->setWrapText(false); // the long path texts would make rows taller than the view
    m_resolutionPaths->setMinimumHeight(140);
    addRow(form, QStringLiteral("complaints.rules"), tr("General rules:"), m_complaintRules);
    addRow(form, QStringLiteral("complaints.recording_steps"), tr("Recording steps:"), m_recordingSteps);
    addRow(form, QStringLiteral("complaints.review_steps"), tr("Review steps:"), m_reviewSteps);
    addRow(form, QStringLiteral("complaints.problem_types"), tr("Problem types:"), m_problemTypes);
    // Full width: the path texts are long.
    form->addRow(new QLabel(tr("Resolution paths:"), content));
    form->addRow(m_resolutionPaths);
    addTable(QStringLiteral("complaints.resolution_paths"), tr("Resolution paths"), m_resolutionPaths,
             {QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("text"),
              QStringLiteral("needs_head_approval")});
    addRow(form, QStringLiteral("complaints.reporting_rule"), tr("Reporting:"), m_reportingRule);
    return scrolled(content);
}

QWidget* StandardEditorDialog::buildOtherTab()
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    auto* listNote = new QLabel(tr("Lists take one item per line; blank lines are left out."), content);
    listNote->setWordWrap(true);
    form->addRow(listNote);
    m_procedureClassifications = new QLineEdit(content);
    m_procedureClassifications->setObjectName(QStringLiteral("editorProcedureClassifications"));
    m_procedureClassifications->setPlaceholderText(tr("e.g. 4, 8, 13"));
    m_procedureClassifications->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ,]*")), m_procedureClassifications));
    m_procedureClassifications->setMaximumWidth(220);
    m_procedureText = textEdit(QStringLiteral("editorProcedureText"), 2);
    m_legalBases = listEdit(textEdit(QStringLiteral("editorLegalBases"), 4));
    m_facilities = listEdit(textEdit(QStringLiteral("editorFacilities"), 4));
    m_staffCompetence = listEdit(textEdit(QStringLiteral("editorStaffCompetence"), 3));
    m_internalSupervision = listEdit(textEdit(QStringLiteral("editorInternalSupervision"), 2));
    m_staffCount = spinBox(QStringLiteral("editorStaffCount"), 100000);
    m_staffCountText = new QLineEdit(content);
    m_staffCountText->setObjectName(QStringLiteral("editorStaffCountText"));
    m_serviceGuarantees = listEdit(textEdit(QStringLiteral("editorServiceGuarantees"), 3));
    m_safetyGuarantees = listEdit(textEdit(QStringLiteral("editorSafetyGuarantees"), 3));
    m_evaluationIntro = textEdit(QStringLiteral("editorEvaluationIntro"), 2);
    m_performanceEvaluation = listEdit(textEdit(QStringLiteral("editorPerformanceEvaluation"), 3));
    m_surveysPerYear = spinBox(QStringLiteral("editorSurveysPerYear"), 365);
    m_sopEvaluationsPerYear = spinBox(QStringLiteral("editorSopEvaluationsPerYear"), 365);

    addRow(form, QStringLiteral("procedure_classifications"), tr("Procedure classifications:"),
           m_procedureClassifications);
    addRow(form, QStringLiteral("procedure_text"), tr("Procedure:"), m_procedureText);
    addRow(form, QStringLiteral("legal_bases"), tr("Legal bases:"), m_legalBases);
    addRow(form, QStringLiteral("facilities"), tr("Facilities:"), m_facilities);
    addRow(form, QStringLiteral("staff_competence"), tr("Staff competence:"), m_staffCompetence);
    addRow(form, QStringLiteral("internal_supervision"), tr("Internal supervision:"), m_internalSupervision);
    addRow(form, QStringLiteral("staff_count"), tr("Number of staff:"), m_staffCount);
    addRow(form, QStringLiteral("staff_count_text"), tr("Number of staff as printed:"), m_staffCountText);
    addRow(form, QStringLiteral("service_guarantees"), tr("Service guarantees:"), m_serviceGuarantees);
    addRow(form, QStringLiteral("safety_guarantees"), tr("Safety guarantees:"), m_safetyGuarantees);
    addRow(form, QStringLiteral("performance_evaluation_intro"), tr("Performance evaluation, introduction:"),
           m_evaluationIntro);
    addRow(form, QStringLiteral("performance_evaluation"), tr("Performance evaluation:"), m_performanceEvaluation);
    addRow(form, QStringLiteral("surveys_per_year"), tr("Satisfaction surveys per year:"), m_surveysPerYear);
    addRow(form, QStringLiteral("sop_evaluations_per_year"), tr("SOP evaluations per year:"), m_sopEvaluationsPerYear);
    return scrolled(content);
}

} // namespace loket::ui
