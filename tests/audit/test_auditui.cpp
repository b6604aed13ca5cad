#include "TestDatabase.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "identity/IdentityMask.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

namespace {
void addEntries(test::TestDatabase& t, int n, const QString& actor, const QString& record)
{
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}, actor));
    Transaction tx(ctx.db());
    for (int i = 0; i < n; ++i)
        AuditLog::append(
            ctx, QStringLiteral("case.register"), QStringLiteral("case"), record, {},
            {{QStringLiteral("registration"), QStringLiteral("PWK-C01-2026-%1").arg(i, 5, 10, QLatin1Char('0'))},
             {QStringLiteral("nik"), QStringLiteral("3214012505900001")}});
    tx.commit();
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestAuditUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { IdentityMask::registerAuditRule(); } // as the program does at start-up
    void init() { Prompter::setInstance(&m_prompter); }
    void cleanup() { Prompter::setInstance(nullptr); }
    void loadsLazilyNewestFirst();
    void filtersByRecordActorAndDate();
    void verifyButtonFindsTampering();
    void showsActionsRecordsAndChangesInWords();

private:
    ScriptedPrompter m_prompter;
};

void TestAuditUi::loadsLazilyNewestFirst()
{
    test::TestDatabase t;
    addEntries(t, 450, QStringLiteral("siti"), QStringLiteral("c1"));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Supervisor}, QStringLiteral("rina")));
    AuditPage page(ui);
    AuditTableModel* model = page.model();
    QCOMPARE(model->rowCount(), AuditTableModel::kPageSize);
    QVERIFY(model->totalCount() >= 450);
    QVERIFY(model->canFetchMore({}));
    QVERIFY(model->entry(0)->seq > model->entry(1)->seq);
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 2 * AuditTableModel::kPageSize);
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), int(model->totalCount()));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("auditCount"))->text().contains(QString::number(model->rowCount())));
}

void TestAuditUi::filtersByRecordActorAndDate()
{
    test::TestDatabase t;
    addEntries(t, 5, QStringLiteral("siti"), QStringLiteral("c1"));
    t.clock().advanceDays(3);
    addEntries(t, 3, QStringLiteral("budi"), QStringLiteral("c2"));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Admin}, QStringLiteral("andi")));
    AuditPage page(ui);
    auto* actor = page.findChild<QComboBox*>(QStringLiteral("auditActor"));
    QVERIFY(actor->findText(QStringLiteral("budi")) >= 0);
    actor->setCurrentText(QStringLiteral("siti"));
    page.findChild<QPushButton*>(QStringLiteral("auditApply"))->click();
    QCOMPARE(page.model()->rowCount(), 5);
    // The admin does not see identity numbers, even in the audit values.
    QVERIFY(page.model()->entry(0)->after.value(QStringLiteral("nik")).toString().contains(QStringLiteral("****")));

    page.clearFilter();
    page.findChild<QLineEdit*>(QStringLiteral("auditRecord"))->setText(QStringLiteral("c2"));
    page.apply();
    QCOMPARE(page.model()->rowCount(), 3);
    page.findChild<QTableView*>(QStringLiteral("auditTable"))->setCurrentIndex(page.model()->index(0, 0));
    QVERIFY(page.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"))
                ->toPlainText()
                .contains(QStringLiteral("PWK-C01-2026-00002")));

    page.clearFilter();
    page.findChild<QCheckBox*>(QStringLiteral("auditUseDates"))->setChecked(true);
    page.findChild<QDateEdit*>(QStringLiteral("auditFrom"))->setDate(QDate(2026, 1, 5));
    page.findChild<QDateEdit*>(QStringLiteral("auditTo"))->setDate(QDate(2026, 1, 5));
    page.apply();
    QCOMPARE(page.model()->rowCount(), 5);
    page.findChild<QDateEdit*>(QStringLiteral("auditFrom"))->setDate(QDate(2026, 1, 9));
    page.apply();
    QVERIFY(m_prompter.shown.last().startsWith(QStringLiteral("warning: ")));
}

