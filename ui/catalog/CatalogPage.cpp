#include "CatalogPage.h"
#include "common/Dates.h"

#include "CatalogListModel.h"
#include "StandardDocument.h"
#include "StandardEditorDialog.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "catalog/StandardEvaluation.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ImportEncoding.h"
#include "common/Prompter.h"
#include "common/TextDecoding.h"
#include "common/UiContext.h"
#include "settings/SettingsRepository.h"

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace loket::ui {

CatalogPage::CatalogPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->addWidget(buildServiceList(splitter));
    splitter->addWidget(buildDocumentPane(splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 640}); // room for the service names beside KBLI, risk, days and fee
    layout->addWidget(splitter, 1);
    connectActions();
    reload();
}

QHBoxLayout* CatalogPage::buildHeader()
{
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Service catalogue").toHtmlEscaped()), this);
    header->addWidget(title);
    header->addStretch(1);
    m_importText = new QPushButton(tr("Import annex text…"), this);
    m_importText->setObjectName(QStringLiteral("catalogImportText"));
    m_importJson = new QPushButton(tr("Import JSON…"), this);
    m_importJson->setObjectName(QStringLiteral("catalogImportJson"));
    m_exportJson = new QPushButton(tr("Export JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("catalogExportJson"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("catalogEdit"));
    m_edit->setToolTip(tr("Edit the standard and save it as a new version (Ctrl+E)"));
    m_new = new QPushButton(tr("New service…"), this);
    m_new->setObjectName(QStringLiteral("catalogNew"));
    header->addWidget(m_edit);
    header->addWidget(m_new);
    header->addWidget(m_importText);
    header->addWidget(m_importJson);
    header->addWidget(m_exportJson);
    return header;
}

QWidget* CatalogPage::buildServiceList(QWidget* parent)
{
    auto* left = new QWidget(parent);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("catalogFilter"));
    m_filter->setPlaceholderText(tr("Search KBLI or service name"));
    m_filter->setClearButtonEnabled(true);
    m_model = new CatalogListModel(m_ui.database(), this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("catalogList"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogListModel::Kbli, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CatalogListModel::Name, QHeaderView::Stretch);
    m_count = new QLabel(left);
    m_count->setObjectName(QStringLiteral("catalogCount"));
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    return left;
}

QWidget* CatalogPage::buildDocumentPane(QWidget* parent)
{
    auto* right = new QWidget(parent);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_versions = new QComboBox(right);
    m_versions->setObjectName(QStringLiteral("catalogVersion"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_print = new QPushButton(tr("Print…"), right);
    m_print->setObjectName(QStringLiteral("catalogPrint"));
    m_pdf = new QPushButton(tr("Save as PDF…"), right);
    m_pdf->setObjectName(QStringLiteral("catalogPdf"));
    bar->addWidget(new QLabel(tr("Version:"), right));
    bar->addWidget(m_versions);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    m_document = new QTextBrowser(right);
    m_document->setObjectName(QStringLiteral("catalogDocument"));
    m_document->setOpenLinks(false);
    m_evaluation = new QLabel(right);
    m_evaluation->setObjectName(QStringLiteral("standardEvaluationDue"));
    m_evaluation->setWordWrap(true);
    rightLayout->addLayout(bar);
    rightLayout->addWidget(m_evaluation);
    rightLayout->addWidget(m_document, 1);
    return right;
}

void CatalogPage::connectActions()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CatalogPage::onServiceSelected);
    connect(m_versions, &QComboBox::currentIndexChanged, this, &CatalogPage::onVersionSelected);
    connect(m_print, &QPushButton::clicked, this, &CatalogPage::printWithPreview);
    connect(m_pdf, &QPushButton::clicked, this, &CatalogPage::savePdfAs);
    connect(m_edit, &QPushButton::clicked, this, &CatalogPage::editShownStandard);
    connect(m_new, &QPushButton::clicked, this, &CatalogPage::newService);
    auto* editKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this, nullptr, nullptr,
                                  Qt::WidgetWithChildrenShortcut);
    connect(editKey, &QShortcut::activated, m_edit, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editShownStandard();
    });
    connect(m_importText, &QPushButton::clicked, this, &CatalogPage::importAnnexText);
    connect(m_importJson, &QPushButton::clicked, this, &CatalogPage::importCatalogueJson);
    connect(m_exportJson, &QPushButton::clicked, this, &CatalogPage::exportCatalogueJson);
    connect(&m_ui, &UiContext::actorChanged, this, &CatalogPage::updateActions);
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("catalog"))
            reload();
    });
}

