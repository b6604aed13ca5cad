#include "CliApplication.h"
#include "CliText.h"

#include "CommandRegistry.h"
#include "common/Error.h"
#include "common/Log.h"
#include "common/LogFile.h"
#include "common/Platform.h"
#include "common/Version.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonObject>
#include <cstring>
#include <memory>

namespace loket::cli {

namespace {
void printHelp(CliContext& ctx)
{
    QTextStream& out = ctx.out();
    out << Cli::tr("Usage: loket-cli [--db PATH] [--json] [--user NAME] [--lang id|en] COMMAND ...") << '\n';
    out << Cli::tr("       loket-cli --version | --help") << "\n\n";
    out << Cli::tr("Commands:") << '\n';
    for (const Command& c : commands()) {
        // The descriptions in the help's language, like its header.
        for (const QString& block : c.usage.split(QLatin1Char('\f'))) {
            const QString text = QCoreApplication::translate("loket::cli::help", block.toUtf8().constData());
            for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << "  " << line << '\n';
        }
    }
    out << '\n'
        << Cli::tr("Exit codes: 0 ok, 1 check failed, 2 usage, 3 invalid input, 4 storage error, 5 not permitted.")
        << '\n';
    out << Cli::tr("Log: %1 (--verbose adds debug messages).").arg(LogFile::path()) << '\n';
    out.flush();
}

// "loket-cli 0.1.0 (git ...)" on one line (help2man and scripts read it), or JSON with --json.
void printVersion(CliContext& ctx)
{
    ctx.print(QJsonObject{{QStringLiteral("program"), QStringLiteral("loket-cli")},
                          {QStringLiteral("version"), programVersion()},
                          {QStringLiteral("release"), releaseVersion()}},
              QStringLiteral("loket-cli %1").arg(programVersion()));
}

// Rendering a PDF (receipt ... --pdf) needs fonts and painting, so those runs get a
// QGuiApplication, on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}
} // namespace

int runCli(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("loket"));
    QCoreApplication::setOrganizationName(QStringLiteral("loket"));
    // Exports, receipts, backups and the log hold personal data: owner-only from the start.
    platform::ownerOnlyFileCreation();
    LogFile::install(LogFile::defaultFolder(), false);

    QStringList words = app.arguments().mid(1);
    CliContext ctx;
    try {
        CliArgs global(words);
        if (global.flag(QStringLiteral("verbose")))
            LogFile::verbose();
        qCDebug(lcCli).noquote() << "loket-cli" << app.arguments().mid(1).join(QLatin1Char(' '));
        ctx.lang = global.option(QStringLiteral("lang"));
        installTranslations(app, ctx.lang);
        ctx.dbPath = global.option(QStringLiteral("db"));
        ctx.json = global.flag(QStringLiteral("json"));
        ctx.user = global.option(QStringLiteral("user"));
        // `loket-cli --version` alone; after a command, --version is that command's own option.
        if (global.positionalCount() == 0 && global.flag(QStringLiteral("version"))) {
            printVersion(ctx);
            return ExitOk;
        }
        const bool help = global.flag(QStringLiteral("help")) || global.words().isEmpty();
        const QString name = global.takeFirst();
        if (help || name.isEmpty() || name == QLatin1String("help")) {
            printHelp(ctx);
            return name.isEmpty() && !help ? ExitUsage : ExitOk;
        }
        for (const Command& c : commands()) {
            if (c.name == name)
                return c.run(ctx, global);
        }
        throw UsageError{Cli::tr("Unknown command: %1. Run loket-cli --help.").arg(name)};
    } catch (const UsageError& e) {
        ctx.message(e.message);
        return ExitUsage;
    } catch (const Error& e) {
        return report(ctx, e);
    }
}

} // namespace loket::cli