void TestAuditUi::verifyButtonFindsTampering()
{
    test::TestDatabase t;
    addEntries(t, 12, QStringLiteral("siti"), QStringLiteral("c1"));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Head}, QStringLiteral("kepala")));
    AuditPage page(ui);
    page.resize(1100, 700);
    auto* result = page.findChild<QLabel*>(QStringLiteral("auditVerifyResult"));
    page.findChild<QPushButton*>(QStringLiteral("auditVerify"))->click();
    QVERIFY(page.verify());
    QVERIFY(!result->text().isEmpty());
    SqlQuery(t.db().handle(), QStringLiteral("DROP TRIGGER audit_log_no_update")).exec();
    SqlQuery(t.db().handle(), QStringLiteral("UPDATE audit_log SET actor_name = 'budi' WHERE seq = 9")).exec();
    QVERIFY(!page.verify());
    QVERIFY2(result->text().contains(QStringLiteral("9")), qPrintable(result->text()));
    page.apply();
    page.findChild<QTableView*>(QStringLiteral("auditTable"))->setCurrentIndex(page.model()->index(2, 0));
    shoot(&page, QStringLiteral("audit-page"));
}

// Issue 13, point 10: no raw keys, ids or JSON on the page.
void TestAuditUi::showsActionsRecordsAndChangesInWords()
{
    test::TestDatabase t;
    const Context ctx = t.context(test::actorWith({Role::FrontDesk}, QStringLiteral("siti")));
    {
        Transaction tx(ctx.db());
        AuditLog::append(ctx, QStringLiteral("case.hand_over"), QStringLiteral("case"),
                         QStringLiteral("0b6f7c1e-5d2a-4a57-9a57-1f0c2d3e4f50"),
                         {{QStringLiteral("registration_number"), QStringLiteral("PWK-C01-2026-00042")},
                          {QStringLiteral("stage"), QStringLiteral("issued")}},
                         {{QStringLiteral("registration_number"), QStringLiteral("PWK-C01-2026-00042")},
                          {QStringLiteral("stage"), QStringLiteral("handed_over")},
                          {QStringLiteral("handed_over_date"), QStringLiteral("2026-01-05")}});
        tx.commit();
    }
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::Supervisor}, QStringLiteral("rina")));
    AuditPage page(ui);
    AuditTableModel* model = page.model();
    QCOMPARE(model->entry(0)->action, QStringLiteral("case.hand_over")); // newest first
    auto cell = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(cell(AuditTableModel::Action), QStringLiteral("Handed over"));
    QCOMPARE(cell(AuditTableModel::Record), QStringLiteral("Application PWK-C01-2026-00042"));
    const QString change = cell(AuditTableModel::Change);
    QVERIFY2(change.contains(QStringLiteral("Stage: Issued → Handed over")), qPrintable(change));
    QVERIFY2(!change.contains(QStringLiteral("handed_over")) && !change.contains(QLatin1Char('{')), qPrintable(change));
    QVERIFY2(!change.contains(QStringLiteral("2026-01-05")), qPrintable(change));
    // The stored key stays at hand in the tooltip.
    QCOMPARE(model->index(0, AuditTableModel::Action).data(Qt::ToolTipRole).toString(),
             QStringLiteral("case.hand_over"));
    page.findChild<QTableView*>(QStringLiteral("auditTable"))->setCurrentIndex(model->index(0, 0));
    const QString detail = page.findChild<QPlainTextEdit*>(QStringLiteral("auditDetail"))->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("Handed over")) && detail.contains(QStringLiteral("PWK-C01-2026-00042")),
             qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1Char('{')) && !detail.contains(QStringLiteral("case.hand_over")),
             qPrintable(detail));
    page.resize(1300, 600);
    shoot(&page, QStringLiteral("audit_words"));
}

QTEST_MAIN(TestAuditUi)
#include "test_auditui.moc"
