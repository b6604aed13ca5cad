#include "CaseScreen.h"

#include "CaseActionPanel.h"
#include "calendar/ClockStateText.h"
#include "calendar/ClockWidget.h"
#include "cases/DocumentStore.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "identity/IdentityMask.h"
#include "identity/IdentityValidator.h"
#include "print/ReceiptPrinter.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
QTableWidget* makeTable(QWidget* parent, const char* name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(26);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

// One line per row, and as tall as its rows up to `maxRows` (longer lists scroll).
void fitHeight(QTableWidget* t, int maxRows)
{
    const int rows = std::min(std::max(t->rowCount(), 1), maxRows);
    t->setFixedHeight(t->horizontalHeader()->sizeHint().height() + rows * t->verticalHeader()->defaultSectionSize() +
                      2 * t->frameWidth() + 2);
}

QString dateText(const QDate& d)
{
    return dates::shortDate(d);
}
} // namespace

CaseScreen::CaseScreen(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    setObjectName(QStringLiteral("caseScreen"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildHead());
    m_service = new QLabel(this);
    m_service->setObjectName(QStringLiteral("caseService"));
    m_service->setWordWrap(true);
    layout->addWidget(m_service);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    m_panel = new CaseActionPanel(ui, this);
    layout->addWidget(m_panel);

    // At 1366x768 the file (left) scrolls on its own; the clocks, stage budgets and timeline (right)
    // share the height, the timeline taking what is left, and no table scrolls sideways.
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildFileSide(split));
    split->addWidget(buildClockSide(split));
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    connectUpdates();
}

QHBoxLayout* CaseScreen::buildHead()
{
    auto* head = new QHBoxLayout;
    auto* back = new QPushButton(tr("← Applications"), this);
    back->setObjectName(QStringLiteral("caseBack"));
    back->setToolTip(tr("Esc"));
    connect(back, &QPushButton::clicked, this, &CaseScreen::backRequested);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("caseStage"));
    head->addWidget(back);
    head->addWidget(m_title, 1);
    head->addWidget(m_stage);
    return head;
}

QWidget* CaseScreen::buildFileSide(QWidget* parent)
{
    auto* leftScroll = new QScrollArea(parent);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* left = new QWidget(leftScroll);
    auto* leftLayout = new QVBoxLayout(left);
    auto* partiesBox = new QGroupBox(tr("Applicant and business"), left);
    auto* partiesLayout = new QVBoxLayout(partiesBox);
    m_parties = new QLabel(partiesBox);
    m_parties->setObjectName(QStringLiteral("caseParties"));
    m_parties->setWordWrap(true);
    m_parties->setTextInteractionFlags(Qt::TextSelectableByMouse);
    partiesLayout->addWidget(m_parties);
    leftLayout->addWidget(partiesBox);
    auto* checkBox = new QGroupBox(tr("Requirement checklist"), left);
    auto* checkLayout = new QVBoxLayout(checkBox);
    m_checklist = makeTable(checkBox, "caseChecklist", {tr("No."), tr("Requirement"), tr("Status"), tr("Note")});
    m_checklist->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_checklist->horizontalHeader()->setStretchLastSection(false);
    // A long note (the U1 scale warning) must not squeeze the requirement to one letter: it is cut
    // here and shown whole in its tooltip (setRow).
    m_checklist->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_checklist->setColumnWidth(3, 160);
    checkLayout->addWidget(m_checklist);
    leftLayout->addWidget(checkBox);
    leftLayout->addWidget(buildDocuments(left));
    leftLayout->addStretch(1);
    leftScroll->setWidget(left);
    return leftScroll;
}

QWidget* CaseScreen::buildDocuments(QWidget* parent)
{
    auto* docBox = new QGroupBox(tr("Scanned documents"), parent);
    auto* docLayout = new QHBoxLayout(docBox);
    m_documents = new QListWidget(docBox);
    m_documents->setObjectName(QStringLiteral("caseDocuments"));
    m_documents->setMaximumHeight(64);
    auto* docButtons = new QVBoxLayout;
    auto* addDoc = new QPushButton(tr("Add…"), docBox);
    addDoc->setObjectName(QStringLiteral("caseAddDocument"));
    auto* openDoc = new QPushButton(tr("Open"), docBox);
    openDoc->setObjectName(QStringLiteral("caseOpenDocument"));
    docButtons->addWidget(addDoc);
    docButtons->addWidget(openDoc);
    docButtons->addStretch(1);
    docLayout->addWidget(m_documents, 1);
    docLayout->addLayout(docButtons);
    connect(addDoc, &QPushButton::clicked, this, &CaseScreen::addDocument);
    connect(openDoc, &QPushButton::clicked, this, &CaseScreen::openDocument);
    connect(m_documents, &QListWidget::itemActivated, this, &CaseScreen::openDocument);
    return docBox;
}

