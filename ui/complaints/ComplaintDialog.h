#pragma once

#include "complaints/Complaint.h"
#include "print/ReceiptRenderer.h"

#include <QDialog>

class QLabel;
class QLayout;
class QPushButton;
class QTabWidget;

namespace loket::ui {

class ClockWidget;
class ComplaintClosingTab;
class ComplaintPriorTab;
class ComplaintResolutionTab;
class ComplaintReviewTab;
class UiContext;

// The complaint screen: what was received and how the standard triaged it, the answer clock,
// and tabs for review, prior information, resolution and closing.
class ComplaintDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintDialog(UiContext& ui, const QString& complaintId, QWidget* parent = nullptr);

    void reload();
    const Complaint& complaint() const { return m_complaint; }
    // Supervisor's override of the triage; `reason` is logged.
    bool overrideTriage(ComplaintKind kind, const QString& reason);

    ComplaintReviewTab* reviewTab() const { return m_review; }
    ComplaintResolutionTab* resolutionTab() const { return m_resolution; }
    ComplaintClosingTab* closingTab() const { return m_closing; }

private:
    // The tab holding this page (each page sits in a scroll area).
    // Parts of the dialog, top to bottom.
    QLayout* headerRow();
    QLayout* factsRow();
    QWidget* tabs();
    QWidget* buttons();
    int tabIndex(const QWidget* tab) const;
    void askOverride();
    // Print preview of the complainant's receipt in `layout`, or (toPdf) a PDF file asked for.
    void printReceipt(ReceiptRenderer::Layout layout, bool toPdf = false);

    UiContext& m_ui;
    QString m_id;
    Complaint m_complaint;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_facts;
    QLabel* m_triage;
    ClockWidget* m_clock;
    QPushButton* m_override;
    QTabWidget* m_tabs;
    ComplaintReviewTab* m_review;
    ComplaintPriorTab* m_prior;
    ComplaintResolutionTab* m_resolution;
    ComplaintClosingTab* m_closing;
};

} // namespace loket::ui
