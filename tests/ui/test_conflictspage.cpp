#include "CaseFixture.h"
#include "cases/CaseListModel.h"
#include "cases/CaseReplay.h"
#include "cases/CaseRepository.h"
#include "cases/CaseScreen.h"
#include "cases/CasesPage.h"
#include "common/Ids.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "conflicts/ConflictListModel.h"
#include "conflicts/ConflictNoteDialog.h"
#include "conflicts/ConflictsPage.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

// A conflict built without the central database: the case is forwarded to the technical team
// here (C01, 09.00) while C03 forwarded the same state to signature at 09.05; replaying the case
// keeps the earlier action and records the fork.
class TestConflictsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheOpenConflict();
    void frontDeskCannotSettle();
    void supervisorKeepsTheOutcome();
    void supervisorTakesTheOverriddenOutcome();
    void emptyNoteIsRefusedWithTheServiceMessage();
    void openApplicationAsksForTheCase();
    void workstationFilterNarrowsTheCaseList();
    void sideBarShowsConflictsToWhoViewsReports();

private:
    QPushButton* button(ConflictsPage& page, const char* name)
    {
        return page.findChild<QPushButton*>(QString::fromLatin1(name));
    }
    QString stageOfCase()
    {
        return SqlQuery(m_fixture->data().db().handle(), QStringLiteral("SELECT stage FROM cases WHERE id = :id"))
            .bind(QStringLiteral(":id"), m_case.id)
            .scalar()
            .toString();
    }
    void grab(QWidget& w, const QString& name);
    static void backToEnglish()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    std::unique_ptr<CaseFixture> m_fixture;
    CaseRecord m_case;
    QString m_loser;
    ScriptedPrompter m_prompter;
    QList<ConflictNoteRequest> m_asked;
};

void TestConflictsPage::init()
{
    m_fixture = std::make_unique<CaseFixture>();
    m_case = m_fixture->caseAt(CaseStage::Verification);
    m_case = CaseService::act(m_fixture->system(), m_case.registrationNumber, CaseAction::ForwardToTechnical, {});
    const QSqlDatabase db = m_fixture->data().db().handle();

    // C03's sibling of the last action: same parent, a later time, a different outcome.
    SqlQuery src(db, QStringLiteral("SELECT at, snapshot FROM case_events WHERE id = :id"));
    src.bind(QStringLiteral(":id"), m_case.headEvent).exec();
    QVERIFY(src.next());
    const QString at = toStoredTime(fromStoredTime(src.value(0).toString()).addSecs(300));
    QJsonObject snapshot = QJsonDocument::fromJson(src.value(1).toString().toUtf8()).object();
    QCOMPARE(snapshot.value(QStringLiteral("stage")).toString(), QStringLiteral("technical"));
    snapshot.insert(QStringLiteral("stage"), QStringLiteral("signature"));
    m_loser = QStringLiteral("zzzz-c03-forward-signature");
    SqlQuery(db,
             QStringLiteral("INSERT INTO case_events (id, case_id, at, action, from_stage, to_stage, actor_id, "
                            "actor_name, note, created_at, updated_at, workstation, row_version, parent_event, "
                            "snapshot, overridden) SELECT :new, case_id, :at, :action, from_stage, 'signature', "
                            "actor_id, 'Sari', 'tidak perlu tim teknis', :at, :at, 'C03', 1, parent_event, :snap, 0 "
                            "FROM case_events WHERE id = :id"))
        .bind(QStringLiteral(":new"), m_loser)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":action"), CaseLifecycle::actionKey(CaseAction::ForwardToSignature))
        .bind(QStringLiteral(":snap"), QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":id"), m_case.headEvent)
        .exec();
    {
        Transaction tx(db);
        CaseReplay::replay(m_fixture->system(), m_case.id);
        tx.commit();
    }
    QCOMPARE(stageOfCase(), QStringLiteral("technical"));

    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
    m_asked.clear();
}

void TestConflictsPage::cleanup()
{
    Prompter::setInstance(nullptr);
    ConflictNoteDialog::setAnswerer({});
    m_fixture.reset();
}