QWidget* CaseScreen::buildClockSide(QWidget* parent)
{
    auto* right = new QWidget(parent);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_clock = new ClockWidget(right);
    m_clock->setLedgerVisible(true);
    rightLayout->addWidget(m_clock);
    auto* stageBox = new QGroupBox(tr("Stage budgets"), right);
    auto* stageLayout = new QVBoxLayout(stageBox);
    stageLayout->setContentsMargins(2, 6, 2, 2); // every pixel of width to the figures
    m_stages = makeTable(stageBox, "caseStageBudgets",
                         {tr("Stage"), tr("Entered"), tr("Budget"), tr("Due"), tr("Used"), tr("State")});
    // Stage names in full (an elided "T…" told nothing): the side is wide enough at 1366 pixels.
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_stages->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    stageLayout->addWidget(m_stages);
    rightLayout->addWidget(stageBox);
    auto* timeBox = new QGroupBox(tr("Timeline"), right);
    auto* timeLayout = new QVBoxLayout(timeBox);
    timeLayout->setContentsMargins(2, 6, 2, 2);
    m_timeline = makeTable(timeBox, "caseTimeline", {tr("When"), tr("Action"), tr("Stage"), tr("By"), tr("Note")});
    // Long actions, stages and notes wrap inside their column instead of pushing the table sideways;
    // the timeline takes the height left and is the one thing that scrolls on this side.
    m_timeline->setWordWrap(true);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int col : {1, 2, 3, 4})
        m_timeline->horizontalHeader()->setSectionResizeMode(col, QHeaderView::Stretch);
    m_timeline->setMinimumHeight(120);
    timeLayout->addWidget(m_timeline);
    rightLayout->addWidget(timeBox, 1);
    return right;
}

void CaseScreen::connectUpdates()
{
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, [this] {
        if (!m_panel->isVisible())
            Q_EMIT backRequested();
    });
    connect(m_panel, &CaseActionPanel::done, this, [this] {
        const CaseAction action = m_panel->action();
        reload();
        // The applicant is still at the counter: the paper that goes with the action comes up at once.
        if (action == CaseAction::HandOver && m_view.record.stage == CaseStage::HandedOver)
            printReceipt(ReceiptKind::HandOver);
        else if (action == CaseAction::Resubmit)
            printReceipt(m_view.record.stage == CaseStage::Returned ? ReceiptKind::ReturnSlip : ReceiptKind::FileReceipt);
    });
    connect(&m_ui, &UiContext::actorChanged, this, [this] {
        if (!m_view.record.registrationNumber.isEmpty())
            reload();
    });
    // Cases changed elsewhere (another screen, a sync): the open case is shown as it now is,
    // unless an action is being filled in on it.
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("cases") && !m_view.record.registrationNumber.isEmpty() && m_panel->isHidden())
            reload();
    });
}

bool CaseScreen::open(const QString& registrationNumber)
{
    try {
        m_view = CaseService::view(m_ui.context(), registrationNumber);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Application"), e.message());
        return false;
    }
    m_panel->hide();
    showView();
    return true;
}

void CaseScreen::reload()
{
    open(m_view.record.registrationNumber);
}

void CaseScreen::showView()
{
    const CaseRecord& c = m_view.record;
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(c.registrationNumber.toHtmlEscaped()));
    const bool open = caseStageIsOpen(c.stage);
    m_stage->setText(caseStageTitle(c.stage));
    m_stage->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; padding: 3px 12px; "
                                          "font-weight: bold; }")
                               .arg(c.stage == CaseStage::Returned ? QStringLiteral("#b35900")
                                    : open                         ? QStringLiteral("#1f3a5f")
                                    : c.stage == CaseStage::Rejected || c.stage == CaseStage::Withdrawn
                                        ? QStringLiteral("#5f6b7a")
                                        : QStringLiteral("#1a7f37")));
    m_service->setText(tr("%1 · KBLI %2 · standard version %3 · received %4 by %5")
                           .arg(m_view.standard.name, c.kbli)
                           .arg(m_view.standard.version)
                           .arg(dates::dateTime(c.receivedAt), c.officerName.isEmpty() ? c.officer : c.officerName));

    m_parties->setText(partiesText());
    showChecklistAndDocuments();
    showTimeline();
    m_clock->setResult(m_view.completion);
    m_stages->setRowCount(int(m_view.stages.size()));
    for (int i = 0; i < m_view.stages.size(); ++i) {
        const StageResult& s = m_view.stages[i];
        CaseStage stage;
        const QString title = caseStageFromKey(s.stage, &stage) ? caseStageTitle(stage) : s.stage;
        setRow(m_stages, i,
               {title, dateText(s.entered), s.hasBudget ? QString::number(s.budget) : QStringLiteral("–"),
                s.hasBudget ? dateText(s.dueDate) : QStringLiteral("–"), QString::number(s.used),
                s.hasBudget ? ClockStateText::title(s.state) : QString()});
        if (s.hasBudget)
            m_stages->item(i, 5)->setForeground(QColor(ClockStateText::colour(s.state)));
    }
    fitHeight(m_stages, 12);
    rebuildButtons();
}

