// Saves PNGs of the intake steps, the case list with demo data and a case screen, for looking
// at the screens (not a test): case_screenshots OUTPUT_DIR
#include "ScreenshotData.h"
#include "cases/CaseListModel.h"
#include "cases/CaseScreen.h"
#include "cases/CasesPage.h"
#include "cases/IntakePage.h"
#include "common/Clock.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableWidget>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/case-shots");
    QDir().mkpath(out);
    installTranslations(app, qEnvironmentVariable("LOKET_LANG", QStringLiteral("id")));
    test::ScreenshotData shots;
    Database& db = shots.db;
    FixedClock& clock = shots.clock;
    const Actor officer = test::ScreenshotData::officer(QStringLiteral("loket"), {Role::FrontDesk, Role::BackOffice});
    UiContext ui(db, clock, officer);
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);

    IntakePage intake(ui);
    intake.resize(1180, 760);
    intake.show();
    QTest::qWaitForWindowExposed(&intake);
    intake.grab().save(out + QStringLiteral("/intake-1-service.png"));
    intake.next();
    intake.findChild<QLineEdit*>(QStringLiteral("applicantSearch"))->setText(QStringLiteral("asep"));
    intake.grab().save(out + QStringLiteral("/intake-2-applicant.png"));
    intake.findChild<QLineEdit*>(QStringLiteral("applicantName"))->setText(QStringLiteral("Euis Nurhayati"));
    intake.findChild<QLineEdit*>(QStringLiteral("applicantNik"))->setText(QStringLiteral("3214015503900001"));
    intake.findChild<QLineEdit*>(QStringLiteral("applicantPhone"))->setText(QStringLiteral("0813 2222 3333"));
    intake.next();
    intake.findChild<QLineEdit*>(QStringLiteral("businessName"))->setText(QStringLiteral("CV Ukur Presisi Plered"));
    intake.findChild<QLineEdit*>(QStringLiteral("businessCapital"))->setText(QStringLiteral("3.500.000.000"));
    intake.grab().save(out + QStringLiteral("/intake-3-business.png"));
    intake.next();
    auto* table = intake.findChild<QTableWidget*>(QStringLiteral("checklistTable"));
    table->setFocus();
    for (const char k : {'V', 'M', 'P'})
        QTest::keyClick(table, k);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("tanda tangan direktur belum ada"));
    intake.grab().save(out + QStringLiteral("/intake-4-checklist.png"));
    intake.submit();
    intake.grab().save(out + QStringLiteral("/intake-5-result.png"));

    CasesPage cases(ui);
    cases.resize(1400, 800);
    cases.show();
    QTest::qWaitForWindowExposed(&cases);
    cases.grab().save(out + QStringLiteral("/cases-list.png"));
    // The orders of the column headers (each read from an index, schema 27).
    for (const auto& [column, name] : {std::pair{CaseListModel::ColStage, "stage"},
                                       {CaseListModel::ColDue, "due"},
                                       {CaseListModel::ColApplicant, "applicant"}}) {
        cases.model()->sort(column, Qt::AscendingOrder);
        cases.grab().save(out + QStringLiteral("/cases-list-by-%1.png").arg(QLatin1String(name)));
    }
    cases.model()->sort(CaseListModel::ColReceived, Qt::DescendingOrder);
    // A case that went a long way: returned once, then further.
    const QString reg = shots.longWayCase();
    cases.openCase(reg.isEmpty() ? cases.model()->registrationAt(0) : reg);
    cases.grab().save(out + QStringLiteral("/case-screen.png"));
    cases.openCase(cases.model()->registrationAt(0));
    cases.grab().save(out + QStringLiteral("/case-screen-new.png"));
    if (auto* b = cases.findChild<QPushButton*>(QStringLiteral("action_return")))
        b->click();
    cases.grab().save(out + QStringLiteral("/case-screen-action.png"));
    Prompter::setInstance(nullptr);
    return 0;
}
