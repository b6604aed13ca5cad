#include "ComplaintFixture.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "complaints/ComplaintIntakeDialog.h"
#include "complaints/ComplaintRegisterModel.h"
#include "complaints/ComplaintsPage.h"
#include "settings/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QtTest>

using namespace loket;
using namespace loket::ui;
using test::ComplaintFixture;

// Intake offscreen: channels from the standard, the triage shown live with its rule, saving,
// and the registers page listing, filtering and exporting what was recorded.
class TestComplaintIntakeDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { Prompter::setInstance(&m_prompter); m_prompter = {}; }
    void cleanup() { Prompter::setInstance(nullptr); }
    void channelsComeFromTheStandard();
    void triageIsShownLiveAndSaved();
    void futureDateCannotBeSaved();
    void registersListFilterAndExport();
    void numberColumnShowsWholeAfterTheFirstRow();

private:
    static void shoot(QWidget* w, const QString& name);
    ScriptedPrompter m_prompter;
};

void TestComplaintIntakeDialog::shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void TestComplaintIntakeDialog::channelsComeFromTheStandard()
{
    ComplaintFixture f;
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::FrontDesk}));
    ComplaintIntakeDialog dialog(ui);
    auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("intakeChannel"));
    QCOMPARE(channel->count(), 13);
    QCOMPARE(channel->itemData(6).toString(), QStringLiteral("g"));
    QVERIFY(channel->itemText(6).contains(QStringLiteral("pengaduanptsp139@gmail.com")));
}

void TestComplaintIntakeDialog::triageIsShownLiveAndSaved()
{
    ComplaintFixture f(QDate(2026, 3, 17));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::FrontDesk}, QStringLiteral("rina")));
    ComplaintIntakeDialog dialog(ui);
    dialog.show();
    auto* kind = dialog.findChild<QLabel*>(QStringLiteral("intakeKind"));
    auto* rule = dialog.findChild<QLabel*>(QStringLiteral("intakeRule"));
    auto* due = dialog.findChild<QLabel*>(QStringLiteral("intakeDue"));
    // Nothing typed yet: no identity, so the standard makes it a suggestion.
    QCOMPARE(kind->text(), complaintKindTitle(ComplaintKind::Suggestion));
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleNoIdentity)));

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("intakeName")), QStringLiteral("Siti Rahma"));
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleNoObject)));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("intakeObject")),
                     QStringLiteral("Izin belum terbit padahal sudah lewat 7 hari kerja"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("intakeContact")), QStringLiteral("0812 3456 7890"));
    auto* channel = dialog.findChild<QComboBox*>(QStringLiteral("intakeChannel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("f")));
    dialog.findChild<QDateTimeEdit*>(QStringLiteral("intakeReceived"))
        ->setDateTime(QDateTime(QDate(2026, 3, 17), QTime(10, 0)));
    QCOMPARE(kind->text(), complaintKindTitle(ComplaintKind::Complaint));
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleNoRelatedCase)));
    QVERIFY2(due->text().contains(QStringLiteral("2026")), qPrintable(due->text()));
    // A visit without a case: "30 (tiga puluh) hari kalender sejak pemohon menerima pelayanan" runs
    // from the service date the officer enters; day 31 is a suggestion, day 30 a complaint.
    dialog.findChild<QCheckBox*>(QStringLiteral("intakeServiceKnown"))->setChecked(true);
    auto* serviceDate = dialog.findChild<QDateEdit*>(QStringLiteral("intakeServiceDate"));
    QVERIFY(serviceDate->isEnabled());
    serviceDate->setDate(QDate(2026, 2, 14));
    QCOMPARE(kind->text(), complaintKindTitle(ComplaintKind::Suggestion));
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleAfterWindow)));
    serviceDate->setDate(QDate(2026, 2, 15));
    QCOMPARE(kind->text(), complaintKindTitle(ComplaintKind::Complaint));
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleWithinWindow)));
    dialog.findChild<QCheckBox*>(QStringLiteral("intakeServiceKnown"))->setChecked(false);
    QVERIFY(rule->text().contains(ComplaintTriage::ruleTitle(ComplaintTriage::RuleNoRelatedCase)));
    shoot(&dialog, QStringLiteral("complaint-intake"));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("saveComplaint")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_prompter.shown.isEmpty());
    const Complaint& c = dialog.saved();
    QCOMPARE(c.channelKey, QStringLiteral("f"));
    QCOMPARE(c.dueOn, QDate(2026, 4, 14));
    QCOMPARE(c.registeredBy, QStringLiteral("rina"));
    QCOMPARE(f.complaintRows(), 1);
}

void TestComplaintIntakeDialog::futureDateCannotBeSaved()
{
    ComplaintFixture f;
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::FrontDesk}));
    ComplaintIntakeDialog dialog(ui);
    dialog.findChild<QDateTimeEdit*>(QStringLiteral("intakeReceived"))
        ->setDateTime(QDateTime(QDate(2026, 4, 1), QTime(10, 0)));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveComplaint"))->isEnabled() || !dialog.save());
    QCOMPARE(f.complaintRows(), 0);
}