void CatalogPage::reload()
{
    const QString keep = m_shown ? m_shown->serviceId : QString();
    m_model->reload();
    m_count->setText(tr("Services: %1").arg(m_model->rowCount()));
    const int row = keep.isEmpty() ? -1 : m_model->rowOfService(keep);
    const QModelIndex source = m_model->index(row < 0 ? 0 : row, 0);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    else
        onServiceSelected();
    updateActions();
}

bool CatalogPage::selectKbli(const QString& kbli)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, CatalogListModel::Kbli);
        if (index.data().toString() == kbli) {
            m_table->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void CatalogPage::onServiceSelected()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    QSignalBlocker block(m_versions);
    m_versions->clear();
    if (!index.isValid()) {
        m_shown.reset();
        m_document->clear();
        updateActions();
        return;
    }
    const ServiceStandard& current = m_model->standardAt(index.row());
    const QList<ServiceStandard> versions = CatalogRepository(m_ui.database()).versions(current.serviceId);
    for (const ServiceStandard& v : versions) {
        QString label = tr("Version %1 · %2").arg(v.version).arg(dates::shortDate(v.validFrom.date()));
        if (v.current)
            label += QStringLiteral(" · ") + tr("current");
        m_versions->addItem(label, v.id);
    }
    m_versions->setCurrentIndex(m_versions->findData(current.id));
    onVersionSelected(m_versions->currentIndex());
}

void CatalogPage::onVersionSelected(int index)
{
    const QString id = m_versions->itemData(index).toString();
    m_shown = id.isEmpty() ? std::nullopt : CatalogRepository(m_ui.database()).byId(id);
    if (m_shown) {
        StandardDocument::fill(m_document->document(), *m_shown, officeName());
        m_document->moveCursor(QTextCursor::Start);
        m_document->ensureCursorVisible();
    } else
        m_document->clear();
    // Component 14.1: the yearly evaluation of the standard, as a due date.
    m_evaluation->setText(m_shown ? StandardEvaluation::describe(*m_shown, m_ui.context().clock().today()) : QString());
    updateActions();
}

void CatalogPage::updateActions()
{
    const bool editor = m_ui.actor().can(Permission::EditCatalog);
    m_importText->setEnabled(editor);
    // The service checks the permission too; the buttons only spare others a refusal.
    m_edit->setVisible(editor);
    m_new->setVisible(editor);
    m_edit->setEnabled(m_shown.has_value());
    m_importJson->setEnabled(editor);
    m_print->setEnabled(m_shown.has_value());
    m_pdf->setEnabled(m_shown.has_value());
    m_versions->setEnabled(m_versions->count() > 1);
}

void CatalogPage::editShownStandard()
{
    if (!m_shown)
        return;
    // Always the current version: saving a copy of an older one would be refused as a conflict.
    const auto current = CatalogRepository(m_ui.database()).currentByServiceId(m_shown->serviceId);
    openEditor(current.value_or(*m_shown));
}

void CatalogPage::newService()
{
    ServiceStandard s;
    if (m_shown) {
        // The office-wide components (complaints, legal bases, facilities, ...) are usually the
        // same for every service, so a new service starts from them.
        s = *m_shown;
        s.kbli.clear();
        s.name.clear();
        s.requirements.clear();
        s.products.clear();
        s.annexNumber = 0;
    }
    s.id.clear();
    s.serviceId.clear();
    s.version = 0;
    s.validFrom = {};
    s.current = true;
    openEditor(s);
}

void CatalogPage::openEditor(const ServiceStandard& standard)
{
    auto* dialog = new StandardEditorDialog(m_ui, standard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StandardEditorDialog::standardSaved, this, [this](const ServiceStandard& saved) {
        m_shown = saved; // reload() selects the service of m_shown, at its new current version
        reload();
        m_ui.notifyDataChanged(QStringLiteral("catalog"));
    });
    dialog->open();
}

