#include "ConflictsPage.h"

#include "ConflictListModel.h"
#include "ConflictNoteDialog.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace loket::ui {

ConflictsPage::ConflictsPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conflictsTitle"));
    layout->addWidget(m_title);
    auto* intro = new QLabel(tr("Actions two workstations took on the same application while they were apart. The "
                                "application follows the action recorded first; the others stay in its history, "
                                "overridden, until a head of office or supervisor settles the conflict."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* options = new QHBoxLayout;
    m_showSettled = new QCheckBox(tr("Show settled conflicts too"), this);
    m_showSettled->setObjectName(QStringLiteral("showSettledCheck"));
    options->addWidget(m_showSettled);
    options->addStretch(1);
    layout->addLayout(options);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    layout->addWidget(buildTable(), 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(60);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_details);

    layout->addLayout(buildButtons());
    connectActions();
    reload();
}

QTableView* ConflictsPage::buildTable()
{
    m_model = new ConflictListModel(m_ui.context(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ConflictListModel::ColRegistration, 235);
    m_table->setColumnWidth(ConflictListModel::ColKept, 340);
    m_table->setColumnWidth(ConflictListModel::ColOverridden, 340);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return m_table;
}

// The buttons under the table, and the same actions in the table's context menu.
QHBoxLayout* ConflictsPage::buildButtons()
{
    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("Open application"), this);
    m_open->setObjectName(QStringLiteral("openConflictCaseButton"));
    m_keep = new QPushButton(tr("Keep this outcome…"), this);
    m_keep->setObjectName(QStringLiteral("keepOutcomeButton"));
    m_take = new QPushButton(tr("Take the overridden outcome…"), this);
    m_take->setObjectName(QStringLiteral("takeOutcomeButton"));
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    m_openAction = new QAction(m_open->text(), this);
    m_openAction->setObjectName(QStringLiteral("actionOpenConflictCase"));
    m_keepAction = new QAction(m_keep->text(), this);
    m_keepAction->setObjectName(QStringLiteral("actionKeepOutcome"));
    m_takeAction = new QAction(m_take->text(), this);
    m_takeAction->setObjectName(QStringLiteral("actionTakeOutcome"));
    m_table->addActions({m_openAction, m_keepAction, m_takeAction});

    return buttons;
}

void ConflictsPage::connectActions()
{
    connect(m_open, &QPushButton::clicked, this, &ConflictsPage::openSelected);
    connect(m_openAction, &QAction::triggered, this, &ConflictsPage::openSelected);
    connect(m_keep, &QPushButton::clicked, this, &ConflictsPage::keepSelected);
    connect(m_keepAction, &QAction::triggered, this, &ConflictsPage::keepSelected);
    connect(m_take, &QPushButton::clicked, this, &ConflictsPage::takeSelected);
    connect(m_takeAction, &QAction::triggered, this, &ConflictsPage::takeSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const CaseConflict* c = m_model->conflictAt(index.row()))
            Q_EMIT openCaseRequested(c->registrationNumber);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsPage::updateState);
    connect(m_showSettled, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setIncludeResolved(on);
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        updateState();
    });
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("cases"))
            reload();
    });
    connect(&m_ui, &UiContext::actorChanged, this, &ConflictsPage::reload);
}

QString ConflictsPage::title()
{
    return tr("Conflicts");
}

void ConflictsPage::showEvent(QShowEvent* event)
{
    // Another workstation's actions may have arrived since: look again each time the page shows.
    reload();
    QWidget::showEvent(event);
}

void ConflictsPage::reload()
{
    const int row = selectedRow();
    const QString key = row >= 0 ? m_model->data(m_model->index(row, 0), Qt::UserRole).toString() : QString();
    m_model->reload();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->data(m_model->index(r, 0), Qt::UserRole).toString() == key) {
            m_table->selectRow(r);
            break;
        }
    }
    updateState();
}

int ConflictsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ConflictsPage::updateState()
{
    const int open = m_model->openCount();
    m_title->setText(open > 0 ? QStringLiteral("<h2>%1 · %2</h2>").arg(title(), tr("%n open", nullptr, open))
                              : QStringLiteral("<h2>%1</h2>").arg(title()));

    if (!m_model->error().isEmpty()) {
        m_message->setText(m_model->error());
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #a0361c; }"));
        m_message->show();
    } else if (m_model->rowCount() == 0) {
        m_message->setText(m_showSettled->isChecked()
                               ? tr("No conflicts have been recorded.")
                               : tr("No open conflicts: the workstations agree on every application."));
        m_message->setStyleSheet(QString());
        m_message->show();
    } else {
        m_message->hide();
    }

    const CaseConflict* c = m_model->conflictAt(selectedRow());
    const bool mayResolve = m_ui.actor().can(Permission::ResolveConflict);
    const bool canSettle = c && !c->resolved && mayResolve;
    m_open->setEnabled(c != nullptr);
    m_openAction->setEnabled(c != nullptr);
    m_keep->setEnabled(canSettle);
    m_keepAction->setEnabled(canSettle);
    const bool canTake = canSettle && !c->losers.isEmpty();
    m_take->setEnabled(canTake);
    m_takeAction->setEnabled(canTake);
    const QString why = mayResolve ? QString() : tr("Only a head of office or a supervisor settles conflicts.");
    for (QPushButton* b : {m_keep, m_take})
        b->setToolTip(why);

    if (!c) {
        m_details->clear();
        return;
    }
    auto noteOf = [](const CaseEvent& e) {
        return e.note.isEmpty() ? QString() : QStringLiteral(" — <i>%1</i>").arg(e.note.toHtmlEscaped());
    };
    QString html = tr("<b>%1</b>: the application follows <b>%2</b>%3.")
                       .arg(c->registrationNumber.toHtmlEscaped(),
                            ConflictListModel::eventText(c->winner).toHtmlEscaped(), noteOf(c->winner));
    for (const CaseEvent& e : c->losers)
        html += QStringLiteral("<br>") +
                tr("Overridden: %1%2").arg(ConflictListModel::eventText(e).toHtmlEscaped(), noteOf(e));
    if (c->resolved)
        html += QStringLiteral("<br>") + ConflictListModel::statusText(*c).toHtmlEscaped() +
                (c->note.isEmpty() ? QString() : QStringLiteral(" — <i>%1</i>").arg(c->note.toHtmlEscaped()));
    m_details->setText(html);
}

void ConflictsPage::openSelected()
{
    if (const CaseConflict* c = m_model->conflictAt(selectedRow()))
        Q_EMIT openCaseRequested(c->registrationNumber);
}

bool ConflictsPage::keepSelected()
{
    return settle(false);
}

bool ConflictsPage::takeSelected()
{
    return settle(true);
}

bool ConflictsPage::settle(bool take)
{
    const CaseConflict* selected = m_model->conflictAt(selectedRow());
    if (!selected)
        return false;
    const CaseConflict c = *selected; // the model reloads below
    ConflictNoteRequest request;
    if (take) {
        request.title = tr("Take the overridden outcome");
        request.text = tr("Application %1 takes the state its overridden action reached. This is recorded as a new "
                          "action on the application and reaches every workstation.")
                           .arg(c.registrationNumber);
        if (c.losers.size() > 1)
            for (const CaseEvent& e : c.losers)
                request.choices << ConflictListModel::eventText(e);
    } else {
        request.title = tr("Keep this outcome");
        request.text = tr("Application %1 stays as it is: %2. The overridden action(s) stay in its history.")
                           .arg(c.registrationNumber, ConflictListModel::eventText(c.winner));
    }
    const ConflictNoteAnswer answer = ConflictNoteDialog::ask(this, request);
    if (!answer.accepted)
        return false;
    QString takeEvent;
    if (take) {
        if (c.losers.isEmpty())
            return false;
        takeEvent = c.losers.value(std::clamp(answer.choice, 0, int(c.losers.size()) - 1)).id;
    }
    try {
        CaseConflicts::resolve(m_ui.context(), c.key, takeEvent, answer.note);
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
        reload();
        return false;
    }
    // The case list and an open case screen show the new state; this page reloads through it.
    m_ui.notifyDataChanged(QStringLiteral("cases"));
    reload();
    return true;
}

} // namespace loket::ui