void TestComplaintIntakeDialog::registersListFilterAndExport()
{
    ComplaintFixture f(QDate(2026, 2, 2));
    SettingsRepository(f.tdb().db())
        .set(f.tdb().context(), QStringLiteral("office.name"), QStringLiteral("DPMPTSP Kabupaten Purwakarta"));
    Context front = f.as({Role::FrontDesk});
    ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 5)));
    ComplaintIntake phone = ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 12), QStringLiteral("Budi"),
                                                     QStringLiteral("Petugas tidak ramah"));
    phone.channelKey = QStringLiteral("d");
    ComplaintService::intake(front, phone);
    ComplaintService::intake(front, ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 20), QString(),
                                                             QStringLiteral("Kursi ruang tunggu kurang")));

    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice}));
    ComplaintsPage page(ui);
    page.resize(1300, 700);
    page.show();
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->totalCount(), 2);
    shoot(&page, QStringLiteral("complaint-register"));
    page.findChild<QComboBox*>(QStringLiteral("filterChannel"))->setCurrentIndex(
        page.findChild<QComboBox*>(QStringLiteral("filterChannel"))->findData(QStringLiteral("d")));
    QCOMPARE(page.model()->rowCount(), 1);
    page.findChild<QComboBox*>(QStringLiteral("filterChannel"))->setCurrentIndex(0);
    auto* clock = page.findChild<QComboBox*>(QStringLiteral("filterClock"));
    clock->setCurrentIndex(clock->findData(QStringLiteral("overdue")));
    QCOMPARE(page.model()->rowCount(), 1);
    clock->setCurrentIndex(0);

    page.findChild<QTabBar*>(QStringLiteral("complaintRegisters"))->setCurrentIndex(1);
    QCOMPARE(page.model()->kind(), ComplaintKind::Suggestion);
    QCOMPARE(page.model()->rowCount(), 1);
    shoot(&page, QStringLiteral("suggestion-register"));
    page.findChild<QTabBar*>(QStringLiteral("complaintRegisters"))->setCurrentIndex(0);

    QTemporaryDir out;
    m_prompter.fileAnswers << out.filePath(QStringLiteral("r.csv")) << out.filePath(QStringLiteral("r.xlsx"))
                           << out.filePath(QStringLiteral("r.pdf"));
    QVERIFY(page.exportRegister(QStringLiteral("csv")));
    QVERIFY(page.exportRegister(QStringLiteral("xlsx")));
    QVERIFY(page.exportRegister(QStringLiteral("pdf")));
    QFile csv(out.filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header and two complaints
    QVERIFY(lines.at(1).contains(QStringLiteral("PGD-C01-2026-00002")));
    // Issue 14: the register holds names, so it is owner-only; no temporary is left beside it.
    for (const QString& name : {QStringLiteral("r.csv"), QStringLiteral("r.xlsx"), QStringLiteral("r.pdf")})
        QCOMPARE(QFile::permissions(out.filePath(name)) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    // A register that cannot be written is said; nothing is left under its name.
    m_prompter.fileAnswers << out.filePath(QStringLiteral("no-such-folder/r.csv"));
    QVERIFY(!page.exportRegister(QStringLiteral("csv")));
    QVERIFY2(m_prompter.shown.last().startsWith(QStringLiteral("warning:")), qPrintable(m_prompter.shown.last()));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("exportRegisterCsv"))->isEnabled());
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("r.xlsx"))).size() > 1000);
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("r.pdf"))).size() > 1000);
    const QString pdfCopy = qEnvironmentVariable("LOKET_SCREENSHOT_DIR");
    if (!pdfCopy.isEmpty())
        QFile::copy(out.filePath(QStringLiteral("r.pdf")), pdfCopy + QStringLiteral("/complaint-register.pdf"));
}

QTEST_MAIN(TestComplaintIntakeDialog)
// Issue 13, point 6: a register opened empty kept header-wide columns, and its first complaint's
// number showed as "PGD…".
void TestComplaintIntakeDialog::numberColumnShowsWholeAfterTheFirstRow()
{
    ComplaintFixture f(QDate(2026, 2, 2));
    UiContext ui(f.tdb().db(), f.tdb().clock(), test::actorWith({Role::BackOffice}));
    ComplaintsPage page(ui);
    page.resize(1300, 700);
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);
    const Complaint c =
        ComplaintService::intake(f.as({Role::FrontDesk}), ComplaintFixture::intake(ComplaintFixture::at(2026, 1, 5)));
    page.applyFilter();
    QCOMPARE(page.model()->rowCount(), 1);
    QTableView* view = page.view();
    int numberColumn = -1;
    for (int col = 0; col < page.model()->columnCount(); ++col)
        if (page.model()->index(0, col).data().toString() == c.number)
            numberColumn = col;
    QVERIFY(numberColumn >= 0);
    const int needed = view->fontMetrics().horizontalAdvance(c.number);
    QVERIFY2(view->columnWidth(numberColumn) > needed,
             qPrintable(QStringLiteral("%1 <= %2").arg(view->columnWidth(numberColumn)).arg(needed)));
    shoot(&page, QStringLiteral("complaint-register-first-row"));
}

#include "test_complaintintakedialog.moc"
