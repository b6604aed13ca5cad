#pragma once

#include "catalog/ServiceStandard.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace loket {
class Error;
}

namespace loket::ui {

class RowTableEditor;
class UiContext;

// Edits a copy of one service standard, tab by tab, and saves it through
// CatalogService::saveNewVersion as the service's next version (or as a new service when the
// copy has no service id). The dialog checks nothing itself: when the service refuses, the
// message names the field, the field is shown and nothing typed is lost.
class StandardEditorDialog : public QDialog
{
    Q_OBJECT
public:
    StandardEditorDialog(UiContext& ui, const ServiceStandard& standard, QWidget* parent = nullptr);

    // The standard as the widgets hold it now.
    ServiceStandard edited() const;
    bool hasChanges() const;
    // The stored version after a successful save.
    const std::optional<ServiceStandard>& saved() const { return m_saved; }

    // Saves; true (and the dialog is accepted) when a new version was stored.
    bool save();
    // Asks before dropping changes.
    void reject() override;

Q_SIGNALS:
    void standardSaved(const loket::ServiceStandard& standard);

private:
    struct Field
    {
        QWidget* widget = nullptr;
        QString label;
        RowTableEditor* table = nullptr;
        QStringList columns; // field names of the table's columns
    };

    QWidget* buildGeneralTab();
    QWidget* buildRequirementsTab();
    QWidget* buildTimeTab();
    QWidget* buildChannelsTab();
    QWidget* buildHandlingTab();
    QWidget* buildOtherTab();
    void addRow(QFormLayout* form, const QString& key, const QString& label, QWidget* widget);
    void addTable(const QString& key, const QString& label, RowTableEditor* table, const QStringList& columns);
    QPlainTextEdit* textEdit(const QString& name, int lines);
    QSpinBox* spinBox(const QString& name, int maximum);
    void load(const ServiceStandard& s);
    void updateStageSum();
    void showRefusal(const Error& e);
    QString showField(const QString& path);

    UiContext& m_ui;
    ServiceStandard m_original;
    std::optional<ServiceStandard> m_saved;
    QHash<QString, Field> m_fields;
    QList<QWidget*> m_focusChain; // the fields in the order they are shown

    QTabWidget* m_tabs;
    QLabel* m_heading;
    QLineEdit* m_kbli;
    QLineEdit* m_name;
    QComboBox* m_riskLevel;
    QLineEdit* m_sector;
    QLineEdit* m_permitType;
    QPlainTextEdit* m_products;
    QDoubleSpinBox* m_feeAmount;
    QLineEdit* m_feeText;
    RowTableEditor* m_requirements;
    QSpinBox* m_completionDays;
    QPlainTextEdit* m_completionText;
    QComboBox* m_resubmission;
    QHash<QString, QSpinBox*> m_stages;
    QLabel* m_stageSum;
    RowTableEditor* m_channels;
    QSpinBox* m_windowDays;
    QSpinBox* m_answerDays;
    QPlainTextEdit* m_complaintRules;
    QPlainTextEdit* m_recordingSteps;
    QPlainTextEdit* m_reviewSteps;
    QPlainTextEdit* m_problemTypes;
    RowTableEditor* m_resolutionPaths;
    QPlainTextEdit* m_reportingRule;
    QLineEdit* m_procedureClassifications;
    QPlainTextEdit* m_procedureText;
    QPlainTextEdit* m_legalBases;
    QPlainTextEdit* m_facilities;
    QPlainTextEdit* m_staffCompetence;
    QPlainTextEdit* m_internalSupervision;
    QSpinBox* m_staffCount;
    QLineEdit* m_staffCountText;
    QPlainTextEdit* m_serviceGuarantees;
    QPlainTextEdit* m_safetyGuarantees;
    QPlainTextEdit* m_evaluationIntro;
    QPlainTextEdit* m_performanceEvaluation;
    QSpinBox* m_surveysPerYear;
    QSpinBox* m_sopEvaluationsPerYear;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace loket::ui
