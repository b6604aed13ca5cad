// Saves a PNG of every main screen as an officer sees it, for looking at them (not a test):
//   main_screenshots OUTPUT_DIR   (run by scripts/screenshots under Xvfb at 1366x768)
#include "ScreenshotData.h"
#include "cases/CasesPage.h"
#include "common/Clock.h"
#include "common/Prompter.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "reports/DashboardPage.h"
#include "reports/DashboardPrinter.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QStyleFactory>
#include <QtTest>

using namespace loket;
using namespace loket::ui;

namespace {
void save(QWidget& window, const QString& dir, const QString& name)
{
    QApplication::processEvents();
    QTest::qWait(300); // workers (dashboard counts) report back
    window.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("loket-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/loket-shots");
    QDir().mkpath(out);
    installTranslations(app, qEnvironmentVariable("LOKET_LANG", QStringLiteral("id")));
    test::ScreenshotData shots;
    Database& db = shots.db;
    FixedClock& clock = shots.clock;
    const Actor officer = test::ScreenshotData::officer(
        QStringLiteral("siti"), {Role::FrontDesk, Role::BackOffice, Role::Supervisor, Role::Admin});
    UiContext ui(db, clock, officer);
    ScriptedPrompter prompter;
    Prompter::setInstance(&prompter);

    MainWindow window(ui);
    window.showOnScreen();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    for (const char* key : {"intakePage", "casesPage", "dashboardPage", "complaintsPage", "surveyPage", "catalogPage",
                            "calendarPage", "usersPage", "auditPage", "settingsPage", "conflictsPage"}) {
        if (window.showPage(QString::fromLatin1(key)))
            save(window, out, QString::fromLatin1(key));
    }
    // The dashboard as printed (scripts/screenshots renders its pages to PNG).
    if (auto* dashboard = qobject_cast<DashboardPage*>(window.page(QStringLiteral("dashboardPage")))) {
        QFile pdf(out + QStringLiteral("/dashboard.pdf"));
        if (pdf.open(QIODevice::WriteOnly))
            pdf.write(DashboardPrinter::pdf(ui, dashboard->snapshot()));
    }
    // A case that went a long way: returned once, then further.
    window.showPage(QStringLiteral("casesPage"));
    auto* cases = qobject_cast<CasesPage*>(window.page(QStringLiteral("casesPage")));
    const QString reg = shots.longWayCase();
    if (cases && !reg.isEmpty() && cases->openCase(reg)) {
        save(window, out, QStringLiteral("caseScreen"));
        if (qEnvironmentVariableIsSet("LOKET_SHOTS_WIDE"))
            for (QWidget* w : window.findChildren<QWidget*>())
                if (w->isVisible() && w->minimumSizeHint().width() > 500)
                    qInfo() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint()
                            << w->minimumSize();
    }
    Prompter::setInstance(nullptr);
    QTextStream(stdout) << "screens saved in " << out << '\n';
    return 0;
}