QString CaseScreen::partiesText() const
{
    const CaseRecord& c = m_view.record;
    const Actor& actor = m_ui.actor();
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString parties = tr("<b>%1</b><br>NIK %2 · %3 %4<br>%5")
                          .arg(esc(c.applicant.name), IdentityMask::nik(actor, c.applicant.nik, IdentityPlace::Record),
                               esc(c.applicant.phone), esc(c.applicant.email), esc(c.applicant.address));
    if (!c.representativeName.isEmpty())
        parties +=
            tr("<br>Representative (kuasa): %1, NIK %2")
                .arg(esc(c.representativeName), IdentityMask::nik(actor, c.representativeNik, IdentityPlace::Record));
    parties +=
        tr("<hr><b>%1</b><br>NIB %2 · NPWP %3<br>KBLI %4 · %5<br>%6 · SIINas %7<br>%8")
            .arg(esc(c.business.name), c.business.nib.isEmpty() ? tr("not yet issued") : c.business.nib,
                 c.business.npwp.isEmpty()
                     ? QStringLiteral("–")
                     : IdentityMask::npwp(actor, IdentityValidator::formatNpwp(c.business.npwp), IdentityPlace::Record),
                 c.business.kbliCodes.join(QStringLiteral(", ")), BusinessScaleRules::title(c.business.scale),
                 c.business.inIndustrialEstate ? tr("inside an industrial estate") : tr("outside an industrial estate"),
                 c.business.siinasAccount.isEmpty() ? QStringLiteral("–") : esc(c.business.siinasAccount),
                 esc(c.business.address));
    if (!c.permitNumber.isEmpty())
        parties += tr("<hr>Issued: NIB <b>%1</b>, permit <b>%2</b>, signed %3")
                       .arg(c.nibNumber, esc(c.permitNumber), dateText(c.signedDate));
    if (c.handedOverDate.isValid())
        parties += tr("<br>Handed over %1; complaints may be lodged until %2.")
                       .arg(dateText(c.handedOverDate), dateText(m_view.complaintWindowEnd));
    else if (m_view.complaintWindowEnd.isValid())
        parties += tr("<br>Complaints about this application may be lodged until %1.")
                       .arg(dateText(m_view.complaintWindowEnd));
    if (c.fieldVisitDate.isValid())
        parties += tr("<br>Field visit %1 by %2").arg(dateText(c.fieldVisitDate), esc(c.fieldOfficer));
    if (!c.rejectionReason.isEmpty())
        parties += tr("<br>Rejected: %1").arg(esc(c.rejectionReason));
    if (!c.withdrawalReason.isEmpty())
        parties += tr("<br>Withdrawn: %1").arg(esc(c.withdrawalReason));
    return parties;
}

void CaseScreen::showChecklistAndDocuments()
{
    const CaseRecord& c = m_view.record;
    m_checklist->setRowCount(int(c.checklist.size()));
    for (int i = 0; i < c.checklist.size(); ++i) {
        const ChecklistItem& item = c.checklist[i];
        setRow(m_checklist, i, {item.requirementKey, item.requirementText, checklistStatusTitle(item.status), item.note});
        const QColor bg(item.status == ChecklistStatus::Valid     ? QStringLiteral("#e6f4ea")
                        : item.status == ChecklistStatus::Present ? QStringLiteral("#fff4ce")
                                                                  : QStringLiteral("#fde7e9"));
        m_checklist->item(i, 2)->setBackground(bg);
    }
    fitHeight(m_checklist, 10);

    m_documents->clear();
    for (const CaseDocument& d : c.documents) {
        auto* item = new QListWidgetItem(QStringLiteral("%1%2 · %3 KB · SHA-256 %4…")
                                             .arg(d.requirementKey.isEmpty() ? QString() : d.requirementKey + QStringLiteral(" · "),
                                                  d.fileName)
                                             .arg((d.sizeBytes + 1023) / 1024)
                                             .arg(d.sha256.left(12)),
                                         m_documents);
        item->setData(Qt::UserRole, d.storedName);
    }
}

