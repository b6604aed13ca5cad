#include "TestDatabase.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "main/MainWindow.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"
#include "users/AuthService.h"
#include "users/DemoUsers.h"
#include "users/LockScreen.h"
#include "users/SessionController.h"
#include "users/SignInDialog.h"
#include "users/SignInFlow.h"
#include "users/StaffCompetence.h"
#include "users/UserService.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>
#include <functional>

using namespace loket;
using namespace loket::ui;

namespace {
// Runs `f` on the dialog called `name` as soon as it is shown (inside its exec()).
void onDialog(const QString& name, std::function<void(QWidget*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, name, f] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->objectName() == name && w->isVisible()) {
                timer->stop();
                timer->deleteLater();
                f(w);
                return;
            }
        }
    });
    timer->start();
}

void type(QWidget* dialog, const char* field, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
    QVERIFY2(edit, field);
    edit->setText(text);
}

void click(QWidget* dialog, const char* button)
{
    auto* b = dialog->findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY2(b, button);
    b->click();
}

// With LOKET_SCREENSHOTS=DIR the screens are saved for a person to look at.
void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool rowHidden(MainWindow& window, const QString& key)
{
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i)
        if (nav->item(i)->data(Qt::UserRole).toString() == key)
            return nav->isRowHidden(i);
    return false;
}

Actor demoActor(test::TestDatabase& t, const QString& name)
{
    for (const DemoUsers::Account& a : DemoUsers::accounts())
        if (a.username == name)
            return AuthService::signIn(t.db(), t.clock(), a.username, a.password);
    return {};
}
} // namespace

class TestUsersUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartCreatesTheAdmin();
    void demoSignInSaysItIsADemo();
    void resetPasswordMustBeChangedAtSignIn();
    void idleLockNeedsThePassword();
    void lockOnDemandAndSwitchOfficer();
    void pagesOnlyForRolesAllowed();
    void usersPageAddsDisablesAndShowsTheRegister();
    void competenceTickedOnTheUsersPage();

private:
    ScriptedPrompter m_prompter;
};

void TestUsersUi::init()
{
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
}

void TestUsersUi::cleanup()
{
    Prompter::setInstance(nullptr);
}

void TestUsersUi::firstStartCreatesTheAdmin()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), Actor());
    onDialog(QStringLiteral("firstAdminDialog"), [](QWidget* d) {
        shoot(d, QStringLiteral("first-admin"));
        type(d, "adminName", QStringLiteral("Andi Pratama"));
        type(d, "adminPassword", QStringLiteral("Rahasia-Admin-1"));
        type(d, "adminPasswordAgain", QStringLiteral("Rahasia-Admin-2"));
        click(d, "createAdminButton");
        QVERIFY(d->isVisible()); // the passwords differ
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("adminError"))->isVisible());
        type(d, "adminPasswordAgain", QStringLiteral("Rahasia-Admin-1"));
        click(d, "createAdminButton");
    });
    QVERIFY(SignInFlow::run(ui));
    QCOMPARE(ui.actor().username, QStringLiteral("admin"));
    QCOMPARE(ui.actor().roles, Roles{Role::Admin});
    QVERIFY(UserService::hasUsers(t.db()));
}

void TestUsersUi::demoSignInSaysItIsADemo()
{
    test::TestDatabase t;
    DemoUsers::create(t.context());
    UiContext ui(t.db(), t.clock(), Actor());
    onDialog(QStringLiteral("signInDialog"), [](QWidget* d) {
        auto* demo = d->findChild<QWidget*>(QStringLiteral("demoAccounts"));
        QVERIFY(demo && demo->isVisible());
        QString shown;
        for (const QLabel* l : demo->findChildren<QLabel*>())
            shown += l->text() + QLatin1Char('\n');
        for (const DemoUsers::Account& a : DemoUsers::accounts()) {
            QVERIFY(shown.contains(a.username));
            QVERIFY(shown.contains(a.password));
        }
        type(d, "signInUser", QStringLiteral("loket"));
        type(d, "signInPassword", QStringLiteral("wrong-one"));
        click(d, "signInButton");
        QVERIFY(d->isVisible());
        auto* error = d->findChild<QLabel*>(QStringLiteral("signInError"));
        QVERIFY(error->isVisible() && !error->text().isEmpty());
        shoot(d, QStringLiteral("sign-in-demo"));
        type(d, "signInPassword", QStringLiteral("loket-demo-1"));
        click(d, "signInButton");
    });
    QVERIFY(SignInFlow::run(ui));
    QCOMPARE(ui.actor().username, QStringLiteral("loket"));
    QCOMPARE(ui.actor().roles, Roles{Role::FrontDesk});

    // Not a demo: no list of accounts.
    test::TestDatabase plain;
    UserService::createFirstAdmin(plain.context(), QStringLiteral("admin"), {}, QStringLiteral("Rahasia-Admin-1"));
    SignInDialog dialog(plain.db(), plain.clock());
    QVERIFY(!dialog.findChild<QWidget*>(QStringLiteral("demoAccounts")));
}

