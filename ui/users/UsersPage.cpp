#include "UsersPage.h"
#include "common/Dates.h"

#include "PasswordDialog.h"
#include "StaffRegisterModel.h"
#include "TrainingDialog.h"
#include "UserEditDialog.h"
#include "UserTableModel.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "users/StaffCompetence.h"
#include "users/StaffRegister.h"
#include "users/UserService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loket::ui {

namespace {
QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

void setUpTable(QTableView* t)
{
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

QString UsersPage::title()
{
    return tr("Users");
}

UsersPage::UsersPage(UiContext& ui, QWidget* parent) : QWidget(parent), m_ui(ui)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this));
    header->addStretch(1);
    m_add = button(tr("Add user…"), "addUserButton", this);
    m_edit = button(tr("Edit…"), "editUserButton", this);
    m_reset = button(tr("Reset password…"), "resetPasswordButton", this);
    m_toggle = button(tr("Disable"), "toggleUserButton", this);
    m_unlock = button(tr("Unlock"), "unlockUserButton", this);
    for (QPushButton* b : {m_add, m_edit, m_reset, m_toggle, m_unlock})
        header->addWidget(b);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usersTabs"));
    m_tabs->addTab(accountsTab(), tr("Accounts"));
    m_tabs->addTab(registerTab(), tr("Staff register"));
    layout->addWidget(m_tabs, 1);
    connectActions();
    reload();
}

QWidget* UsersPage::accountsTab()
{
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    m_model = new UserTableModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    auto* trainingPanel = new QWidget(splitter);
    auto* trainingLayout = new QVBoxLayout(trainingPanel);
    trainingLayout->setContentsMargins(0, 6, 0, 0);
    auto* trainingHeader = new QHBoxLayout;
    m_trainingTitle = new QLabel(trainingPanel);
    m_trainingTitle->setObjectName(QStringLiteral("trainingTitle"));
    m_addTraining = button(tr("Add training…"), "addTrainingButton", trainingPanel);
    m_removeTraining = button(tr("Remove"), "removeTrainingButton", trainingPanel);
    trainingHeader->addWidget(m_trainingTitle, 1);
    trainingHeader->addWidget(m_addTraining);
    trainingHeader->addWidget(m_removeTraining);
    m_training = new QTableWidget(0, 4, trainingPanel);
    m_training->setObjectName(QStringLiteral("trainingTable"));
    m_training->setHorizontalHeaderLabels({tr("Course"), tr("Completed on"), tr("Held by"), tr("Certificate")});
    setUpTable(m_training);
    trainingLayout->addLayout(trainingHeader);
    // Beside the training: the standard's competence items 3-9 (component 9), ticked per person.
    auto* trainingRow = new QHBoxLayout;
    trainingRow->addWidget(m_training, 3);
    m_competence = new QTableWidget(0, 2, trainingPanel);
    m_competence->setObjectName(QStringLiteral("competenceTable"));
    m_competence->setHorizontalHeaderLabels({tr("Competence (standard, component 9)"), tr("Confirmed")});
    setUpTable(m_competence);
    m_competence->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_competence->horizontalHeader()->setStretchLastSection(false);
    m_competence->setWordWrap(true);
    trainingRow->addWidget(m_competence, 4);
    trainingLayout->addLayout(trainingRow);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QWidget* UsersPage::registerTab()
{
    auto* registerTab = new QWidget(m_tabs);
    auto* registerLayout = new QVBoxLayout(registerTab);
    m_summary = new QLabel(registerTab);
    m_summary->setObjectName(QStringLiteral("staffSummary"));
    m_summary->setWordWrap(true);
    m_registerModel = new StaffRegisterModel(this);
    m_register = new QTableView(registerTab);
    m_register->setObjectName(QStringLiteral("staffRegisterTable"));
    m_register->setModel(m_registerModel);
    setUpTable(m_register);
    // The reasons can be long: they take the rest of the width (full text in the tooltip).
    m_register->horizontalHeader()->setSectionResizeMode(StaffRegisterModel::Missing, QHeaderView::Stretch);
    registerLayout->addWidget(m_summary);
    registerLayout->addWidget(m_register, 1);
    return registerTab;
}

void UsersPage::connectActions()
{
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlockUser);
    connect(m_addTraining, &QPushButton::clicked, this, &UsersPage::addTraining);
    connect(m_removeTraining, &QPushButton::clicked, this, &UsersPage::removeTraining);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showTraining();
        updateButtons();
    });
    connect(&m_ui, &UiContext::actorChanged, this, &UsersPage::reload);
    connect(&m_ui, &UiContext::dataChanged, this, [this](const QString& domain) {
        if (domain == QLatin1String("users") || domain == QLatin1String("settings"))
            reload();
    });
}