void CaseScreen::showTimeline()
{
    const CaseRecord& c = m_view.record;
    m_timeline->setRowCount(int(c.events.size()));
    for (int i = 0; i < c.events.size(); ++i) {
        const CaseEvent& e = c.events[i];
        CaseStage to;
        const QString stage = caseStageFromKey(e.toStage, &to) ? caseStageTitle(to) : e.toStage;
        CaseAction a;
        const QString action = CaseLifecycle::actionFromKey(e.action, &a)      ? CaseLifecycle::actionTitle(a)
                               : e.action == QLatin1String("register")         ? tr("Registered at the counter")
                               : e.action == QLatin1String("import")           ? tr("Imported")
                               : e.action == QLatin1String("resolve_conflict") ? tr("Conflict settled")
                                                                               : e.action;
        // An action another workstation's earlier one overrode stays in the history, greyed.
        const QString who =
            e.workstation.isEmpty() ? e.actorName : QStringLiteral("%1 · %2").arg(e.actorName, e.workstation);
        setRow(m_timeline, i,
               {dates::dateTime(e.at), e.overridden ? tr("%1 (overridden: conflict)").arg(action) : action, stage, who,
                e.note});
        if (e.overridden)
            for (int col = 0; col < m_timeline->columnCount(); ++col)
                if (QTableWidgetItem* item = m_timeline->item(i, col))
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_timeline->scrollToBottom(); // the latest step in view
}

void CaseScreen::rebuildButtons()
{
    qDeleteAll(m_buttonList);
    m_buttonList.clear();
    for (CaseAction a : m_view.allowedActions) {
        auto* b = new QPushButton(CaseLifecycle::actionTitle(a), this);
        b->setObjectName(QStringLiteral("action_%1").arg(CaseLifecycle::actionKey(a)));
        connect(b, &QPushButton::clicked, this, [this, a] { m_panel->start(m_view, a); });
        m_buttons->addWidget(b);
        b->show();
        m_buttonList << b;
    }
    const CaseRecord& c = m_view.record;
    const Actor& actor = m_ui.actor();
    auto receipt = [&](ReceiptKind kind, const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, [this, kind] { printReceipt(kind); });
        m_buttons->addWidget(b);
        b->show();
        m_buttonList << b;
    };
    if (actor.can(Permission::RegisterCase) && c.completeAt.isValid())
        receipt(ReceiptKind::FileReceipt, tr("File receipt…"), "printFileReceipt");
    if (actor.can(Permission::RegisterCase) && c.stage == CaseStage::Returned)
        receipt(ReceiptKind::ReturnSlip, tr("Return slip…"), "printReturnSlip");
    if (actor.can(Permission::HandOver) && c.stage == CaseStage::HandedOver)
        receipt(ReceiptKind::HandOver, tr("Hand-over receipt…"), "printHandOverReceipt");
    if (m_buttonList.isEmpty()) {
        auto* none = new QLabel(tr("Your role has no action on this application at this stage."), this);
        none->setObjectName(QStringLiteral("caseNoAction"));
        none->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
        m_buttons->addWidget(none);
        none->show();
        m_buttonList << none;
    }
    // Keep the buttons left-aligned: one stretch at the end.
    for (int i = m_buttons->count() - 1; i >= 0; --i)
        if (m_buttons->itemAt(i)->spacerItem())
            delete m_buttons->takeAt(i);
    m_buttons->addStretch(1);
}

void CaseScreen::addDocument()
{
    const QString file = Prompter::instance().openFile(this, tr("Scanned document"),
                                                       tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (file.isEmpty())
        return;
    try {
        CaseService::addDocuments(m_ui.context(), m_view.record.registrationNumber, {DocumentUpload{file, {}}});
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Scanned document"), e.message());
        return;
    }
    reload();
}

void CaseScreen::openDocument()
{
    const int row = m_documents->currentRow();
    if (row < 0 || row >= m_view.record.documents.size())
        return;
    const CaseDocument& d = m_view.record.documents[row];
    const DocumentStore store(m_ui.database());
    if (!store.verify(d)) {
        Prompter::instance().warning(this, tr("Scanned document"),
                                     tr("The stored copy of %1 is missing or changed since it was scanned.").arg(d.fileName));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(store.pathOf(d)));
}

void CaseScreen::printReceipt(ReceiptKind kind)
{
    try {
        const ReceiptData data = CaseService::receiptData(m_ui.context(), m_view.record.registrationNumber, kind);
        ReceiptPrinter printer(m_ui.context(), this);
        printer.preview(data);
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Receipt"), e.message());
    }
}

} // namespace loket::ui
