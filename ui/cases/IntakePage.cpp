#include "IntakePage.h"
#include "common/Dates.h"

#include "ApplicantForm.h"
#include "BusinessForm.h"
#include "ChecklistEditor.h"
#include "cases/CaseService.h"
#include "cases/CaseValidator.h"
#include "cases/ScaleRequirement.h"
#include "catalog/CatalogRepository.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "identity/KbliRegister.h"
#include "print/ReceiptPrinter.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

IntakePage::IntakePage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("New application")), this);
    layout->addWidget(heading);
    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("intakeStepTitle"));
    m_stepTitle->setStyleSheet(QStringLiteral("QLabel { color: #1f3a5f; font-size: 12pt; font-weight: bold; }"));
    layout->addWidget(m_stepTitle);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("intakeSteps"));
    m_applicant = new ApplicantForm(ui.database(), this);
    m_business = new BusinessForm(ui.database(), this);
    m_steps->addWidget(buildServiceStep());
    m_steps->addWidget(m_applicant);
    m_steps->addWidget(m_business);
    m_steps->addWidget(buildChecklistStep());
    m_steps->addWidget(buildResultStep());
    layout->addWidget(m_steps, 1);

    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("intakeBack"));
    m_next = new QPushButton(tr("&Next"), this);
    m_next->setObjectName(QStringLiteral("intakeNext"));
    m_next->setToolTip(tr("Ctrl+Enter"));
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &IntakePage::back);
    connect(m_next, &QPushButton::clicked, this, &IntakePage::next);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* go = new QShortcut(keys, this);
        go->setContext(Qt::WidgetWithChildrenShortcut);
        connect(go, &QShortcut::activated, this, &IntakePage::next);
    }
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("catalog"))
            reloadServices();
        else if (domain == QLatin1String("cases"))
            reloadResult();
    });
    // Another officer at the counter: a result on screen shows its case as it is now (issue 13).
    connect(&m_ui, &UiContext::actorChanged, this, &IntakePage::reloadResult);
    startNew();
}

QWidget* IntakePage::buildServiceStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_serviceFilter = new QLineEdit(page);
    m_serviceFilter->setObjectName(QStringLiteral("serviceFilter"));
    m_serviceFilter->setPlaceholderText(tr("Type a KBLI code or words of the service name; Enter chooses"));
    m_serviceFilter->setClearButtonEnabled(true);
    m_services = new QListWidget(page);
    m_services->setObjectName(QStringLiteral("serviceList"));
    m_services->setStyleSheet(QStringLiteral("QListWidget#serviceList { font-size: 11pt; }"
                                             "QListWidget#serviceList::item { padding: 6px; }"));
    layout->addWidget(m_serviceFilter);
    layout->addWidget(m_services, 1);
    connect(m_serviceFilter, &QLineEdit::textChanged, this, &IntakePage::filterServices);
    connect(m_serviceFilter, &QLineEdit::returnPressed, this, &IntakePage::next);
    connect(m_services, &QListWidget::itemActivated, this, &IntakePage::next);
    auto* down = new QShortcut(QKeySequence(Qt::Key_Down), m_serviceFilter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        for (int r = m_services->currentRow() + 1; r < m_services->count(); ++r)
            if (!m_services->item(r)->isHidden())
                return m_services->setCurrentRow(r);
    });
    auto* up = new QShortcut(QKeySequence(Qt::Key_Up), m_serviceFilter, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] {
        for (int r = m_services->currentRow() - 1; r >= 0; --r)
            if (!m_services->item(r)->isHidden())
                return m_services->setCurrentRow(r);
    });
    return page;
}

QWidget* IntakePage::buildChecklistStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_serviceLabel = new QLabel(page);
    m_serviceLabel->setObjectName(QStringLiteral("checklistService"));
    m_serviceLabel->setWordWrap(true);
    layout->addWidget(m_serviceLabel);
    m_checklist = new ChecklistEditor(page);
    layout->addWidget(m_checklist, 3);
    auto* docs = new QHBoxLayout;
    m_documents = new QListWidget(page);
    m_documents->setObjectName(QStringLiteral("intakeDocuments"));
    m_documents->setMaximumHeight(60);
    auto* add = new QPushButton(tr("Add &scanned document…"), page);
    add->setObjectName(QStringLiteral("intakeAddDocument"));
    docs->addWidget(m_documents, 1);
    docs->addWidget(add, 0, Qt::AlignTop);
    layout->addWidget(new QLabel(tr("Scanned documents (optional)"), page));
    layout->addLayout(docs);
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("intakeNote"));
    m_note->setPlaceholderText(tr("Note for the timeline (optional)"));
    layout->addWidget(m_note);
    connect(add, &QPushButton::clicked, this, &IntakePage::addDocument);
    return page;
}

