#include "GuiApplication.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/LogFile.h"
#include "common/Platform.h"
#include "common/UiContext.h"
#include "i18n/Translations.h"
#include "main/MainWindow.h"
#include "setup/Bootstrap.h"
#include "storage/Database.h"
#include "users/SignInFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStyleFactory>

namespace loket::ui {

int runGui(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("loket"));
    QApplication::setOrganizationName(QStringLiteral("loket"));
    QApplication::setApplicationDisplayName(QStringLiteral("Loket"));
    QApplication::setApplicationVersion(QStringLiteral(LOKET_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    platform::ownerOnlyFileCreation();
    LogFile::install(LogFile::defaultFolder(), true);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Loket"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("PATH"));
    QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: id or en."), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
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

    // Nobody acts until someone signs in (or creates the first admin account).
    UiContext ui(db, defaultClock(), Actor());
    if (!SignInFlow::run(ui))
        return 0;
    MainWindow window(ui);
    window.showOnScreen();
    return app.exec();
}

} // namespace loket::ui
