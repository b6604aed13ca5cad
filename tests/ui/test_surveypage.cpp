#include "TestDatabase.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "survey/SurveyFormWidget.h"
#include "survey/SurveyPage.h"
#include "survey/SurveyReportWidget.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

class TestSurveyPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enterFormsAndSeeTheIndex();
    void incompleteFormIsRefusedWithTheElementNamed();
    void counterOfficerDoesNotSeeTheIndex();
};

void TestSurveyPage::enterFormsAndSeeTheIndex()
{
    test::TestDatabase t(QDateTime(QDate(2026, 8, 3), QTime(10, 0), Clock::zone()));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::FrontDesk, Role::Supervisor}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SurveyPage page(ui);
    page.show();
    for (int form = 0; form < 2; ++form) {
        for (int i = 1; i <= 9; ++i) {
            auto* b = page.findChild<QRadioButton*>(QStringLiteral("score_U%1_%2").arg(i).arg(form == 0 ? 4 : 3));
            QVERIFY(b);
            QTest::mouseClick(b, Qt::LeftButton);
        }
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveSurvey")), Qt::LeftButton);
    }
    QVERIFY2(prompter.shown.isEmpty(), qPrintable(prompter.shown.join(QLatin1Char('\n'))));
    QCOMPARE(page.report()->period(), QStringLiteral("2026-Q3"));
    QCOMPARE(page.report()->current().respondents, 2);
    QVERIFY(qAbs(page.report()->current().ikm - 87.5) < 1e-9);
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("surveyIkm"))->text().contains(QStringLiteral("87")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("ikm.pdf"));
    prompter.fileAnswers << pdf;
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("surveyPdf")), Qt::LeftButton);
    QVERIFY(QFile(pdf).size() > 1000);
    // Issue 14: owner-only, written under a temporary name that is gone once it is complete.
    QCOMPARE(QFile::permissions(pdf) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("ikm.pdf")});
    // A file that cannot be written is said, and the button is back for another try.
    prompter.shown.clear();
    QVERIFY(!page.report()->exportPdf(dir.filePath(QStringLiteral("no-such-folder/ikm.pdf"))));
    QCOMPARE(prompter.shown.size(), 1);
    QVERIFY2(prompter.shown.first().startsWith(QStringLiteral("warning:")), qPrintable(prompter.shown.first()));
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("surveyPdf"))->isEnabled());
    Prompter::setInstance(nullptr);
}

void TestSurveyPage::incompleteFormIsRefusedWithTheElementNamed()
{
    test::TestDatabase t(QDateTime(QDate(2026, 8, 3), QTime(10, 0), Clock::zone()));
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::FrontDesk}));
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);
    SurveyFormWidget form(ui);
    for (int i = 1; i <= 8; ++i)
        form.setScore(QStringLiteral("U%1").arg(i), 3);
    QVERIFY(!form.save());
    QCOMPARE(prompter.shown.size(), 1);
    QVERIFY(prompter.shown.first().contains(QStringLiteral("U9")));
    Prompter::setInstance(nullptr);
}

void TestSurveyPage::counterOfficerDoesNotSeeTheIndex()
{
    test::TestDatabase t;
    UiContext ui(t.db(), t.clock(), test::actorWith({Role::FrontDesk}));
    SurveyReportWidget report(ui);
    QVERIFY(!report.findChild<QPushButton*>(QStringLiteral("surveyPdf"))->isEnabled());
    QCOMPARE(report.current().respondents, 0);
}

QTEST_MAIN(TestSurveyPage)
#include "test_surveypage.moc"