QWidget* IntakePage::buildResultStep()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setObjectName(QStringLiteral("intakeResultTitle"));
    m_resultTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("intakeResultText"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_resultText);
    auto* row = new QHBoxLayout;
    m_print = new QPushButton(page);
    m_print->setObjectName(QStringLiteral("intakePrint"));
    m_print->setDefault(true);
    m_open = new QPushButton(tr("&Open the application"), page);
    m_open->setObjectName(QStringLiteral("intakeOpenCase"));
    m_new = new QPushButton(tr("&New application"), page);
    m_new->setObjectName(QStringLiteral("intakeNew"));
    row->addWidget(m_print);
    row->addWidget(m_open);
    row->addWidget(m_new);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_print, &QPushButton::clicked, this, &IntakePage::printReceipt);
    connect(m_open, &QPushButton::clicked, this,
            [this] { Q_EMIT openCaseRequested(m_result.record.registrationNumber); });
    connect(m_new, &QPushButton::clicked, this, &IntakePage::startNew);
    return page;
}

int IntakePage::step() const
{
    return m_steps->currentIndex();
}

void IntakePage::reloadServices()
{
    m_standards = CatalogRepository(m_ui.database()).listCurrent();
    m_services->clear();
    for (const ServiceStandard& s : m_standards) {
        auto* item = new QListWidgetItem(tr("KBLI %1 · %2 · %n working day(s) · %3", nullptr, s.completionWorkingDays)
                                             .arg(s.kbli, s.name, s.isFree() ? tr("free of charge") : s.feeText),
                                         m_services);
        item->setData(Qt::UserRole, s.id);
    }
    filterServices(m_serviceFilter->text());
}

void IntakePage::filterServices(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = -1;
    for (int i = 0; i < m_services->count(); ++i) {
        QListWidgetItem* item = m_services->item(i);
        bool match = true;
        for (const QString& w : words)
            match = match && item->text().contains(w, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && first < 0)
            first = i;
    }
    if (m_services->currentItem() == nullptr || m_services->currentItem()->isHidden())
        m_services->setCurrentRow(first);
}

bool IntakePage::chooseService()
{
    QListWidgetItem* item = m_services->currentItem();
    if (!item || item->isHidden()) {
        Prompter::instance().warning(this, tr("New application"), tr("Choose the service the application is for."));
        return false;
    }
    const QString id = item->data(Qt::UserRole).toString();
    for (const ServiceStandard& s : m_standards) {
        if (s.id == id) {
            if (m_standard.id != s.id) {
                m_standard = s;
                m_checklist->setStandard(s);
            }
            m_serviceLabel->setText(tr("<b>%1</b> (KBLI %2, standard version %3): mark each requirement as handed "
                                       "in. V valid, P present but needs correction, M missing.")
                                        .arg(s.name.toHtmlEscaped(), s.kbli)
                                        .arg(s.version));
            return true;
        }
    }
    return false;
}

void IntakePage::goTo(int step)
{
    m_steps->setCurrentIndex(step);
    static const char* const titles[] = {
        QT_TR_NOOP("Step 1 of 4 · Service"), QT_TR_NOOP("Step 2 of 4 · Applicant"), QT_TR_NOOP("Step 3 of 4 · Business"),
        QT_TR_NOOP("Step 4 of 4 · Requirement checklist"), QT_TR_NOOP("Result")};
    m_stepTitle->setText(tr(titles[step]));
    m_back->setEnabled(step > ServiceStep && step < ResultStep);
    m_next->setVisible(step < ResultStep);
    m_back->setVisible(step < ResultStep);
    m_next->setText(step == ChecklistStep ? tr("&Register") : tr("&Next"));
    switch (step) {
    case ServiceStep: m_serviceFilter->setFocus(); break;
    case ApplicantStep: m_applicant->searchField()->setFocus(); break;
    case BusinessStep: m_business->searchField()->setFocus(); break;
    case ChecklistStep:
        // Requirement U1 asks for a small or medium industry: core says which lines warn.
        m_checklist->setWarnings(
            ScaleRequirement::warnings(m_standard, BusinessScaleRules::forCapital(m_business->business().capital)));
        m_checklist->table()->setFocus();
        if (m_checklist->rowCount() > 0)
            m_checklist->table()->selectRow(0);
        break;
    case ResultStep: m_print->setFocus(); break;
    }
}

void IntakePage::startNew()
{
    m_result = IntakeResult{};
    m_uploads.clear();
    m_documents->clear();
    m_note->clear();
    m_applicant->clear();
    m_business->clear();
    m_standard = ServiceStandard{};
    m_serviceFilter->clear();
    reloadServices();
    goTo(ServiceStep);
}

void IntakePage::next()
{
    switch (step()) {
    case ServiceStep:
        if (chooseService())
            goTo(ApplicantStep);
        break;
    case ApplicantStep:
        if (stepIsValid(ApplicantStep))
            goTo(BusinessStep);
        break;
    case BusinessStep:
        if (stepIsValid(BusinessStep))
            goTo(ChecklistStep);
        break;
    case ChecklistStep: submit(); break;
    default: break;
    }
}

