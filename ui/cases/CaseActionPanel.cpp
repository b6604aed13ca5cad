#include "CaseActionPanel.h"

#include "ChecklistEditor.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

CaseActionPanel::CaseActionPanel(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    setObjectName(QStringLiteral("caseActionPanel"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#caseActionPanel { background: #f3f6fa; border: 1px solid #c5d2e0; }"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    auto line = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_reason = line("actionReason");
    m_note = line("actionNote");
    m_nib = line("actionNib");
    m_permit = line("actionPermit");
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("actionDate"));
    m_visit = new QCheckBox(tr("A field visit was made"), this);
    m_visit->setObjectName(QStringLiteral("actionFieldVisit"));
    m_visitOfficer = line("actionFieldOfficer");
    m_checklist = new ChecklistEditor(this);
    m_checklist->setMinimumHeight(220);
    layout->addWidget(m_checklist);
    auto* buttons = new QHBoxLayout;
    m_confirm = new QPushButton(tr("&Confirm"), this);
    m_confirm->setObjectName(QStringLiteral("actionConfirm"));
    m_confirm->setToolTip(tr("Ctrl+Enter"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("actionCancel"));
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
    connect(m_confirm, &QPushButton::clicked, this, &CaseActionPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &CaseActionPanel::confirm);
    }
    // Enter in a one-line field goes on to the next empty field of the action, or confirms it.
    for (QLineEdit* e : {m_reason, m_note, m_nib, m_permit, m_visitOfficer})
        connect(e, &QLineEdit::returnPressed, this, [this] { enterPressed(); });
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, m_cancel, &QPushButton::click);
    connect(m_visit, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        m_visitOfficer->setEnabled(on);
    });
    hide();
}

void CaseActionPanel::enterPressed()
{
    // Only fields after the one Enter was pressed in; the note is optional and never a stop.
    bool after = m_note->hasFocus();
    for (QLineEdit* e : {m_reason, m_nib, m_permit, m_visitOfficer}) {
        if (e->hasFocus()) {
            after = true;
            continue;
        }
        if (after && e->isVisible() && e->isEnabled() && e->text().trimmed().isEmpty()) {
            e->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    confirm();
}

void CaseActionPanel::start(const CaseView& view, CaseAction action)
{
    m_action = action;
    m_registration = view.record.registrationNumber;
    m_title->setText(tr("%1 — %2").arg(CaseLifecycle::actionTitle(action), m_registration));
    while (m_form->rowCount() > 0) {
        // Labels go; the field widgets stay ours, hidden below.
        const QFormLayout::TakeRowResult taken = m_form->takeRow(0);
        if (taken.labelItem) {
            delete taken.labelItem->widget();
            delete taken.labelItem;
        }
        delete taken.fieldItem;
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_reason, m_note, m_nib, m_permit, m_date, m_visit, m_visitOfficer, m_checklist})
        w->hide();
    for (QLineEdit* e : {m_reason, m_note, m_nib, m_permit, m_visitOfficer})
        e->clear();
    const QDate today = m_ui.context().clock().today();
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_date->setEnabled(true);
    m_visitOfficer->setEnabled(true);
    auto row = [this](const QString& label, QWidget* w) {
        m_form->addRow(label, w);
        w->show();
    };
    QWidget* first = m_note;
    switch (action) {
    case CaseAction::Resubmit:
        m_checklist->setStandard(view.standard);
        m_checklist->setItems(view.record.checklist);
        m_checklist->show();
        first = m_checklist->table();
        break;
    case CaseAction::ReturnForCorrection:
        row(tr("What must be corrected"), m_reason);
        first = m_reason;
        break;
    case CaseAction::Reject:
        row(tr("Reason for the rejection"), m_reason);
        first = m_reason;
        break;
    case CaseAction::Withdraw:
        row(tr("Reason the applicant gives"), m_reason);
        first = m_reason;
        break;
    case CaseAction::CompleteTechnical:
        row(QString(), m_visit);
        row(tr("Date of the field visit"), m_date);
        row(tr("Officer of the field visit"), m_visitOfficer);
        m_visit->setChecked(false);
        m_date->setEnabled(false);
        m_visitOfficer->setEnabled(false);
        first = m_visit;
        break;
    case CaseAction::Issue:
        row(tr("NIB"), m_nib);
        row(tr("Permit number"), m_permit);
        row(tr("Signature date"), m_date);
        m_nib->setText(view.record.business.nib);
        m_nib->setReadOnly(!view.record.business.nib.isEmpty());
        first = view.record.business.nib.isEmpty() ? m_nib : m_permit;
        break;
    case CaseAction::HandOver:
        row(tr("Day the applicant received the NIB and permit"), m_date);
        first = m_date;
        break;
    case CaseAction::StartVerification:
    case CaseAction::ForwardToTechnical:
    case CaseAction::ForwardToSignature: break;
    }
    row(tr("Note"), m_note);
    show();
    first->setFocus();
}

bool CaseActionPanel::confirm()
{
    if (!isVisible())
        return false;
    TransitionRequest r;
    r.note = m_note->text();
    r.reason = m_reason->text();
    switch (m_action) {
    case CaseAction::Resubmit: r.checklist = m_checklist->items(); break;
    case CaseAction::CompleteTechnical:
        if (m_visit->isChecked()) {
            r.fieldVisitDate = m_date->date();
            r.fieldOfficer = m_visitOfficer->text();
        }
        break;
    case CaseAction::Issue:
        r.nibNumber = m_nib->text();
        r.permitNumber = m_permit->text();
        r.signedDate = m_date->date();
        break;
    case CaseAction::HandOver: r.handedOverDate = m_date->date(); break;
    default: break;
    }
    try {
        CaseService::act(m_ui.context(), m_registration, m_action, r);
    } catch (const Error& e) {
        Prompter::instance().warning(this, CaseLifecycle::actionTitle(m_action), e.message());
        return false;
    }
    hide();
    m_ui.notifyDataChanged(QStringLiteral("cases"));
    Q_EMIT done(m_registration);
    return true;
}

} // namespace loket::ui