void TestUsersUi::resetPasswordMustBeChangedAtSignIn()
{
    test::TestDatabase t;
    NewUser u;
    u.username = QStringLiteral("siti");
    u.displayName = QStringLiteral("Siti");
    u.roles = {Role::FrontDesk};
    u.password = QStringLiteral("Sementara-01");
    UserService::create(t.context(), u); // an admin set it: must be changed
    UiContext ui(t.db(), t.clock(), Actor());
    onDialog(QStringLiteral("signInDialog"), [](QWidget* d) {
        type(d, "signInUser", QStringLiteral("siti"));
        type(d, "signInPassword", QStringLiteral("Sementara-01"));
        click(d, "signInButton");
    });
    onDialog(QStringLiteral("passwordDialog"), [](QWidget* d) {
        type(d, "currentPassword", QStringLiteral("Sementara-01"));
        type(d, "newPassword", QStringLiteral("Milik-Siti-77"));
        type(d, "newPasswordAgain", QStringLiteral("Milik-Siti-77"));
        click(d, "savePassword");
    });
    QVERIFY(SignInFlow::run(ui));
    QCOMPARE(ui.actor().username, QStringLiteral("siti"));
    QVERIFY(!UserService::get(ui.context(), QStringLiteral("siti")).mustChangePassword);
    QCOMPARE(AuthService::signIn(t.db(), t.clock(), QStringLiteral("siti"), QStringLiteral("Milik-Siti-77")).username,
             QStringLiteral("siti"));
}

void TestUsersUi::idleLockNeedsThePassword()
{
    test::TestDatabase t;
    DemoUsers::create(t.context());
    SettingsRepository(t.db()).set(t.context(), QStringLiteral("security.idle_lock_minutes"), QStringLiteral("0.005"));
    UiContext ui(t.db(), t.clock(), demoActor(t, QStringLiteral("loket")));
    MainWindow window(ui);
    window.show();
    auto* session = window.findChild<SessionController*>(QStringLiteral("sessionController"));
    QVERIFY(session);
    QCOMPARE(session->idleIntervalMs(), 300);
    QTRY_VERIFY(session->isLocked());
    LockScreen* lock = session->lockScreen();
    QVERIFY(lock->isVisible());
    QVERIFY(!window.isVisible());
    QVERIFY(lock->findChild<QLabel*>(QStringLiteral("lockOfficer"))->text().contains(QStringLiteral("Siti Rahmawati")));
    shoot(lock, QStringLiteral("lock-screen"));

    lock->findChild<QLineEdit*>(QStringLiteral("lockPassword"))->setText(QStringLiteral("not-it"));
    lock->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    QVERIFY(session->isLocked());
    QVERIFY(lock->findChild<QLabel*>(QStringLiteral("lockError"))->isVisible());
    lock->findChild<QLineEdit*>(QStringLiteral("lockPassword"))->setText(QStringLiteral("loket-demo-1"));
    lock->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    QVERIFY(!session->isLocked());
    QVERIFY(window.isVisible());
    QVERIFY(!lock->isVisible());
    QCOMPARE(ui.actor().username, QStringLiteral("loket"));
    // Idle again: locked again.
    QTRY_VERIFY(session->isLocked());

    // 0 turns the idle lock off.
    lock->findChild<QLineEdit*>(QStringLiteral("lockPassword"))->setText(QStringLiteral("loket-demo-1"));
    lock->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    SettingsRepository(t.db()).set(t.context(), QStringLiteral("security.idle_lock_minutes"), QStringLiteral("0"));
    ui.notifyDataChanged(QStringLiteral("settings"));
    QTest::qWait(500);
    QVERIFY(!session->isLocked());
}

