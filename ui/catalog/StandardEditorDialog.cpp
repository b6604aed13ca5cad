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
