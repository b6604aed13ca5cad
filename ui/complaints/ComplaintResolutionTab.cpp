#include "ComplaintResolutionTab.h"
#include "common/Dates.h"

#include "common/Clock.h"
#include "common/UiContext.h"
#include "complaints/ComplaintLevels.h"
#include "complaints/ComplaintOrder.h"
#include "complaints/ComplaintProcess.h"

#include <QButtonGroup>
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
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

ComplaintResolutionTab::ComplaintResolutionTab(UiContext& ui, QWidget* parent) : ComplaintTab(ui, parent)
{
    setObjectName(QStringLiteral("complaintResolutionTab"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_pathsBox = new QGroupBox(tr("Resolution path"), this);
    m_pathsLayout = new QVBoxLayout(m_pathsBox);
    m_paths = new QButtonGroup(this);
    m_choose = new QPushButton(tr("Choose this path"), this);
    m_choose->setObjectName(QStringLiteral("chooseResolutionPath"));
    m_pathsLayout->addWidget(m_choose, 0, Qt::AlignLeft);
    top->addWidget(m_pathsBox, 3);

    auto* approvalBox = new QGroupBox(tr("Approval of the head of office"), this);
    auto* approval = new QVBoxLayout(approvalBox);
    m_approval = new QLabel(this);
    m_approval->setObjectName(QStringLiteral("apipApprovalState"));
    m_approval->setWordWrap(true);
    m_approvalNote = new QLineEdit(this);
    m_approvalNote->setObjectName(QStringLiteral("apipApprovalNote"));
    m_approvalNote->setPlaceholderText(tr("Note or letter number of the approval"));
    m_approve = new QPushButton(tr("Approve involving APIP"), this);
    m_approve->setObjectName(QStringLiteral("approveApip"));
    approval->addWidget(m_approval);
    approval->addWidget(m_approvalNote);
    approval->addWidget(m_approve, 0, Qt::AlignLeft);
    approval->addStretch(1);
    top->addWidget(approvalBox, 2);
    layout->addLayout(top);

    auto* levelsBox = new QGroupBox(tr("Level-by-level follow-up and written reports"), this);
    auto* levels = new QVBoxLayout(levelsBox);
    m_levels = new QTableWidget(0, 5, this);
    m_levels->setObjectName(QStringLiteral("escalationLevels"));
    m_levels->setHorizontalHeaderLabels({tr("Level"), tr("Post"), tr("Officer"), tr("Reported on"), tr("Report")});
    m_levels->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_levels->verticalHeader()->hide();
    m_levels->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levels->setWordWrap(false);
    m_levels->setMinimumHeight(140);
    for (int col = 0; col < 4; ++col)
        m_levels->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    levels->addWidget(m_levels, 1);
    m_nextLevel = new QLabel(this);
    m_nextLevel->setObjectName(QStringLiteral("nextLevel"));
    levels->addWidget(m_nextLevel);
    auto* form = new QFormLayout;
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("levelPosition"));
    m_position->setPlaceholderText(tr("The next post in the office's list of levels"));
    m_officer = new QLineEdit(this);
    m_officer->setObjectName(QStringLiteral("levelOfficer"));
    const QDate today = ui.context().clock().today();
    m_reportedOn = new QDateEdit(today, this);
    m_reportedOn->setObjectName(QStringLiteral("levelReportedOn"));
    m_reportedOn->setCalendarPopup(true);
    m_reportedOn->setDisplayFormat(dates::editFormat());
    m_reportedOn->setMaximumDate(today);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("levelReport"));
    m_report->setMaximumHeight(64);
    m_addLevel = new QPushButton(tr("Record level report"), this);
    m_addLevel->setObjectName(QStringLiteral("addEscalationLevel"));
    form->addRow(tr("Post"), m_position);
    form->addRow(tr("Officer"), m_officer);
    form->addRow(tr("Reported on"), m_reportedOn);
    form->addRow(tr("Written report"), m_report);
    form->addRow(QString(), m_addLevel);
    levels->addLayout(form);
    layout->addWidget(levelsBox, 1);

    layout->addWidget(unresolvedBox());

    connect(m_choose, &QPushButton::clicked, this, [this] {
        if (QAbstractButton* b = m_paths->checkedButton())
            choosePath(b->property("pathKey").toString());
    });
    connect(m_approve, &QPushButton::clicked, this, &ComplaintResolutionTab::approveApip);
    connect(m_addLevel, &QPushButton::clicked, this, &ComplaintResolutionTab::addLevel);
    connect(m_unresolved, &QPushButton::clicked, this, &ComplaintResolutionTab::recordUnresolved);
}

QWidget* ComplaintResolutionTab::unresolvedBox()
{
    // APIP is for what the office or the technical team could not resolve: the attempt says so.
    auto* box = new QGroupBox(tr("Attempt not resolved"), this);
    auto* row = new QHBoxLayout(box);
    m_unresolvedState = new QLabel(this);
    m_unresolvedState->setObjectName(QStringLiteral("unresolvedState"));
    m_unresolvedState->setWordWrap(true);
    m_unresolvedNote = new QLineEdit(this);
    m_unresolvedNote->setObjectName(QStringLiteral("unresolvedNote"));
    m_unresolvedNote->setPlaceholderText(tr("Why the internal or technical-team attempt could not resolve it"));
    m_unresolved = new QPushButton(tr("Record as unresolved"), this);
    m_unresolved->setObjectName(QStringLiteral("recordUnresolved"));
    row->addWidget(m_unresolvedState, 1);
    row->addWidget(m_unresolvedNote, 2);
    row->addWidget(m_unresolved);
    return box;
}