void TestUsersUi::lockOnDemandAndSwitchOfficer()
{
    test::TestDatabase t;
    DemoUsers::create(t.context());
    UiContext ui(t.db(), t.clock(), demoActor(t, QStringLiteral("loket")));
    MainWindow window(ui);
    window.show();
    auto* session = window.findChild<SessionController*>(QStringLiteral("sessionController"));
    auto* lockAction = window.findChild<QAction*>(QStringLiteral("actionLock"));
    QVERIFY(lockAction);
    QCOMPARE(lockAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    lockAction->trigger();
    QVERIFY(session->isLocked());
    QVERIFY(!window.isVisible());

    // A colleague takes the counter from the lock screen.
    onDialog(QStringLiteral("signInDialog"), [](QWidget* d) {
        type(d, "signInUser", QStringLiteral("backoffice"));
        type(d, "signInPassword", QStringLiteral("backoffice-demo-1"));
        click(d, "signInButton");
    });
    session->lockScreen()->findChild<QPushButton*>(QStringLiteral("lockSwitchUser"))->click();
    QVERIFY(!session->isLocked());
    QVERIFY(window.isVisible());
    QCOMPARE(ui.actor().username, QStringLiteral("backoffice"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("Dedi")));

    // Switching from the menu; cancelling keeps the officer.
    auto* switchAction = window.findChild<QAction*>(QStringLiteral("actionSwitchUser"));
    QVERIFY(switchAction);
    onDialog(QStringLiteral("signInDialog"), [](QWidget* d) { static_cast<QDialog*>(d)->reject(); });
    switchAction->trigger();
    QCOMPARE(ui.actor().username, QStringLiteral("backoffice"));
    onDialog(QStringLiteral("signInDialog"), [](QWidget* d) {
        type(d, "signInUser", QStringLiteral("admin"));
        type(d, "signInPassword", QStringLiteral("admin-demo-1"));
        click(d, "signInButton");
    });
    switchAction->trigger();
    QCOMPARE(ui.actor().username, QStringLiteral("admin"));
    QVERIFY(!rowHidden(window, QStringLiteral("usersPage")));
}

void TestUsersUi::pagesOnlyForRolesAllowed()
{
    test::TestDatabase t;
    for (Role r : allRoles()) {
        UiContext ui(t.db(), t.clock(), test::actorWith({r}));
        MainWindow window(ui);
        QCOMPARE(rowHidden(window, QStringLiteral("usersPage")), !ui.actor().can(Permission::ManageUsers));
        QCOMPARE(rowHidden(window, QStringLiteral("auditPage")), !ui.actor().can(Permission::ViewAudit));
        // Even shown by force, the users page loads nothing for someone without the permission.
        auto* page = qobject_cast<UsersPage*>(window.page(QStringLiteral("usersPage")));
        QVERIFY(page);
        QCOMPARE(page->findChild<QTableView*>(QStringLiteral("usersTable"))->model()->rowCount() > 0,
                 ui.actor().can(Permission::ManageUsers) && UserService::hasUsers(t.db()));
        QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("addUserButton"))->isEnabled(),
                 ui.actor().can(Permission::ManageUsers));
    }
}