QString CatalogPage::officeName() const
{
    return SettingsRepository(m_ui.database()).value(QStringLiteral("office.name"));
}

bool CatalogPage::savePdf(const QString& file)
{
    if (!m_shown)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    StandardDocument::print(*m_shown, &printer, officeName());
    return QFile::exists(file);
}

void CatalogPage::savePdfAs()
{
    if (!m_shown)
        return;
    const QString file = Prompter::instance().saveFile(this, tr("Save the standard as PDF"),
                                                       QStringLiteral("standar-pelayanan-%1.pdf").arg(m_shown->kbli),
                                                       tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!savePdf(file))
        Prompter::instance().warning(this, tr("Save as PDF"), tr("The PDF %1 could not be written.").arg(file));
}

void CatalogPage::printWithPreview()
{
    if (!m_shown)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("catalogPrintPreview"));
    const ServiceStandard standard = *m_shown;
    const QString office = officeName();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&standard, &office](QPrinter* p) { StandardDocument::print(standard, p, office); });
    preview.exec();
}

void CatalogPage::importAnnexText()
{
    const QString file =
        Prompter::instance().openFile(this, tr("Import annex text"), tr("Annex text (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    // A file that is not UTF-8 is said so, and read as Windows-1252 only when the user agrees.
    const std::optional<QString> encoding = ImportEncoding::choose(this, tr("Import annex text"), file);
    if (!encoding)
        return;
    try {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::invalid(tr("The file %1 cannot be read: %2").arg(file, f.errorString()));
        CatalogImportSummary summary;
        const auto list =
            CatalogService::importStandardText(m_ui.context(), TextDecoding::decode(f.readAll(), *encoding), &summary);
        reload();
        m_ui.notifyDataChanged(QStringLiteral("catalog"));
        Prompter::instance().information(this, tr("Import annex text"),
                                         tr("Services read: %1 (new: %2, with a new version: %3, unchanged: %4).")
                                             .arg(list.size())
                                             .arg(summary.created)
                                             .arg(summary.newVersions)
                                             .arg(summary.unchanged));
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Import annex text"), e.message());
    }
}

void CatalogPage::importCatalogueJson()
{
    const QString file =
        Prompter::instance().openFile(this, tr("Import catalogue JSON"), tr("Catalogue JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const std::optional<QString> encoding = ImportEncoding::choose(this, tr("Import catalogue JSON"), file);
    if (!encoding)
        return;
    try {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            throw Error::invalid(tr("The file %1 cannot be read: %2").arg(file, f.errorString()));
        CatalogImportSummary summary;
        const auto list =
            CatalogService::importJson(m_ui.context(), TextDecoding::toUtf8(f.readAll(), *encoding), &summary);
        reload();
        m_ui.notifyDataChanged(QStringLiteral("catalog"));
        Prompter::instance().information(this, tr("Import catalogue JSON"),
                                         tr("Services read: %1 (new: %2, with a new version: %3, unchanged: %4).")
                                             .arg(list.size())
                                             .arg(summary.created)
                                             .arg(summary.newVersions)
                                             .arg(summary.unchanged));
    } catch (const Error& e) {
        Prompter::instance().warning(this, tr("Import catalogue JSON"), e.message());
    }
}

void CatalogPage::exportCatalogueJson()
{
    const QString file = Prompter::instance().saveFile(
        this, tr("Export catalogue JSON"), QStringLiteral("katalog-layanan.json"), tr("Catalogue JSON (*.json)"));
    if (file.isEmpty())
        return;
    QSaveFile f(file);
    const QByteArray json = CatalogService::exportJson(m_ui.context());
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
        Prompter::instance().warning(this, tr("Export catalogue JSON"),
                                     tr("The file %1 cannot be written: %2").arg(file, f.errorString()));
        return;
    }
    Prompter::instance().information(this, tr("Export catalogue JSON"), tr("The catalogue was saved to %1.").arg(file));
}

} // namespace loket::ui