void TestConflictsPage::grab(QWidget& w, const QString& name)
{
    // LOKET_GRAB_DIR=/tmp/x: pictures to look at, in English and Indonesian, at the size a
    // 1366×768 screen leaves for a page beside the side bar.
    const QString dir = qEnvironmentVariable("LOKET_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1366 - 220, 768 - 60);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestConflictsPage::listsTheOpenConflict()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    ConflictsPage page(ui);
    ConflictListModel* model = page.model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->openCount(), 1);
    QCOMPARE(model->index(0, ConflictListModel::ColRegistration).data().toString(), m_case.registrationNumber);
    const QString kept = model->index(0, ConflictListModel::ColKept).data().toString();
    QVERIFY2(kept.contains(QStringLiteral("C01")), qPrintable(kept));
    QVERIFY2(kept.contains(CaseLifecycle::actionTitle(CaseAction::ForwardToTechnical)), qPrintable(kept));
    const QString overridden = model->index(0, ConflictListModel::ColOverridden).data().toString();
    QVERIFY2(overridden.contains(QStringLiteral("C03")) && overridden.contains(QStringLiteral("Sari")),
             qPrintable(overridden));
    QVERIFY(overridden.contains(CaseLifecycle::actionTitle(CaseAction::ForwardToSignature)));
    QCOMPARE(model->index(0, ConflictListModel::ColStatus).data().toString(), ConflictListModel::tr("Open"));
    QCOMPARE(ConflictListModel::actionTitle(QStringLiteral("register")), ConflictListModel::tr("Registration"));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("conflictsTitle"))->text().contains(QStringLiteral("1")));
    QVERIFY(page.findChild<QCheckBox*>(QStringLiteral("showSettledCheck")));
    QVERIFY(page.findChild<QTableView*>(QStringLiteral("conflictsTable")));
    QVERIFY(button(page, "keepOutcomeButton")->isEnabled());
    QVERIFY(button(page, "takeOutcomeButton")->isEnabled());
    grab(page, QStringLiteral("conflicts"));
    if (!qEnvironmentVariableIsEmpty("LOKET_GRAB_DIR")) {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
        ConflictsPage indonesian(ui);
        grab(indonesian, QStringLiteral("conflicts-id"));
        ConflictNoteRequest request{ConflictsPage::tr("Take the overridden outcome"),
                                    ConflictsPage::tr("Application %1 takes the state its overridden action reached. "
                                                      "This is recorded as a new action on the application and "
                                                      "reaches every workstation.")
                                        .arg(m_case.registrationNumber),
                                    {QStringLiteral("a"), QStringLiteral("b")}};
        ConflictNoteDialog dialog(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(
            QDir(qEnvironmentVariable("LOKET_GRAB_DIR")).filePath(QStringLiteral("conflict-note-id.png")));
        backToEnglish();
    }
}

void TestConflictsPage::frontDeskCannotSettle()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::FrontDesk}, QStringLiteral("loket")));
    ConflictsPage page(ui);
    // Listing needs ViewReports: the page says why it shows nothing, and nothing can be settled.
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.model()->error().isEmpty());
    auto* message = page.findChild<QLabel*>(QStringLiteral("conflictsMessage"));
    QCOMPARE(message->text(), page.model()->error());
    QVERIFY(!button(page, "keepOutcomeButton")->isEnabled());
    QVERIFY(!button(page, "takeOutcomeButton")->isEnabled());
    QVERIFY(!page.keepSelected());

    // The supervisor takes over the counter: the list and the buttons follow.
    ui.setActor(actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(button(page, "keepOutcomeButton")->isEnabled());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("conflictsMessage"))->isHidden());
}