// Component 9, items 3-9: ticked per person beside the training records; a tick is kept.
void TestUsersUi::competenceTickedOnTheUsersPage()
{
    test::TestDatabase t;
    Bootstrap::ensureBuiltins(t.db(), t.clock());
    DemoUsers::create(t.context());
    UiContext ui(t.db(), t.clock(), demoActor(t, QStringLiteral("admin")));
    UsersPage page(ui);
    page.show();
    QVERIFY(page.selectUser(QStringLiteral("loket")));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("competenceTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->rowCount(), 7);
    QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("3. Memiliki sikap ramah")));
    QCOMPARE(table->item(6, 0)->checkState(), Qt::Unchecked);
    table->item(6, 0)->setCheckState(Qt::Checked);
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    // The table is filled again from core once the tick is recorded: who confirmed it, and when.
    QTRY_VERIFY(table->item(6, 1) && !table->item(6, 1)->text().isEmpty());
    QCOMPARE(table->item(6, 0)->checkState(), Qt::Checked);
    const QList<StaffCompetence::Line> lines = StaffCompetence::checklist(ui.context(), QStringLiteral("loket"));
    QVERIFY(lines.last().ticked);
    QCOMPARE(lines.last().item.number, 9);
    // Another person's list is their own.
    QVERIFY(page.selectUser(QStringLiteral("kepala")));
    QTRY_COMPARE(table->item(6, 0)->checkState(), Qt::Unchecked);
}

void TestUsersUi::usersPageAddsDisablesAndShowsTheRegister()
{
    test::TestDatabase t;
    // The built-in standard, as the program loads it: its component 11 sets 30 staff.
    Bootstrap::ensureBuiltins(t.db(), t.clock());
    DemoUsers::create(t.context());
    UiContext ui(t.db(), t.clock(), demoActor(t, QStringLiteral("admin")));
    MainWindow window(ui);
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.showPage(QStringLiteral("usersPage")));
    auto* page = qobject_cast<UsersPage*>(window.page(QStringLiteral("usersPage")));
    auto* table = page->findChild<QTableView*>(QStringLiteral("usersTable"));
    QCOMPARE(table->model()->rowCount(), 6);
    QVERIFY(page->selectUser(QStringLiteral("loket")));
    QTRY_COMPARE(page->findChild<QTableWidget*>(QStringLiteral("trainingTable"))->rowCount(), 3);
    shoot(&window, QStringLiteral("users-page"));

    onDialog(QStringLiteral("userEditDialog"), [](QWidget* d) {
        type(d, "editUsername", QStringLiteral("budi"));
        type(d, "editFullName", QStringLiteral("Budi Santoso"));
        type(d, "editPassword", QStringLiteral("Pertama-Budi-1"));
        type(d, "editPasswordAgain", QStringLiteral("Pertama-Budi-1"));
        click(d, "saveUser");
        QVERIFY(d->isVisible()); // no role chosen yet
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("editError"))->text().size() > 0);
        shoot(d, QStringLiteral("user-edit"));
        d->findChild<QCheckBox*>(QStringLiteral("role_front_desk"))->setChecked(true);
        click(d, "saveUser");
    });
    page->findChild<QPushButton*>(QStringLiteral("addUserButton"))->click();
    QCOMPARE(table->model()->rowCount(), 7);
    QCOMPARE(page->selectedUsername(), QStringLiteral("budi"));
    QVERIFY(UserService::get(ui.context(), QStringLiteral("budi")).mustChangePassword);

    m_prompter.confirmAnswers = {true};
    page->findChild<QPushButton*>(QStringLiteral("toggleUserButton"))->click();
    QVERIFY(UserService::get(ui.context(), QStringLiteral("budi")).disabled);
    QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("toggleUserButton"))->text(), UsersPage::tr("Enable"));

    // The admin cannot disable themself: the refusal is shown, nothing changes.
    QVERIFY(page->selectUser(QStringLiteral("admin")));
    m_prompter.confirmAnswers = {true};
    page->findChild<QPushButton*>(QStringLiteral("toggleUserButton"))->click();
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("warning: ")));
    QVERIFY(!UserService::get(ui.context(), QStringLiteral("admin")).disabled);

    auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("usersTabs"));
    tabs->setCurrentIndex(1);
    const QString summary = page->findChild<QLabel*>(QStringLiteral("staffSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("30")) && summary.contains(QStringLiteral("6")), qPrintable(summary));
    QCOMPARE(page->findChild<QTableView*>(QStringLiteral("staffRegisterTable"))->model()->rowCount(), 6);
    shoot(&window, QStringLiteral("staff-register"));
}

QTEST_MAIN(TestUsersUi)
#include "test_usersui.moc"
