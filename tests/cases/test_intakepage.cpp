#include "CaseFixture.h"
#include "PreviewCatcher.h"
#include "cases/IntakePage.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "identity/IdentityValidator.h"
#include "storage/SqlQuery.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace loket;
using namespace loket::test;
using namespace loket::ui;

namespace {
int count(Database& db, const QString& sql)
{
    return SqlQuery(db.handle(), sql).scalar().toInt();
}

template <typename T> T* child(QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void ctrlEnter(QWidget* w)
{
    QTest::keyClick(w, Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

class TestIntakePage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void completeFileIsRegisteredWithTheKeyboard();
    void returningApplicantAndIncompleteFile();
    void badFieldsAreReportedWhereTheyAreTyped();
    void resultShowsTheCaseAsItIsNowAfterASwitchOfOfficer();

private:
    // Types the service and a new applicant and business; leaves the page on the checklist.
    void typeUpToChecklist(const QString& nik);

    std::unique_ptr<CaseFixture> m_fixture;
    std::unique_ptr<UiContext> m_ui;
    std::unique_ptr<IntakePage> m_page;
    ScriptedPrompter m_prompter;
};

void TestIntakePage::init()
{
    m_fixture = std::make_unique<CaseFixture>();
    Actor siti = actorWith({Role::FrontDesk}, QStringLiteral("siti"));
    siti.displayName = QStringLiteral("Siti Rahmawati");
    m_ui = std::make_unique<UiContext>(m_fixture->data().db(), m_fixture->data().clock(), siti);
    m_prompter = ScriptedPrompter();
    Prompter::setInstance(&m_prompter);
    m_page = std::make_unique<IntakePage>(*m_ui);
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QApplication::setActiveWindow(m_page.get());
}

void TestIntakePage::cleanup()
{
    m_page.reset();
    Prompter::setInstance(nullptr);
    m_ui.reset();
    m_fixture.reset();
}

void TestIntakePage::typeUpToChecklist(const QString& nik)
{
    QCOMPARE(m_page->step(), int(IntakePage::ServiceStep));
    auto* filter = child<QLineEdit>(m_page.get(), "serviceFilter");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("71205"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_page->step(), int(IntakePage::ApplicantStep));

    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantName"), QStringLiteral("Euis Nurhayati"));
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantNik"), nik);
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantPhone"), QStringLiteral("0813 2222 3333"));
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantAddress"), QStringLiteral("Jl. Veteran 139, Purwakarta"));
    ctrlEnter(child<QLineEdit>(m_page.get(), "applicantAddress"));
    QCOMPARE(m_page->step(), int(IntakePage::BusinessStep));

    QTest::keyClicks(child<QLineEdit>(m_page.get(), "businessName"), QStringLiteral("CV Ukur Presisi Plered"));
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "businessCapital"), QStringLiteral("3.500.000.000"));
    QVERIFY(child<QLabel>(m_page.get(), "businessScale")->text().contains(QStringLiteral("Rp5")));
    ctrlEnter(child<QLineEdit>(m_page.get(), "businessCapital"));
    QCOMPARE(m_page->step(), int(IntakePage::ChecklistStep));
}

void TestIntakePage::completeFileIsRegisteredWithTheKeyboard()
{
    typeUpToChecklist(CaseFixture::nik(7, 15, true));
    auto* table = child<QTableWidget>(m_page.get(), "checklistTable");
    QTRY_VERIFY(table->hasFocus());
    for (int i = 0; i < table->rowCount(); ++i)
        QTest::keyClick(table, Qt::Key_V);
    ctrlEnter(table);
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(m_page->step(), int(IntakePage::ResultStep));
    QVERIFY(m_page->lastResult().registered);
    const QString reg = m_page->lastResult().record.registrationNumber;
    QCOMPARE(reg, QStringLiteral("DPMPTSP/71205/2026/C01/00001"));
    QVERIFY(child<QLabel>(m_page.get(), "intakeResultTitle")->text().contains(reg));
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM cases WHERE stage = 'registered'")), 1);
    const CaseRecord c = CaseService::get(m_fixture->system(), reg);
    QCOMPARE(c.applicant.name, QStringLiteral("Euis Nurhayati"));
    QCOMPARE(c.applicant.phone, QStringLiteral("081322223333"));
    QCOMPARE(c.business.capital, 3'500'000'000LL);
    QCOMPARE(c.business.scale, BusinessScale::Kecil);
    QCOMPARE(c.officerName, QStringLiteral("Siti Rahmawati"));
    QVERIFY(c.dueDate.isValid());

    // From the result (the print button has the focus), Tab Tab Space starts the next application.
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(m_page.get(), "intakePrint"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(m_page.get(), "intakeNew"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(m_page->step(), int(IntakePage::ServiceStep));
}

void TestIntakePage::returningApplicantAndIncompleteFile()
{
    CaseService::registerCase(m_fixture->system(), m_fixture->request(3));
    m_page->startNew();
    auto* filter = child<QLineEdit>(m_page.get(), "serviceFilter");
    QTest::keyClick(filter, Qt::Key_Return); // the only service is already highlighted
    QCOMPARE(m_page->step(), int(IntakePage::ApplicantStep));
    auto* search = child<QLineEdit>(m_page.get(), "applicantSearch");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, CaseFixture::nik(3).left(10));
    QTRY_COMPARE(child<QListWidget>(m_page.get(), "applicantResults")->count(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(m_page.get(), "applicantName")->text(), QStringLiteral("Budi Santoso 3"));
    QVERIFY(child<QLineEdit>(m_page.get(), "applicantNik")->isReadOnly());
    ctrlEnter(child<QLineEdit>(m_page.get(), "applicantPhone"));

    auto* businessSearch = child<QLineEdit>(m_page.get(), "businessSearch");
    QTRY_VERIFY(businessSearch->hasFocus());
    QTest::keyClicks(businessSearch, QStringLiteral("kalibrasi pres"));
    QTRY_COMPARE(child<QListWidget>(m_page.get(), "businessResults")->count(), 1);
    QTest::keyClick(businessSearch, Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(m_page.get(), "businessName")->text(), QStringLiteral("CV Kalibrasi Presisi 3"));
    ctrlEnter(businessSearch);

    auto* table = child<QTableWidget>(m_page.get(), "checklistTable");
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_V);
    QTest::keyClick(table, Qt::Key_M); // U2 missing
    QTest::keyClick(table, Qt::Key_P); // U3 handed in, needs correction: the note takes the focus
    QWidget* note = table->cellWidget(2, 3);
    QTRY_VERIFY(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("tanda tangan belum ada"));
    ctrlEnter(note);
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(m_page->step(), int(IntakePage::ResultStep));
    QVERIFY(!m_page->lastResult().registered);
    QCOMPARE(m_page->lastResult().unmet.size(), 4); // U2 missing, U3 to correct, U4 and U5 never marked
    QVERIFY(child<QLabel>(m_page.get(), "intakeResultText")->text().contains(QStringLiteral("tanda tangan belum ada")));
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM applicants")), 1);
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM businesses")), 1);
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM cases WHERE stage = 'returned'")), 1);
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM case_clock_events")), 1);
}

// Issue 13, point 8: a field is checked when it is left and each step before "Next", by core's rules;
// a bad NIK or NPWP check digit is no longer found only at "Register" on the last step.
void TestIntakePage::badFieldsAreReportedWhereTheyAreTyped()
{
    auto* filter = child<QLineEdit>(m_page.get(), "serviceFilter");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("71205"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(m_page->step(), int(IntakePage::ApplicantStep));

    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantName"), QStringLiteral("Euis Nurhayati"));
    auto* nik = child<QLineEdit>(m_page.get(), "applicantNik");
    auto* phone = child<QLineEdit>(m_page.get(), "applicantPhone");
    nik->setFocus();
    QTest::keyClicks(nik, QStringLiteral("3214019999900001"));
    phone->setFocus(); // leaving the field checks it
    auto* nikCheck = child<QLabel>(m_page.get(), "applicantNikCheck");
    QTRY_VERIFY(nikCheck->isVisible());
    QVERIFY(!nikCheck->text().isEmpty());
    QTest::keyClicks(phone, QStringLiteral("0813 2222 3333"));
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "applicantAddress"), QStringLiteral("Jl. Veteran 139, Purwakarta"));
    ctrlEnter(child<QLineEdit>(m_page.get(), "applicantAddress"));
    QCOMPARE(m_page->step(), int(IntakePage::ApplicantStep)); // the step is checked before "Next"
    QCOMPARE(m_prompter.shown.size(), 1);
    QVERIFY(m_prompter.shown.first().startsWith(QStringLiteral("warning:")));
    QTRY_VERIFY(nik->hasFocus());
    QTest::keyClicks(nik, CaseFixture::nik(9)); // selected: typing replaces it
    QVERIFY(!nikCheck->isVisible());
    ctrlEnter(nik);
    QCOMPARE(m_page->step(), int(IntakePage::BusinessStep));

    // An old NPWP whose check digit is wrong.
    QString badNpwp;
    for (int d = 0; d <= 9 && badNpwp.isEmpty(); ++d) {
        const QString digits = QStringLiteral("01234567%1901000").arg(d);
        if (!IdentityValidator::npwpLuhnOk(digits))
            badNpwp = digits;
    }
    QTest::keyClicks(child<QLineEdit>(m_page.get(), "businessName"), QStringLiteral("CV Ukur Presisi Plered"));
    auto* npwp = child<QLineEdit>(m_page.get(), "businessNpwp");
    auto* capital = child<QLineEdit>(m_page.get(), "businessCapital");
    npwp->setFocus();
    QTest::keyClicks(npwp, badNpwp);
    capital->setFocus();
    auto* npwpCheck = child<QLabel>(m_page.get(), "businessNpwpCheck");
    QTRY_VERIFY(npwpCheck->isVisible());
    QVERIFY(!npwpCheck->text().isEmpty());
    // Rupiah get their thousands separators when the field is left.
    QTest::keyClicks(capital, QStringLiteral("750000000"));
    npwp->setFocus();
    QTRY_COMPARE(capital->text(), QStringLiteral("750.000.000"));
    ctrlEnter(capital);
    QCOMPARE(m_page->step(), int(IntakePage::BusinessStep));
    QCOMPARE(m_prompter.shown.size(), 2);
    QTRY_VERIFY(npwp->hasFocus());
    npwp->clear(); // NPWP is optional
    ctrlEnter(npwp);
    QCOMPARE(m_page->step(), int(IntakePage::ChecklistStep));
    auto* table = child<QTableWidget>(m_page.get(), "checklistTable");
    for (int i = 0; i < table->rowCount(); ++i)
        QTest::keyClick(table, Qt::Key_V);
    ctrlEnter(table);
    QCOMPARE(m_page->step(), int(IntakePage::ResultStep));
    QVERIFY(m_page->lastResult().registered);
    QCOMPARE(count(m_fixture->data().db(), QStringLiteral("SELECT count(*) FROM cases")), 1);
}

// Issue 13, point 5: the result of an intake stayed "returned to the applicant" after a switch of
// officer although the case had since been issued, and its print button then failed.
void TestIntakePage::resultShowsTheCaseAsItIsNowAfterASwitchOfOfficer()
{
    typeUpToChecklist(CaseFixture::nik(8));
    ctrlEnter(child<QTableWidget>(m_page.get(), "checklistTable")); // nothing marked: returned
    QCOMPARE(m_page->step(), int(IntakePage::ResultStep));
    QVERIFY(!m_page->lastResult().registered);
    const QString reg = m_page->lastResult().record.registrationNumber;

    // Meanwhile the file comes back complete and the permit is issued.
    const Context sys = m_fixture->system();
    TransitionRequest again;
    again.checklist = m_fixture->checklist(true);
    CaseService::act(sys, reg, CaseAction::Resubmit, again);
    CaseService::act(sys, reg, CaseAction::StartVerification, {});
    CaseService::act(sys, reg, CaseAction::ForwardToSignature, {});
    TransitionRequest issue;
    issue.nibNumber = QStringLiteral("9120000000808");
    issue.permitNumber = QStringLiteral("503/808/IZIN/2026");
    CaseService::act(sys, reg, CaseAction::Issue, issue);

    Actor rina = actorWith({Role::FrontDesk}, QStringLiteral("rina"));
    m_ui->setActor(rina);
    QCOMPARE(m_page->step(), int(IntakePage::ResultStep));
    QCOMPARE(m_page->lastResult().record.registrationNumber, reg);
    QCOMPARE(m_page->lastResult().record.stage, CaseStage::Issued);
    QVERIFY(m_page->lastResult().registered);
    const QString text = child<QLabel>(m_page.get(), "intakeResultText")->text();
    QVERIFY2(text.contains(caseStageTitle(CaseStage::Issued)), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Returned to the applicant")), qPrintable(text));

    // The print button prints the file receipt the case has now, without a warning.
    auto* print = child<QPushButton>(m_page.get(), "intakePrint");
    QVERIFY(print->isVisible());
    test::PreviewCatcher preview;
    print->click();
    QVERIFY2(m_prompter.shown.isEmpty(), qPrintable(m_prompter.shown.join(QLatin1Char('\n'))));
    QVERIFY(!preview.title().isEmpty());
}

QTEST_MAIN(TestIntakePage)
#include "test_intakepage.moc"
