#pragma once

#include "cases/CaseLifecycle.h"
#include "cases/CaseService.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace loket::ui {

class ChecklistEditor;
class UiContext;

// The form of one action on the case screen: only the fields that action needs (a reason, the
// NIB and permit number, the field visit, the corrected checklist), then Confirm (Ctrl+Enter)
// or Cancel (Esc). The core decides; refusals are shown as they come.
class CaseActionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseActionPanel(UiContext& ui, QWidget* parent = nullptr);

    void start(const CaseView& view, CaseAction action);
    CaseAction action() const { return m_action; }
    bool confirm();

Q_SIGNALS:
    void done(const QString& registrationNumber);
    void cancelled();

private:
    void enterPressed();
    UiContext& m_ui;
    CaseAction m_action = CaseAction::StartVerification;
    QString m_registration;
    QLabel* m_title;
    QFormLayout* m_form;
    QLineEdit* m_reason;
    QLineEdit* m_note;
    QLineEdit* m_nib;
    QLineEdit* m_permit;
    QDateEdit* m_date;
    QCheckBox* m_visit;
    QLineEdit* m_visitOfficer;
    ChecklistEditor* m_checklist;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
};

} // namespace loket::ui