void TestConflictsPage::supervisorKeepsTheOutcome()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    ConflictsPage page(ui);
    ConflictNoteDialog::setAnswerer([this](const ConflictNoteRequest& r) {
        m_asked << r;
        return ConflictNoteAnswer{true, QStringLiteral("C01 checked the file first"), 0};
    });
    QSignalSpy casesChanged(&ui, &UiContext::dataChanged);
    QTest::mouseClick(button(page, "keepOutcomeButton"), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().text.contains(m_case.registrationNumber));
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!button(page, "keepOutcomeButton")->isEnabled());
    QCOMPARE(stageOfCase(), QStringLiteral("technical"));
    QVERIFY(!casesChanged.isEmpty());

    auto* settled = page.findChild<QCheckBox*>(QStringLiteral("showSettledCheck"));
    settled->setChecked(true);
    QCOMPARE(page.model()->rowCount(), 1);
    const QString status = page.model()->index(0, ConflictListModel::ColStatus).data().toString();
    QVERIFY2(status.contains(QStringLiteral("supervisor")), qPrintable(status));
    QVERIFY(page.model()->conflictAt(0)->resolved);
    QCOMPARE(page.model()->conflictAt(0)->outcome, QStringLiteral("kept"));
    // A settled conflict cannot be settled again.
    QVERIFY(!button(page, "keepOutcomeButton")->isEnabled());
    QVERIFY(!button(page, "takeOutcomeButton")->isEnabled());
    QVERIFY(button(page, "openConflictCaseButton")->isEnabled());
    grab(page, QStringLiteral("conflicts-settled"));
}

void TestConflictsPage::supervisorTakesTheOverriddenOutcome()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(), actorWith({Role::Head}, QStringLiteral("kepala")));
    ConflictsPage page(ui);
    ConflictNoteDialog::setAnswerer([this](const ConflictNoteRequest& r) {
        m_asked << r;
        return ConflictNoteAnswer{true, QStringLiteral("no technical review needed"), 0};
    });
    QTest::mouseClick(button(page, "takeOutcomeButton"), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().choices.isEmpty()); // one overridden action: nothing to pick
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(stageOfCase(), QStringLiteral("signature"));
    page.findChild<QCheckBox*>(QStringLiteral("showSettledCheck"))->setChecked(true);
    QCOMPARE(page.model()->conflictAt(0)->outcome, QStringLiteral("taken"));
}

void TestConflictsPage::emptyNoteIsRefusedWithTheServiceMessage()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    ConflictsPage page(ui);
    // Cancelled: nothing asked of the service.
    ConflictNoteDialog::setAnswerer([](const ConflictNoteRequest&) { return ConflictNoteAnswer{}; });
    QVERIFY(!page.keepSelected());
    QVERIFY(m_prompter.shown.isEmpty());
    // Accepted with a blank note: the service refuses and the page shows its message.
    ConflictNoteDialog::setAnswerer([](const ConflictNoteRequest&) {
        return ConflictNoteAnswer{true, QStringLiteral("  "), 0};
    });
    QVERIFY(!page.takeSelected());
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY2(m_prompter.shown.first().startsWith(QStringLiteral("warning: ")), qPrintable(m_prompter.shown.first()));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(stageOfCase(), QStringLiteral("technical"));

    // The real dialog keeps its OK button off until a note is written.
    ConflictNoteDialog dialog(
        ConflictNoteRequest{QStringLiteral("t"), QStringLiteral("x"), {QStringLiteral("a"), QStringLiteral("b")}});
    auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("conflictNoteOk"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QWidget*>(QStringLiteral("conflictNote")), QStringLiteral("why"));
    QVERIFY(ok->isEnabled());
    dialog.findChild<QComboBox*>(QStringLiteral("conflictNoteChoice"))->setCurrentIndex(1);
    dialog.accept();
    QCOMPARE(dialog.answer().note, QStringLiteral("why"));
    QCOMPARE(dialog.answer().choice, 1);
    QVERIFY(dialog.answer().accepted);
}

void TestConflictsPage::openApplicationAsksForTheCase()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    ConflictsPage page(ui);
    QSignalSpy open(&page, &ConflictsPage::openCaseRequested);
    QTest::mouseClick(button(page, "openConflictCaseButton"), Qt::LeftButton);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), m_case.registrationNumber);
    Q_EMIT page.table()->activated(page.model()->index(0, ConflictListModel::ColKept));
    QCOMPARE(open.size(), 2);
}

