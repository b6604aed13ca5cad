#include "TestDatabase.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "main/SettingsPage.h"
#include "settings/SettingsRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

class TestSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adminSavesOfficeIdentity();
    void emptyOfficeNameIsRefusedAndNothingSaved();
    void counterOfficerCannotEdit();
};

void TestSettingsPage::adminSavesOfficeIdentity()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SettingsPage page(ui);
    auto* name = page.findChild<QLineEdit*>(QStringLiteral("officeName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSettings")), Qt::LeftButton);
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("office.name")), QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    QCOMPARE(prompter.shown.size(), 1);
    QVERIFY(prompter.shown.first().startsWith(QStringLiteral("info:")));
    Prompter::setInstance(nullptr);
}

void TestSettingsPage::emptyOfficeNameIsRefusedAndNothingSaved()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    SettingsRepository(t.db()).set(ui.context(), QStringLiteral("office.name"), QStringLiteral("Kantor Lama"));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SettingsPage page(ui);
    page.findChild<QLineEdit*>(QStringLiteral("officeName"))->clear();
    QVERIFY(!page.save());
    QVERIFY(prompter.shown.first().startsWith(QStringLiteral("warning:")));
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("office.name")), QStringLiteral("Kantor Lama"));
    Prompter::setInstance(nullptr);
}

void TestSettingsPage::counterOfficerCannotEdit()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::FrontDesk}));
    SettingsPage page(ui);
    QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("officeName"))->isReadOnly());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("saveSettings"))->isEnabled());
}

QTEST_MAIN(TestSettingsPage)
#include "test_settingspage.moc"
