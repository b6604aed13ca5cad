#include "GuiApplication.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/LogFile.h"
#include "common/Platform.h"
#include "common/UiContext.h"
#include "common/Version.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "setup/Bootstrap.h"
#include "setup/DemoDatabase.h"
#include "storage/Database.h"
#include "users/AuthService.h"
#include "users/SignInFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTextStream>

namespace loket::ui {

namespace {
// --smoke-screenshot FILE: proof that an installed Loket starts and draws (scripts/package-test).
// Opens the main window as the demo admin on a demo database, saves it as a PNG and quits:
// 0 when the PNG was written, 4 when it could not be, 5 when the database is not a demo.
int smokeScreenshot(Database& db, const QString& file)
{
    try {
        DemoDatabase::requireDemo(db);
        const Actor admin =
            AuthService::signIn(db, defaultClock(), QStringLiteral("admin"), QStringLiteral("admin-demo-1"));
        UiContext ui(db, defaultClock(), admin);
        MainWindow window(ui);
        window.resize(1366, 768);
        window.show();
        QApplication::processEvents();
        if (!window.grab().toImage().save(file, "PNG")) {
            QTextStream(stderr)
                << QApplication::translate("loket::ui::runGui", "Cannot write the screenshot %1.").arg(file)
                << Qt::endl;
            return 4;
        }
        return 0;
    } catch (const Error& e) {
        QTextStream(stderr) << e.message() << Qt::endl;
        return e.kind() == Error::Kind::Permission ? 5 : 4;
    }
}
} // namespace

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loket"));
    QApplication::setOrganizationName(QStringLiteral("loket"));
    QApplication::setApplicationDisplayName(QStringLiteral("Loket"));
    QApplication::setApplicationVersion(programVersion());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    platform::ownerOnlyFileCreation();
    LogFile::install(LogFile::defaultFolder(), true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loket: case management for DPMPTSP licensing counters."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: id or en."), QStringLiteral("LANG"));
    QCommandLineOption smokeOption(QStringLiteral("smoke-screenshot"),
                                   QStringLiteral("Open the main window on a demo database (--db), save it as a PNG "
                                                  "and quit (a check that the installed program draws)."),
                                   QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(smokeOption);
    parser.process(app);

    installTranslations(app, parser.value(langOption));

    Database db;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    try {
        db.open(path);
        Bootstrap::ensureBuiltins(db, defaultClock());
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, QApplication::translate("loket::ui::runGui", "Loket cannot start"), e.message());
        return 4;
    }

    if (parser.isSet(smokeOption))
        return smokeScreenshot(db, parser.value(smokeOption));

    // Nobody acts until someone signs in (or creates the first admin account).
    UiContext ui(db, defaultClock(), Actor());
    if (!SignInFlow::run(ui))
        return 0;
    MainWindow window(ui);
    window.showOnScreen();
    return app.exec();
}

} // namespace loket::ui
