#pragma once

#include "complaints/ComplaintService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace loket::ui {

class UiContext;

// Records a complaint from any channel of the service's standard. The triage the standard
// prescribes is shown live, with the rule that applied and the answer's due date, before saving.
class ComplaintIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ComplaintIntakeDialog(UiContext& ui, QWidget* parent = nullptr);

    ComplaintIntake intake() const;
    // The saved complaint (valid after accept()).
    const Complaint& saved() const { return m_saved; }
    // Re-runs the triage on the current fields (also called on every edit).
    void updatePreview();
    bool save();

private:
    QFormLayout* buildForm();
    QGroupBox* buildAttachments();
    QGroupBox* buildTriageBox();
    QDialogButtonBox* buildButtons();
    void loadChannels();
    void addAttachment();

    UiContext& m_ui;
    Complaint m_saved;
    QComboBox* m_service;
    QComboBox* m_channel;
    QDateTimeEdit* m_received;
    QLineEdit* m_name;
    QLineEdit* m_idNumber;
    QLineEdit* m_contact;
    QLineEdit* m_address;
    QLineEdit* m_case;
    QCheckBox* m_serviceKnown;
    QDateEdit* m_serviceDate;
    QPlainTextEdit* m_object;
    QListWidget* m_attachments;
    QLabel* m_kindBadge;
    QLabel* m_rule;
    QTextBrowser* m_explanation;
    QLabel* m_due;
    QLabel* m_caseInfo;
    QPushButton* m_save;
};

} // namespace loket::ui
