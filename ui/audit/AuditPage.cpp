#include "AuditPage.h"
#include "common/BackgroundWork.h"

#include "AuditTableModel.h"
#include "audit/AuditReading.h"
#include "common/Clock.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace loket::ui {

QString AuditPage::title()
{
    return tr("Audit trail");
}

AuditPage::AuditPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildHeader());
    layout->addWidget(m_result);
    layout->addLayout(buildFilters());
    layout->addWidget(buildTable(), 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    layout->addWidget(m_count);
    connectUpdates();
    reloadActors();
    apply();
}

QHBoxLayout* AuditPage::buildHeader()
{
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this));
    header->addStretch(1);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("auditVerifyResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_verify = new QPushButton(tr("Verify the chain"), this);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setToolTip(
        tr("Recomputes every entry's hash to find entries changed or deleted after they were written."));
    header->addWidget(m_verify);
    return header;
}

QGridLayout* AuditPage::buildFilters()
{
    auto* filters = new QGridLayout;
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setPlaceholderText(tr("registration number, complaint number or user name"));
    m_record->setClearButtonEnabled(true);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->setEditable(true);
    m_actor->setMinimumWidth(160);
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setPlaceholderText(tr("e.g. user or case.register"));
    m_action->setClearButtonEnabled(true);
    m_useDates = new QCheckBox(tr("From"), this);
    m_useDates->setObjectName(QStringLiteral("auditUseDates"));
    const QDate today = m_ui.context().clock().today();
    m_from = new DateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to = new DateEdit(today, this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setEnabled(false);
        d->setMinimumWidth(120);
    }
    m_apply = new QPushButton(tr("Show"), this);
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_apply->setDefault(true);
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("auditClear"));
    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilter);
    filters->addWidget(new QLabel(tr("Record"), this), 0, 0);
    filters->addWidget(m_record, 0, 1);
    filters->addWidget(new QLabel(tr("Officer"), this), 0, 2);
    filters->addWidget(m_actor, 0, 3);
    filters->addWidget(new QLabel(tr("Action"), this), 0, 4);
    filters->addWidget(m_action, 0, 5);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    dates->addWidget(m_apply);
    dates->addWidget(clear);
    filters->addLayout(dates, 1, 0, 1, 6);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(5, 1);
    return filters;
}

QSplitter* AuditPage::buildTable()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_model = new AuditTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed widths: resizing to contents would read every row of a long trail.
    auto* h = m_table->horizontalHeader();
    h->setStretchLastSection(true);
    const int widths[] = {60, 150, 110, 95, 170, 240};
    for (int c = 0; c < int(std::size(widths)); ++c)
        h->resizeSection(c, widths[c]);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void AuditPage::connectUpdates()
{
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::apply);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditPage::apply);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::apply);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(&m_ui, &UiContext::actorChanged, this, [this] {
        m_result->clear();
        m_result->hide();
        reloadActors();
        apply();
    });
}

void AuditPage::showEvent(QShowEvent* event)
{
    // Entries were added while another page was open: show them.
    QWidget::showEvent(event);
    reloadActors();
    apply();
}

void AuditPage::reloadActors()
{
    const QString keep = m_actor->currentText();
    m_actor->clear();
    m_actor->addItem(QString());
    if (m_ui.actor().can(Permission::ViewAudit)) {
        try {
            m_actor->addItems(AuditTrail(m_ui.context()).actors());
        } catch (const Error&) {
        }
    }
    m_actor->setCurrentText(keep);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    // What the page shows (a registration number, complaint number or user name), or an id.
    try {
        f.recordId = AuditReading::recordIdFor(m_ui.context(), m_record->text());
    } catch (const Error&) {
        f.recordId = m_record->text().trimmed();
    }
    f.actor = m_actor->currentText().trimmed();
    f.action = m_action->text().trimmed();
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void AuditPage::apply()
{
    m_detail->clear();
    if (!m_ui.actor().can(Permission::ViewAudit)) {
        m_model->clear();
        m_count->clear();
        return;
    }
    const AuditFilter f = filter();
    if (f.from.isValid() && f.to < f.from) {
        Prompter::instance().warning(this, title(), tr("The end date is before the start date."));
        return;
    }
    try {
        m_model->load(m_ui.context(), f);
    } catch (const Error& e) {
        m_model->clear();
        Prompter::instance().warning(this, title(), e.message());
    }
    updateCount();
}

void AuditPage::clearFilter()
{
    m_record->clear();
    m_actor->setCurrentText(QString());
    m_action->clear();
    m_useDates->setChecked(false);
    apply();
}

void AuditPage::showRecord(const QString& recordId)
{
    clearFilter();
    m_record->setText(recordId);
    apply();
}

void AuditPage::selectEntry(qint64 seq)
{
    // Only among the rows loaded so far: the list may be long and filtered.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row)->seq == seq) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void AuditPage::updateCount()
{
    m_count->setText(tr("%Ln entries; %1 shown. Scroll down for older entries.", "", int(m_model->totalCount()))
                         .arg(QLocale().toString(m_model->rowCount())));
}

void AuditPage::showDetail()
{
    const AuditEntry* e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_detail->clear();
        return;
    }
    const AuditReading* reading = m_model->reading();
    QStringList lines{
        tr("Entry %1 · %2 · %3 at %4").arg(e->seq).arg(dates::dateTime(e->at), e->actorName, e->workstation),
        tr("Action: %1").arg(AuditReading::actionTitle(e->action)), tr("Record: %1").arg(reading->recordText(*e))};
    if (!e->note.isEmpty())
        lines << tr("Note: %1").arg(e->note);
    const QStringList changes = reading->changeLines(*e);
    if (!changes.isEmpty())
        lines << tr("Changes:");
    for (const QString& c : changes)
        lines << QStringLiteral("  ") + c;
    lines << tr("Hash: %1 (previous %2)").arg(e->hash.left(16), e->prevHash.left(16));
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

// Hashing every entry of an office's trail takes seconds: it runs on a worker connection (issue 16).
bool AuditPage::verify()
{
    AuditVerification v;
    const QString error = workOffThread(m_ui.context(), [&v](const Context& ctx) { v = AuditTrail(ctx).verify(); });
    if (!error.isEmpty()) {
        Prompter::instance().warning(this, title(), error);
        return false;
    }
    const QString box = QStringLiteral("QLabel#auditVerifyResult { background: %1; border: 1px solid %2; "
                                       "border-radius: 4px; padding: 6px; color: %2; }");
    if (v.ok) {
        m_result->setStyleSheet(box.arg(QStringLiteral("#e8f5ec"), QStringLiteral("#1b7a3a")));
        m_result->setText(
            QStringLiteral("<b>%1</b>")
                .arg(tr("The audit trail is intact: %Ln entries checked.", "", int(v.checked)).toHtmlEscaped()));
    } else {
        m_result->setStyleSheet(box.arg(QStringLiteral("#fdecee"), QStringLiteral("#b00020")));
        m_result->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("The audit trail was tampered with. First bad entry: %1.").arg(v.firstBadSeq).toHtmlEscaped(),
                     v.problem.toHtmlEscaped()));
        selectEntry(v.firstBadSeq);
    }
    m_result->show();
    return v.ok;
}

} // namespace loket::ui
