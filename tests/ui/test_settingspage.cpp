#include "TestDatabase.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintLevels.h"
#include "i18n/Translations.h"
#include "main/SettingsPage.h"
#include "settings/BackupSettings.h"
#include "settings/SettingsRepository.h"
#include "storage/BackupService.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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
    void adminBacksUpNowAndSeesTheList();
    void backupSettingsAreSavedAndChecked();
    void complaintLevelsAreTheOfficesOrderedPosts();
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
    // The at-risk thresholds: H-2 and H-1 by default, saved as office-wide sla.* settings.
    auto* atRisk = page.findChild<QSpinBox*>(QStringLiteral("settingAtRisk"));
    auto* stageAtRisk = page.findChild<QSpinBox*>(QStringLiteral("settingStageAtRisk"));
    QVERIFY(atRisk && stageAtRisk);
    QCOMPARE(atRisk->value(), 2);
    QCOMPARE(stageAtRisk->value(), 1);
    atRisk->setValue(3);
    QVERIFY(page.save());
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("sla.at_risk_days")), QStringLiteral("3"));
    QCOMPARE(SettingsRepository(t.db()).value(QStringLiteral("sla.stage_at_risk_days")), QStringLiteral("1"));
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
    // Backups hold every citizen's data: the section is not there for a counter officer.
    QVERIFY(page.findChild<QGroupBox*>(QStringLiteral("backupSection"))->isHidden());
}

void TestSettingsPage::adminBacksUpNowAndSeesTheList()
{
    test::TestDatabase t(QDateTime(QDate(2026, 1, 5), QTime(12, 5, 9), Clock::zone()), QStringLiteral("C02"));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SettingsPage page(ui);
    page.resize(980, 860);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* section = page.findChild<QGroupBox*>(QStringLiteral("backupSection"));
    QVERIFY(section->isVisible());
    auto* dir = page.findChild<QLineEdit*>(QStringLiteral("backupDir"));
    QCOMPARE(dir->text(), QDir(t.dir()).filePath(QStringLiteral("backups")));
    QCOMPARE(page.findChild<QSpinBox*>(QStringLiteral("backupKeep"))->value(), 14);
    auto* list = page.findChild<QTableWidget*>(QStringLiteral("backupList"));
    QCOMPARE(list->rowCount(), 0);

    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("backupNow")), Qt::LeftButton);
    const QString name = QStringLiteral("loket-C02-20260105-120509.sqlite");
    QVERIFY(QFile::exists(QDir(dir->text()).filePath(name)));
    QCOMPARE(prompter.shown.size(), 1);
    QVERIFY2(prompter.shown.first().startsWith(QStringLiteral("info:")), qPrintable(prompter.shown.first()));
    QVERIFY(prompter.shown.first().contains(name));
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(list->item(0, 0)->text(), name);
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("ok"));
    QCOMPARE(SqlQuery(t.db().handle(), QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")).scalar().toString(),
             QStringLiteral("backup.write"));

    t.clock().advanceSecs(3600);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("backupNow")), Qt::LeftButton);
    QCOMPARE(list->rowCount(), 2);
    QCOMPARE(list->item(0, 0)->text(), QStringLiteral("loket-C02-20260105-130509.sqlite"));
    // LOKET_GRAB_DIR=/tmp/x: pictures of the section to look at, in English and Indonesian.
    const QString shot = qEnvironmentVariable("LOKET_GRAB_DIR");
    if (!shot.isEmpty()) {
        page.grab().save(QDir(shot).filePath(QStringLiteral("settings-backups.png")));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
        SettingsPage indonesian(ui);
        indonesian.resize(980, 860);
        indonesian.show();
        QVERIFY(QTest::qWaitForWindowExposed(&indonesian));
        indonesian.grab().save(QDir(shot).filePath(QStringLiteral("settings-backups-id.png")));
    }
    Prompter::setInstance(nullptr);
}

void TestSettingsPage::backupSettingsAreSavedAndChecked()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SettingsPage page(ui);
    auto* dir = page.findChild<QLineEdit*>(QStringLiteral("backupDir"));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("saveBackupSettings")));
    dir->setText(QStringLiteral("relative/folder"));
    QVERIFY(!page.saveBackupSettings());
    QVERIFY(prompter.shown.last().startsWith(QStringLiteral("warning:")));
    QCOMPARE(BackupSettings::configuredDir(t.db()), QDir(t.dir()).filePath(QStringLiteral("backups")));

    const QString elsewhere = QDir(t.dir()).filePath(QStringLiteral("usb"));
    dir->setText(elsewhere);
    page.findChild<QSpinBox*>(QStringLiteral("backupKeep"))->setValue(30);
    QVERIFY(page.saveBackupSettings());
    QVERIFY(prompter.shown.last().startsWith(QStringLiteral("info:")));
    QCOMPARE(BackupSettings::configuredDir(t.db()), elsewhere);
    QCOMPARE(BackupSettings::configuredKeep(t.db()), 30);
    Prompter::setInstance(nullptr);
}

// "berjenjang mulai dari tingkatan pelaksana sampai dengan Kepala DPMPTSP": the office keeps the
// ordered list of posts here; core refuses a list it cannot climb, and a counter officer only reads it.
void TestSettingsPage::complaintLevelsAreTheOfficesOrderedPosts()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SettingsPage page(ui);
    auto* posts = page.findChild<QPlainTextEdit*>(QStringLiteral("complaintPositions"));
    QVERIFY(posts);
    QCOMPARE(posts->toPlainText().split(QLatin1Char('\n')), ComplaintLevels::defaults());
    posts->setPlainText(QStringLiteral("Pelaksana\nKepala Seksi Pengaduan\n\nKepala Dinas"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveComplaintPositions")), Qt::LeftButton);
    QCOMPARE(ComplaintLevels::positions(t.db()),
             (QStringList{QStringLiteral("Pelaksana"), QStringLiteral("Kepala Seksi Pengaduan"),
                          QStringLiteral("Kepala Dinas")}));
    QVERIFY(prompter.shown.last().startsWith(QStringLiteral("info:")));
    // One post is no ladder: refused, the saved list stays and is shown again.
    posts->setPlainText(QStringLiteral("Kepala Dinas"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveComplaintPositions")), Qt::LeftButton);
    QVERIFY(prompter.shown.last().startsWith(QStringLiteral("warning:")));
    QCOMPARE(ComplaintLevels::positions(t.db()).size(), 3);
    QCOMPARE(posts->toPlainText().split(QLatin1Char('\n')).size(), 3);
    Prompter::setInstance(nullptr);

    UiContext counter(t.db(), t.clock(), test::actorWith({Role::FrontDesk}));
    SettingsPage readOnly(counter);
    QVERIFY(readOnly.findChild<QPlainTextEdit*>(QStringLiteral("complaintPositions"))->isReadOnly());
    QVERIFY(!readOnly.findChild<QPushButton*>(QStringLiteral("saveComplaintPositions"))->isEnabled());
}

QTEST_MAIN(TestSettingsPage)
#include "test_settingspage.moc"