bool IntakePage::stepIsValid(int step)
{
    // Core's own checks of registration, on what this step holds, before "Next".
    try {
        const QDate today = m_ui.context().clock().today();
        if (step == ApplicantStep) {
            Applicant a = m_applicant->applicant();
            CaseValidator::applicant(a, today);
            QString name = m_applicant->representativeName();
            QString nik = m_applicant->representativeNik();
            CaseValidator::representative(name, nik, today);
        } else if (step == BusinessStep) {
            Business b = m_business->business();
            CaseValidator::business(b, m_standard.kbli, KbliRegister(m_ui.database()));
        }
        return true;
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("New application"), e.message());
        if (step == ApplicantStep)
            m_applicant->focusField(e.field());
        else
            m_business->focusField(e.field());
        return false;
    }
}

void IntakePage::back()
{
    if (step() > ServiceStep && step() < ResultStep)
        goTo(step() - 1);
}

void IntakePage::addDocument()
{
    const QString file = Prompter::instance().openFile(this, tr("Scanned document"),
                                                       tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (file.isEmpty())
        return;
    const int row = m_checklist->table()->currentRow();
    const QList<ChecklistItem> items = m_checklist->items();
    const QString key = row >= 0 && row < items.size() ? items[row].requirementKey : QString();
    m_uploads.append(DocumentUpload{file, key});
    m_documents->addItem(key.isEmpty() ? QFileInfo(file).fileName()
                                       : QStringLiteral("%1 · %2").arg(key, QFileInfo(file).fileName()));
}

bool IntakePage::submit()
{
    IntakeRequest r;
    r.standardId = m_standard.id;
    r.applicant = m_applicant->applicant();
    r.business = m_business->business();
    r.representativeName = m_applicant->representativeName();
    r.representativeNik = m_applicant->representativeNik();
    r.checklist = m_checklist->items();
    r.documents = m_uploads;
    r.note = m_note->text();
    try {
        m_result = CaseService::registerCase(m_ui.context(), r);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("New application"), e.message());
        const QString field = e.field();
        if (field.startsWith(QLatin1String("applicant.")) || field.startsWith(QLatin1String("representative."))) {
            goTo(ApplicantStep);
            m_applicant->focusField(field);
        } else if (field.startsWith(QLatin1String("business."))) {
            goTo(BusinessStep);
            m_business->focusField(field);
        } else if (field == QLatin1String("service")) {
            goTo(ServiceStep);
        }
        return false;
    }
    m_ui.notifyDataChanged(QStringLiteral("cases"));
    showResult();
    return true;
}

void IntakePage::reloadResult()
{
    if (step() != ResultStep || m_result.record.registrationNumber.isEmpty())
        return;
    try {
        const CaseView v = CaseService::view(m_ui.context(), m_result.record.registrationNumber);
        m_standard = v.standard;
        m_result.record = v.record;
        m_result.registered = v.record.completeAt.isValid();
        m_result.unmet = m_result.registered ? QList<ChecklistItem>{} : v.record.unmetRequirements();
    } catch (const Error&) {
        // The officer now at the counter may not read it: a fresh intake instead of someone else's case.
        startNew();
        return;
    }
    showResult();
}

void IntakePage::showResult()
{
    const CaseRecord& c = m_result.record;
    m_resultTitle->setText(QStringLiteral("<h2>%1</h2>").arg(c.registrationNumber.toHtmlEscaped()));
    QString text;
    if (m_result.registered) {
        text = tr("<p style='color:#1a7f37'><b>Registered.</b> The file is complete and correct; the completion "
                  "clock started today.</p><p>Expected completion: <b>%1</b> (%n working day(s)).</p>",
                  nullptr, m_standard.completionWorkingDays)
                   .arg(dates::longDate(c.dueDate));
        m_print->setText(tr("&Print the file receipt"));
    } else {
        QString list;
        for (const ChecklistItem& i : m_result.unmet)
            list += QStringLiteral("<li>%1. %2 — %3%4</li>")
                        .arg(i.requirementKey, i.requirementText.toHtmlEscaped(), checklistStatusTitle(i.status),
                             i.note.isEmpty() ? QString() : QStringLiteral(": ") + i.note.toHtmlEscaped());
        text = tr("<p style='color:#b35900'><b>Returned to the applicant.</b> No clock runs until the file comes "
                  "back complete. The return slip lists what is missing:</p><ul>%1</ul>")
                   .arg(list);
        m_print->setText(tr("&Print the return slip"));
    }
    // Since the intake the case may have moved on (seen after a switch of officer or a sync).
    const bool moved = c.stage != (m_result.registered ? CaseStage::Registered : CaseStage::Returned);
    if (moved)
        text += tr("<p>Now: <b>%1</b>.</p>").arg(caseStageTitle(c.stage).toHtmlEscaped());
    // A file that was never complete and is no longer returned (withdrawn) has no receipt to print.
    m_print->setVisible(m_result.registered || c.stage == CaseStage::Returned);
    m_resultText->setText(text);
    goTo(ResultStep);
}

void IntakePage::printReceipt()
{
    if (m_result.record.registrationNumber.isEmpty())
        return;
    try {
        const ReceiptData data = CaseService::receiptData(
            m_ui.context(), m_result.record.registrationNumber,
            m_result.registered ? ReceiptKind::FileReceipt : ReceiptKind::ReturnSlip);
        ReceiptPrinter printer(m_ui.context(), this);
        printer.preview(data);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Receipt"), e.message());
    }
}

} // namespace loket::ui
