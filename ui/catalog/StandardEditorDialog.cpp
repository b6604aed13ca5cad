#include "StandardEditorDialog.h"

#include "RowTableEditor.h"
#include "cases/CaseStage.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/ComplaintTextParser.h"
#include "catalog/StandardValidator.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QAction>
#include <QComboBox>
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
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
const QString kTrue = QStringLiteral("true");

// One item per line; blank lines are not items.
QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

QString textOf(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed();
}

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

StandardEditorDialog::StandardEditorDialog(UiContext& ui, const ServiceStandard& standard, QWidget* parent)
    : QDialog(parent), m_ui(ui), m_original(standard)
{
    setObjectName(QStringLiteral("standardEditor"));
    setWindowTitle(standard.serviceId.isEmpty() ? tr("New service") : tr("Edit service standard"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    if (standard.serviceId.isEmpty())
        m_heading->setText(tr("A new service. Saving stores it as version 1 of the catalogue entry."));
    else
        m_heading->setText(tr("KBLI %1 · %2 · editing version %3; saving stores version %4.")
                               .arg(standard.kbli, standard.name)
                               .arg(standard.version)
                               .arg(standard.version + 1));
    layout->addWidget(m_heading);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildRequirementsTab(), tr("Requirements"));
    m_tabs->addTab(buildTimeTab(), tr("Time and stages"));
    m_tabs->addTab(buildChannelsTab(), tr("Complaint channels"));
    m_tabs->addTab(buildHandlingTab(), tr("Complaint handling"));
    m_tabs->addTab(buildOtherTab(), tr("Other components"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Ctrl+S saves · Ctrl+Tab changes the tab · Esc closes"), this);
    hint->setObjectName(QStringLiteral("editorHint"));
    hint->setEnabled(false);
    m_save = new QPushButton(tr("Save as new version"), this);
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("editorCancel"));
    // Enter in a field must not save half an edit: saving is a deliberate Ctrl+S or click.
    m_save->setAutoDefault(false);
    m_cancel->setAutoDefault(false);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    // Tab follows the fields as shown (they were parented in another order).
    m_focusChain << m_save << m_cancel;
    for (int i = 1; i < m_focusChain.size(); ++i)
        setTabOrder(m_focusChain[i - 1], m_focusChain[i]);
    // A shortcut, so combo boxes and tables cannot swallow Ctrl+Tab as typed text.
    auto* nextTab = new QAction(this);
    nextTab->setShortcuts(QKeySequence::NextChild);
    nextTab->setShortcutContext(Qt::WindowShortcut);
    addAction(nextTab);
    connect(nextTab, &QAction::triggered, this,
            [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    auto* previousTab = new QAction(this);
    previousTab->setShortcuts(QKeySequence::PreviousChild);
    previousTab->setShortcutContext(Qt::WindowShortcut);
    addAction(previousTab);
    connect(previousTab, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });

    auto* saveAction = new QAction(this);
    saveAction->setObjectName(QStringLiteral("editorSaveAction"));
    saveAction->setShortcuts({QKeySequence::Save, QKeySequence(Qt::CTRL | Qt::Key_Return),
                              QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &StandardEditorDialog::save);
    connect(m_save, &QPushButton::clicked, this, &StandardEditorDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &StandardEditorDialog::reject);

    load(standard);
    resize(980, 700);
    m_kbli->setFocus();
}

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
    addRow(form, QStringLiteral("complaints.recording_steps"), tr("Recording steps:"),
           m_recordingSteps);
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
    addRow(form, QStringLiteral("internal_supervision"), tr("Internal supervision:"),
           m_internalSupervision);
    addRow(form, QStringLiteral("staff_count"), tr("Number of staff:"), m_staffCount);
    addRow(form, QStringLiteral("staff_count_text"), tr("Number of staff as printed:"), m_staffCountText);
    addRow(form, QStringLiteral("service_guarantees"), tr("Service guarantees:"), m_serviceGuarantees);
    addRow(form, QStringLiteral("safety_guarantees"), tr("Safety guarantees:"), m_safetyGuarantees);
    addRow(form, QStringLiteral("performance_evaluation_intro"), tr("Performance evaluation, introduction:"),
           m_evaluationIntro);
    addRow(form, QStringLiteral("performance_evaluation"), tr("Performance evaluation:"),
           m_performanceEvaluation);
    addRow(form, QStringLiteral("surveys_per_year"), tr("Satisfaction surveys per year:"), m_surveysPerYear);
    addRow(form, QStringLiteral("sop_evaluations_per_year"), tr("SOP evaluations per year:"),
           m_sopEvaluationsPerYear);
    return scrolled(content);
}

void StandardEditorDialog::load(const ServiceStandard& s)
{
    m_kbli->setText(s.kbli);
    m_name->setText(s.name);
    if (m_riskLevel->findData(s.riskLevel) < 0)
        m_riskLevel->addItem(s.riskLevel, s.riskLevel);
    m_riskLevel->setCurrentIndex(m_riskLevel->findData(s.riskLevel));
    m_sector->setText(s.sector);
    m_permitType->setText(s.permitType);
    m_products->setPlainText(s.products.join(QLatin1Char('\n')));
    m_feeAmount->setValue(double(s.feeAmount));
    m_feeText->setText(s.feeText);

    QList<QStringList> rows;
    for (const Requirement& r : s.requirements)
        rows << QStringList{r.key, r.group, r.text};
    m_requirements->setRows(rows);

    m_completionDays->setValue(s.completionWorkingDays);
    m_completionText->setPlainText(s.completionText);
    m_resubmission->setCurrentIndex(m_resubmission->findData(resubmissionRuleKey(s.resubmission)));
    for (auto it = m_stages.begin(); it != m_stages.end(); ++it)
        it.value()->setValue(s.stageBudget(it.key()));

    rows.clear();
    for (const ComplaintChannel& c : s.complaints.channels)
        rows << QStringList{c.key, c.kind, c.label, c.contact};
    m_channels->setRows(rows);
    m_windowDays->setValue(s.complaints.windowCalendarDays);
    m_answerDays->setValue(s.complaints.answerWorkingDays);
    m_complaintRules->setPlainText(s.complaints.rules.join(QLatin1Char('\n')));
    m_recordingSteps->setPlainText(s.complaints.recordingSteps.join(QLatin1Char('\n')));
    m_reviewSteps->setPlainText(s.complaints.reviewSteps.join(QLatin1Char('\n')));
    m_problemTypes->setPlainText(s.complaints.problemTypes.join(QLatin1Char('\n')));
    rows.clear();
    for (const ResolutionPath& p : s.complaints.resolutionPaths)
        rows << QStringList{p.key, p.title, p.text, p.needsHeadApproval ? kTrue : QStringLiteral("false")};
    m_resolutionPaths->setRows(rows);
    m_reportingRule->setPlainText(s.complaints.reportingRule);

    QStringList classes;
    for (int c : s.procedureClassifications)
        classes << QString::number(c);
    m_procedureClassifications->setText(classes.join(QStringLiteral(", ")));
    m_procedureText->setPlainText(s.procedureText);
    m_legalBases->setPlainText(s.legalBases.join(QLatin1Char('\n')));
    m_facilities->setPlainText(s.facilities.join(QLatin1Char('\n')));
    m_staffCompetence->setPlainText(s.staffCompetence.join(QLatin1Char('\n')));
    m_internalSupervision->setPlainText(s.internalSupervision.join(QLatin1Char('\n')));
    m_staffCount->setValue(s.staffCount);
    m_staffCountText->setText(s.staffCountText);
    m_serviceGuarantees->setPlainText(s.serviceGuarantees.join(QLatin1Char('\n')));
    m_safetyGuarantees->setPlainText(s.safetyGuarantees.join(QLatin1Char('\n')));
    m_evaluationIntro->setPlainText(s.performanceEvaluationIntro);
    m_performanceEvaluation->setPlainText(s.performanceEvaluation.join(QLatin1Char('\n')));
    m_surveysPerYear->setValue(s.surveysPerYear);
    m_sopEvaluationsPerYear->setValue(s.sopEvaluationsPerYear);
    updateStageSum();
}

ServiceStandard StandardEditorDialog::edited() const
{
    ServiceStandard s = m_original; // keeps the version bookkeeping and the annex number
    s.kbli = m_kbli->text().trimmed();
    s.name = m_name->text().trimmed();
    s.riskLevel = m_riskLevel->currentData().toString();
    s.sector = m_sector->text().trimmed();
    s.permitType = m_permitType->text().trimmed();
    s.products = linesOf(m_products);
    s.feeAmount = qint64(m_feeAmount->value());
    s.feeText = m_feeText->text().trimmed();

    // Order numbers count within each group, as the annex numbers them.
    s.requirements.clear();
    QHash<QString, int> inGroup;
    for (const QStringList& row : m_requirements->rows())
        s.requirements.append({row[0].trimmed(), row[1], row[2].trimmed(), ++inGroup[row[1]]});

    s.completionWorkingDays = m_completionDays->value();
    s.completionText = textOf(m_completionText);
    resubmissionRuleFromKey(m_resubmission->currentData().toString(), &s.resubmission);
    // Stages already budgeted keep their place; a stage gets an entry once it has days, and 0 ("none")
    // removes it. A stage the editor does not show (an older version's `issued`) is dropped.
    QList<StageBudget> kept;
    for (StageBudget b : std::as_const(s.stageBudgets))
        if (m_stages.contains(b.stage) && m_stages.value(b.stage)->value() > 0) {
            b.workingDays = m_stages.value(b.stage)->value();
            kept.append(b);
        }
    s.stageBudgets = kept;
    for (const QString& key : standardStageKeys()) {
        const bool listed = std::any_of(s.stageBudgets.cbegin(), s.stageBudgets.cend(),
                                        [&key](const StageBudget& b) { return b.stage == key; });
        if (!listed && m_stages.value(key)->value() > 0)
            s.stageBudgets.append({key, m_stages.value(key)->value()});
    }

    ComplaintHandling& h = s.complaints;
    h.channels.clear();
    for (const QStringList& row : m_channels->rows())
        h.channels.append({row[0].trimmed(), row[1], row[2].trimmed(), row[3].trimmed()});
    h.windowCalendarDays = m_windowDays->value();
    h.answerWorkingDays = m_answerDays->value();
    h.rules = linesOf(m_complaintRules);
    h.recordingSteps = linesOf(m_recordingSteps);
    h.reviewSteps = linesOf(m_reviewSteps);
    h.problemTypes = linesOf(m_problemTypes);
    h.resolutionPaths.clear();
    for (const QStringList& row : m_resolutionPaths->rows())
        h.resolutionPaths.append({row[0], row[1].trimmed(), row[2].trimmed(), row[3] == kTrue});
    h.reportingRule = textOf(m_reportingRule);

    s.procedureClassifications.clear();
    static const QRegularExpression separators(QStringLiteral("[ ,]+"));
    for (const QString& part : m_procedureClassifications->text().split(separators, Qt::SkipEmptyParts))
        s.procedureClassifications.append(part.toInt());
    s.procedureText = textOf(m_procedureText);
    s.legalBases = linesOf(m_legalBases);
    s.facilities = linesOf(m_facilities);
    s.staffCompetence = linesOf(m_staffCompetence);
    s.internalSupervision = linesOf(m_internalSupervision);
    s.staffCount = m_staffCount->value();
    s.staffCountText = m_staffCountText->text().trimmed();
    s.serviceGuarantees = linesOf(m_serviceGuarantees);
    s.safetyGuarantees = linesOf(m_safetyGuarantees);
    s.performanceEvaluationIntro = textOf(m_evaluationIntro);
    s.performanceEvaluation = linesOf(m_performanceEvaluation);
    s.surveysPerYear = m_surveysPerYear->value();
    s.sopEvaluationsPerYear = m_sopEvaluationsPerYear->value();
    return s;
}

bool StandardEditorDialog::hasChanges() const
{
    return !edited().sameContent(m_original);
}

void StandardEditorDialog::updateStageSum()
{
    int sum = 0;
    for (const QSpinBox* spin : std::as_const(m_stages))
        sum += spin->value();
    m_stageSum->setText(tr("The stages add up to %1 of the %2 working days.").arg(sum).arg(m_completionDays->value()));
}

bool StandardEditorDialog::save()
{
    const ServiceStandard standard = edited();
    // Which version is current now, to tell "nothing changed" from a stored new version.
    const CatalogRepository repo(m_ui.database());
    std::optional<ServiceStandard> before;
    if (!standard.serviceId.isEmpty())
        before = repo.currentByServiceId(standard.serviceId);
    if (!before)
        before = repo.currentByKbliAndName(standard.kbli, standard.name);
    try {
        const ServiceStandard saved = CatalogService::saveNewVersion(m_ui.context(), standard);
        if (before && saved.id == before->id) {
            Prompter::instance().information(this, tr("Save the standard"),
                                             tr("Nothing changed: the standard is the same as version %1, so no new "
                                                "version was saved.")
                                                 .arg(saved.version));
            QDialog::reject();
            return false;
        }
        m_saved = saved;
        Q_EMIT standardSaved(saved);
        accept();
        return true;
    } catch (const Error& e) {
        showRefusal(e);
        return false;
    }
}

void StandardEditorDialog::showRefusal(const Error& e)
{
    if (e.kind() == Error::Kind::Invalid) {
        const QString where = showField(e.field());
        const QString text = where.isEmpty() ? e.message()
                                             : tr("Please correct \"%1\".").arg(where) + QStringLiteral("\n\n") +
                                                   e.message();
        Prompter::instance().warning(this, tr("The standard was not saved"), text);
        return;
    }
    if (e.kind() == Error::Kind::Conflict && !m_original.serviceId.isEmpty()) {
        const auto current = CatalogRepository(m_ui.database()).currentByServiceId(m_original.serviceId);
        if (current && current->id != m_original.id) {
            Prompter::instance().warning(
                this, tr("Someone saved a newer version"),
                tr("While you were editing version %1, someone saved version %2 of this standard. Your changes were "
                   "NOT saved and are still in this window. Close it, open the current version and make your "
                   "changes again.")
                        .arg(m_original.version)
                        .arg(current->version) +
                    QStringLiteral("\n\n") + e.message());
            return;
        }
    }
    Prompter::instance().warning(this, tr("The standard was not saved"),
                                 e.message() + QStringLiteral("\n\n") + tr("Your changes are still in this window."));
}

// Shows the tab, row and cell of a field path from the service ("standard.requirements[2].key");
// returns the field's caption for the message, or an empty string when it is not on a tab.
QString StandardEditorDialog::showField(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^(?:standard\\.)?([a-z_.]+)(?:\\[(\\d+)\\](?:\\.([a-z_]+))?)?$"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return {};
    QString key = m.captured(1);
    const int row = m.captured(2).isEmpty() ? -1 : m.captured(2).toInt();
    const QString sub = m.captured(3);
    if (key == QLatin1String("stage_budgets") && row >= 0) {
        const QList<StageBudget> budgets = edited().stageBudgets;
        if (row < budgets.size() && m_fields.contains(QStringLiteral("stage_budgets.") + budgets[row].stage))
            key = QStringLiteral("stage_budgets.") + budgets[row].stage;
    }
    if (!m_fields.contains(key))
        return {};
    const Field& f = m_fields[key];
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->isAncestorOf(f.widget))
            m_tabs->setCurrentIndex(i);
    QString caption = f.label;
    if (f.table && row >= 0) {
        const int column = std::max(0, int(f.columns.indexOf(sub)));
        f.table->focusCell(row, column);
        caption = tr("%1, row %2, %3")
                      .arg(f.label)
                      .arg(row + 1)
                      .arg(f.table->table()->horizontalHeaderItem(column)->text());
    } else {
        for (QWidget* w = f.widget->parentWidget(); w; w = w->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                area->ensureWidgetVisible(f.widget);
                break;
            }
        f.widget->setFocus(Qt::OtherFocusReason);
    }
    return caption;
}

void StandardEditorDialog::reject()
{
    if (hasChanges() &&
        !Prompter::instance().confirm(this, tr("Close the editor"),
                                      tr("Your changes to this standard have not been saved. Close and lose them?")))
        return;
    QDialog::reject();
}

} // namespace loket::ui