void UsersPage::reload()
{
    const QString keep = selectedUsername();
    if (!m_ui.actor().can(Permission::ManageUsers)) {
        // Not for this officer: the page is hidden, and nothing is loaded.
        m_model->setUsers({}, m_ui.context().clock().now());
        m_registerModel->setReport({});
        m_summary->clear();
        showTraining();
        updateButtons();
        return;
    }
    try {
        m_model->setUsers(UserService::list(m_ui.context()), m_ui.context().clock().now());
        const StaffRegister::Report report = StaffRegister::build(m_ui.context());
        m_registerModel->setReport(report);
        const int gap = report.requiredCount - report.activeCount;
        m_summary->setText(
            QStringLiteral("<b>%1</b><br>%2")
                .arg(tr("Staff: %1 active of the %2 the service standard sets (Jumlah Pelaksana).")
                         .arg(report.activeCount)
                         .arg(report.requiredCount)
                         .toHtmlEscaped(),
                     (gap > 0 ? tr("%1 short of the standard. ").arg(gap) : QString()).toHtmlEscaped() +
                         tr("%1 of %2 meet the competence list (education; Diklat PTSP, Diklat OSS, Diklat "
                            "Kepribadian).")
                             .arg(report.meetingCount)
                             .arg(report.activeCount)
                             .toHtmlEscaped()));
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
    if (!selectUser(keep) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    showTraining();
    updateButtons();
}

bool UsersPage::selectUser(const QString& username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString UsersPage::selectedUsername() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    const UserRecord* u = rows.isEmpty() ? nullptr : m_model->user(rows.first().row());
    return u ? u->username : QString();
}

void UsersPage::updateButtons()
{
    const bool allowed = m_ui.actor().can(Permission::ManageUsers);
    const int row = m_model->rowOf(selectedUsername());
    const UserRecord* u = m_model->user(row);
    m_add->setEnabled(allowed);
    for (QPushButton* b : {m_edit, m_reset, m_toggle, m_addTraining})
        b->setEnabled(allowed && u);
    m_toggle->setText(u && u->disabled ? tr("Enable") : tr("Disable"));
    m_unlock->setEnabled(allowed && u && UserService::hasLockout(*u)); // core's rule of unlock()
    m_removeTraining->setEnabled(allowed && u && m_training->currentRow() >= 0);
}

void UsersPage::showTraining()
{
    const QString name = selectedUsername();
    m_training->setRowCount(0);
    m_trainingTitle->setText(name.isEmpty() ? tr("Training records") : tr("Training records of %1").arg(name));
    if (name.isEmpty())
        return;
    try {
        const QList<TrainingRecord> list = UserService::training(m_ui.context(), name);
        m_training->setRowCount(int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            const TrainingRecord& t = list[i];
            const QString course = t.title.isEmpty() ? trainingCourseTitle(t.course)
                                                     : trainingCourseTitle(t.course) + QStringLiteral(": ") + t.title;
            auto* first = new QTableWidgetItem(course);
            first->setData(Qt::UserRole, t.id);
            m_training->setItem(i, 0, first);
            m_training->setItem(i, 1, new QTableWidgetItem(dates::shortDate(t.completedOn)));
            m_training->setItem(i, 2, new QTableWidgetItem(t.provider));
            m_training->setItem(i, 3, new QTableWidgetItem(t.certificateNo));
        }
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
    connect(m_training, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons, Qt::UniqueConnection);
    showCompetence();
}

// The competence checklist of the selected person; ticking a box asks core to record it.
void UsersPage::showCompetence()
{
    const QSignalBlocker block(m_competence);
    const QString name = selectedUsername();
    m_competence->setRowCount(0);
    if (name.isEmpty())
        return;
    try {
        const QList<StaffCompetence::Line> lines = StaffCompetence::checklist(m_ui.context(), name);
        m_competence->setRowCount(int(lines.size()));
        for (int i = 0; i < lines.size(); ++i) {
            const StaffCompetence::Line& l = lines[i];
            auto* item = new QTableWidgetItem(QStringLiteral("%1. %2").arg(l.item.number).arg(l.item.text));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(l.ticked ? Qt::Checked : Qt::Unchecked);
            item->setData(Qt::UserRole, l.item.number);
            item->setToolTip(l.item.text);
            m_competence->setItem(i, 0, item);
            m_competence->setItem(
                i, 1,
                new QTableWidgetItem(
                    l.ticked ? tr("%1, %2").arg(QLocale().toString(l.confirmedOn, QLocale::ShortFormat), l.confirmedBy)
                             : QString()));
        }
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
    connect(m_competence, &QTableWidget::itemChanged, this, &UsersPage::competenceChanged, Qt::UniqueConnection);
}

void UsersPage::competenceChanged(QTableWidgetItem* item)
{
    if (!item || item->column() != 0)
        return;
    const QString name = selectedUsername();
    const int number = item->data(Qt::UserRole).toInt();
    const bool ticked = item->checkState() == Qt::Checked;
    // After the table has finished with the item: reloading replaces it.
    QMetaObject::invokeMethod(
        this,
        [this, name, number, ticked] {
            try {
                if (ticked)
                    StaffCompetence::tick(m_ui.context(), name, number);
                else
                    StaffCompetence::untick(m_ui.context(), name, number);
                m_ui.notifyDataChanged(QStringLiteral("users"));
            } catch (const Error& e) {
                Prompter::instance().warning(this, title(), e.message());
            }
            showCompetence();
        },
        Qt::QueuedConnection);
}

void UsersPage::addUser()
{
    UserEditDialog dialog(m_ui, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        selectUser(dialog.username());
}

void UsersPage::editUser()
{
    const UserRecord* u = m_model->user(m_model->rowOf(selectedUsername()));
    if (!u)
        return;
    const UserRecord copy = *u;
    UserEditDialog dialog(m_ui, &copy, this);
    dialog.exec();
}

void UsersPage::resetPassword()
{
    const QString name = selectedUsername();
    if (name.isEmpty())
        return;
    PasswordDialog dialog(m_ui, PasswordDialog::Reset, name, this);
    if (dialog.exec() == QDialog::Accepted)
        Prompter::instance().information(
            this, title(), tr("The password of %1 was reset. They choose their own at the next sign-in.").arg(name));
}

void UsersPage::toggleDisabled()
{
    const UserRecord* u = m_model->user(m_model->rowOf(selectedUsername()));
    if (!u)
        return;
    const QString name = u->username;
    const bool disable = !u->disabled;
    if (disable && !Prompter::instance().confirm(this, title(),
                                                 tr("Disable the account %1? They can no longer sign in; their "
                                                    "history stays.")
                                                     .arg(name)))
        return;
    try {
        UserService::setDisabled(m_ui.context(), name, disable);
        m_ui.notifyDataChanged(QStringLiteral("users"));
        selectUser(name);
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
}

void UsersPage::unlockUser()
{
    const QString name = selectedUsername();
    try {
        UserService::unlock(m_ui.context(), name);
        m_ui.notifyDataChanged(QStringLiteral("users"));
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
}

void UsersPage::addTraining()
{
    const QString name = selectedUsername();
    if (name.isEmpty())
        return;
    TrainingDialog dialog(m_ui, name, this);
    dialog.exec();
}

void UsersPage::removeTraining()
{
    const QTableWidgetItem* item = m_training->item(m_training->currentRow(), 0);
    if (!item)
        return;
    if (!Prompter::instance().confirm(this, title(), tr("Remove the training record \"%1\"?").arg(item->text())))
        return;
    try {
        UserService::removeTraining(m_ui.context(), item->data(Qt::UserRole).toString());
        m_ui.notifyDataChanged(QStringLiteral("users"));
    } catch (const Error& e) {
        Prompter::instance().warning(this, title(), e.message());
    }
}

} // namespace loket::ui