void ComplaintResolutionTab::showComplaint(const Complaint& c)
{
    m_complaint = c;
    for (QAbstractButton* b : m_paths->buttons()) {
        m_paths->removeButton(b);
        delete b;
    }
    const ComplaintHandling h = ComplaintService::handlingOf(m_ui.database(), c);
    int index = 0;
    for (const ResolutionPath& p : h.resolutionPaths) {
        auto* radio = new QRadioButton(p.title, m_pathsBox);
        radio->setObjectName(QStringLiteral("path_") + p.key);
        radio->setProperty("pathKey", p.key);
        const ComplaintRefusal refused = ComplaintOrder::path(c, p.key);
        radio->setToolTip(refused.allowed() ? p.text : p.text + QStringLiteral("\n\n") + refused.reason);
        radio->setChecked(p.key == c.resolutionPath);
        m_paths->addButton(radio);
        m_pathsLayout->insertWidget(index++, radio);
    }
    // Whether the resolution may still change, and whether a level may report, are core's to say.
    const bool open = ComplaintOrder::resolutionOpen(c);
    const bool handle = can(Permission::HandleComplaint);
    m_choose->setEnabled(handle && open);

    const bool needsApproval = ComplaintProcess::pathNeedsApproval(m_ui.database(), c);
    if (!needsApproval)
        m_approval->setText(tr("The chosen path needs no approval."));
    else if (c.apipApproved())
        m_approval->setText(tr("Approved by %1 on %2. %3")
                                .arg(c.apipApprovedBy, dates::shortDate(c.apipApprovedAt), c.apipApprovalNote));
    else
        m_approval->setText(tr("<b>Waiting for the head of office's approval</b>: no level can report and no answer "
                               "can be given before it."));
    m_approve->setVisible(needsApproval && !c.apipApproved());
    m_approvalNote->setVisible(needsApproval && !c.apipApproved());
    m_approve->setEnabled(can(Permission::ApproveApip) && open);

    m_levels->setRowCount(int(c.escalations.size()));
    for (int i = 0; i < c.escalations.size(); ++i) {
        const ComplaintEscalation& e = c.escalations[i];
        // The path is named only for levels of a path the complaint has left.
        const QString level = e.path == c.resolutionPath
                                  ? QString::number(e.level)
                                  : QStringLiteral("%1 (%2)").arg(e.level).arg(ResolutionPaths::title(e.path));
        const QStringList cells{level, e.position, e.officer, dates::shortDate(e.reportedOn), e.report};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            m_levels->setItem(i, col, item);
        }
    }
    // Which step and which post come next is core's to say.
    m_nextLevel->setText(ComplaintProcess::nextStep(m_ui.database(), c));
    const QString nextPost = ComplaintLevels::nextPosition(c, ComplaintLevels::positions(m_ui.context().database()));
    if (!nextPost.isEmpty())
        m_position->setText(nextPost);
    const ComplaintRefusal levelRefused = ComplaintOrder::escalation(c, needsApproval);
    m_addLevel->setEnabled(handle && open && levelRefused.allowed());
    m_addLevel->setToolTip(levelRefused.reason);

    const ComplaintRefusal unresolvedRefusal = ComplaintOrder::unresolved(c);
    m_unresolvedState->setText(c.unresolvedOn.isValid() ? tr("The %1 attempt was recorded unresolved on %2: %3")
                                                              .arg(ResolutionPaths::title(c.unresolvedPath),
                                                                   dates::shortDate(c.unresolvedOn), c.unresolvedNote)
                                                        : unresolvedRefusal.reason);
    m_unresolved->setEnabled(handle && open);
    m_unresolved->setToolTip(unresolvedRefusal.reason);
}

bool ComplaintResolutionTab::recordUnresolved()
{
    const bool ok = run(tr("Attempt not resolved"), [&] {
        ComplaintProcess::recordUnresolved(m_ui.context(), m_complaint.id, m_ui.context().clock().today(),
                                           m_unresolvedNote->text());
    });
    if (ok)
        m_unresolvedNote->clear();
    return ok;
}

bool ComplaintResolutionTab::choosePath(const QString& key)
{
    return run(tr("Resolution path"), [&] { ComplaintProcess::chooseResolution(m_ui.context(), m_complaint.id, key); });
}

bool ComplaintResolutionTab::approveApip()
{
    return run(tr("Approval"),
               [&] { ComplaintProcess::approveApip(m_ui.context(), m_complaint.id, m_approvalNote->text()); });
}

bool ComplaintResolutionTab::addLevel()
{
    const bool ok = run(tr("Level report"), [&] {
        ComplaintProcess::addEscalation(m_ui.context(), m_complaint.id, m_position->text(), m_officer->text(),
                                        m_reportedOn->date(), m_report->toPlainText());
    });
    if (ok) {
        // The next post is core's (empty on a path without a ladder).
        m_position->setText(ComplaintLevels::nextPosition(m_complaint, ComplaintLevels::positions(m_ui.database())));
        m_officer->clear();
        m_report->clear();
    }
    return ok;
}

} // namespace loket::ui