void TestConflictsPage::workstationFilterNarrowsTheCaseList()
{
    // Two more cases; one of them registered at C03 (as if received from there).
    m_fixture->caseAt(CaseStage::Registered, 2);
    const CaseRecord other = m_fixture->caseAt(CaseStage::Registered, 3);
    SqlQuery(m_fixture->data().db().handle(), QStringLiteral("UPDATE cases SET origin = 'C03' WHERE id = :id"))
        .bind(QStringLiteral(":id"), other.id)
        .exec();
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    CasesPage page(ui);
    QCOMPARE(page.model()->rowCount(), 3);
    auto* box = page.findChild<QComboBox*>(QStringLiteral("caseFilterWorkstation"));
    QVERIFY(box);
    QCOMPARE(box->count(), 3); // all, C01, C03
    QCOMPARE(box->itemData(0).toString(), QString());
    box->setCurrentIndex(box->findData(QStringLiteral("C03")));
    page.applyFilters();
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->registrationAt(0), other.registrationNumber);
    QCOMPARE(page.model()->index(0, CaseListModel::ColWorkstation).data().toString(), QStringLiteral("C03"));
    QCOMPARE(page.model()->headerData(CaseListModel::ColOfficer, Qt::Horizontal, Qt::DisplayRole).toString(),
             CaseListModel::tr("Holds the case"));
    box->setCurrentIndex(box->findData(QStringLiteral("C01")));
    page.applyFilters();
    QCOMPARE(page.model()->rowCount(), 2);
    grab(page, QStringLiteral("cases-workstation"));
    if (!qEnvironmentVariableIsEmpty("LOKET_GRAB_DIR")) {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
        CasesPage indonesian(ui);
        grab(indonesian, QStringLiteral("cases-workstation-id"));
        auto* table = indonesian.findChild<QTableView*>(QStringLiteral("caseTable"));
        table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
        grab(indonesian, QStringLiteral("cases-workstation-id-right"));
        backToEnglish();
    }
}

void TestConflictsPage::sideBarShowsConflictsToWhoViewsReports()
{
    UiContext ui(m_fixture->data().db(), m_fixture->data().clock(),
                 actorWith({Role::Supervisor}, QStringLiteral("supervisor")));
    MainWindow window(ui);
    auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    int row = -1;
    for (int i = 0; i < nav->count(); ++i)
        if (nav->item(i)->data(Qt::UserRole).toString() == QLatin1String("conflictsPage"))
            row = i;
    QVERIFY(row >= 0);
    QVERIFY(!nav->isRowHidden(row));
    QVERIFY(window.showPage(QStringLiteral("conflictsPage")));
    auto* page = qobject_cast<ConflictsPage*>(window.page(QStringLiteral("conflictsPage")));
    QVERIFY(page);
    // "Open application" brings up the case screen on the Applications page.
    page->openSelected();
    auto* cases = qobject_cast<CasesPage*>(window.page(QStringLiteral("casesPage")));
    QCOMPARE(nav->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("casesPage"));
    QVERIFY(cases->caseScreen()->isVisibleTo(cases));
    const QString dir = qEnvironmentVariable("LOKET_GRAB_DIR");
    if (!dir.isEmpty()) {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("id"));
        MainWindow indonesian(ui);
        indonesian.resize(1366, 768);
        indonesian.showPage(QStringLiteral("conflictsPage"));
        indonesian.show();
        QVERIFY(QTest::qWaitForWindowExposed(&indonesian));
        indonesian.grab().save(QDir(dir).filePath(QStringLiteral("window-conflicts-id.png")));
        backToEnglish();
    }
    ui.setActor(actorWith({Role::FrontDesk}, QStringLiteral("loket")));
    QVERIFY(nav->isRowHidden(row));
}

QTEST_MAIN(TestConflictsPage)
#include "test_conflictspage.moc"
