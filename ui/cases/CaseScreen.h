#pragma once

#include "cases/CaseService.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace loket::ui {

class CaseActionPanel;
class ClockWidget;
class UiContext;

// One application: applicant and business, the checklist, documents, the completion clock with
// its ledger and the stage budgets, the timeline, and a button for each action the signed-in
// officer's role allows (the list comes from the core, never decided here).
class CaseScreen : public QWidget
{
    Q_OBJECT
public:
    explicit CaseScreen(UiContext& ui, QWidget* parent = nullptr);

    // Loads and shows the case; false (with a message) when there is none.
    bool open(const QString& registrationNumber);
    void reload();
    const CaseView& view() const { return m_view; }
    QString registrationNumber() const { return m_view.record.registrationNumber; }
    CaseActionPanel* actionPanel() const { return m_panel; }

Q_SIGNALS:
    void backRequested();

private:
    QHBoxLayout* buildHead();
    QWidget* buildFileSide(QWidget* parent);
    QWidget* buildDocuments(QWidget* parent);
    QWidget* buildClockSide(QWidget* parent);
    void connectUpdates();
    void showView();
    QString partiesText() const;
    void showChecklistAndDocuments();
    void showTimeline();
    void rebuildButtons();
    void addDocument();
    void openDocument();
    void printReceipt(ReceiptKind kind);

    UiContext& m_ui;
    CaseView m_view;
    QLabel* m_title;
    QLabel* m_stage;
    QLabel* m_service;
    QHBoxLayout* m_buttons;
    QList<QWidget*> m_buttonList; // action and receipt buttons of the current view
    CaseActionPanel* m_panel;
    QLabel* m_parties;
    QTableWidget* m_checklist;
    QListWidget* m_documents;
    QTableWidget* m_timeline;
    ClockWidget* m_clock;
    QTableWidget* m_stages;
};

} // namespace loket::ui
