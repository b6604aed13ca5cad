#pragma once

#include "catalog/ServiceStandard.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace loket::ui {

class CatalogListModel;
class UiContext;

// The service catalogue: the services on the left, the selected standard on the right as a
// document the officer can show, print or save as PDF. Officers allowed to edit the catalogue
// can import annex text or a JSON catalogue and export the catalogue for hand editing.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogPage(UiContext& ui, QWidget* parent = nullptr);

    void reload();
    // Selects the (first) service with this KBLI code; false when there is none.
    bool selectKbli(const QString& kbli);
    const std::optional<ServiceStandard>& shownStandard() const { return m_shown; }
    QTextBrowser* documentView() const { return m_document; }

    bool savePdf(const QString& file);
    void savePdfAs();
    void printWithPreview();
    void importAnnexText();
    void importCatalogueJson();
    void exportCatalogueJson();
    // Opens the standard editor (window-modal, returns at once) on the shown service's current
    // version, or on a new service that starts from the shown standard's office-wide components.
    void editShownStandard();
    void newService();

private:
    QHBoxLayout* buildHeader();
    QWidget* buildServiceList(QWidget* parent);
    QWidget* buildDocumentPane(QWidget* parent);
    void connectActions();
    void onServiceSelected();
    void onVersionSelected(int index);
    void updateActions();
    void openEditor(const ServiceStandard& standard);
    QString officeName() const;

    UiContext& m_ui;
    CatalogListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_count;
    QComboBox* m_versions;
    QLabel* m_evaluation;
    QTextBrowser* m_document;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_importText;
    QPushButton* m_importJson;
    QPushButton* m_exportJson;
    QPushButton* m_edit;
    QPushButton* m_new;
    std::optional<ServiceStandard> m_shown;
};

} // namespace loket::ui
