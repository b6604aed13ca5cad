#include "DemoCommands.h"
#include "CliText.h"

#include "cases/DemoData.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "complaints/ComplaintDemo.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"
#include "setup/DemoDatabase.h"
#include "survey/SurveyDemo.h"
#include "users/DemoUsers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace loket::cli {

namespace {
// The office of the standard the product starts from.
void setOffice(const Context& ctx)
{
    SettingsRepository settings(ctx.database());
    const std::pair<const char*, const char*> values[] = {
        {"office.name", "DPMPTSP Kabupaten Purwakarta"},
        {"office.code", "DPMPTSP-PWK"},
        {"office.address", "Mal Pelayanan Publik Bale Madukara, Jalan Jenderal Sudirman, Kelurahan Nagrikaler, "
                           "Kec. Purwakarta, Kabupaten Purwakarta, Jawa Barat 41115"},
        {"office.phone", "(0264) 8224794"},
    };
    for (const auto& [key, value] : values)
        if (settings.value(QString::fromLatin1(key)).isEmpty())
            settings.set(ctx, QString::fromLatin1(key), QString::fromUtf8(value));
}

int runDemoSetup(CliContext& ctx, CliArgs& args)
{
    const QString casesText = args.option(QStringLiteral("cases"));
    const QString seedText = args.option(QStringLiteral("seed"));
    Database::OpenOptions openOptions;
    openOptions.workstationCode = args.option(QStringLiteral("workstation"));
    args.finish();
    bool ok = true;
    const int cases = casesText.isEmpty() ? 400 : casesText.toInt(&ok);
    if (!ok || cases < 0 || cases > DemoDatabase::kMaxCases)
        throw Error::invalid(Cli::tr("--cases must be a whole number from 0 to %1, not \"%2\".")
                                 .arg(DemoDatabase::kMaxCases)
                                 .arg(casesText),
                             QStringLiteral("cases"));
    const quint32 seed = seedText.isEmpty() ? 1 : seedText.toUInt(&ok);
    if (!ok)
        throw Error::invalid(Cli::tr("--seed must be a whole number, not \"%1\".").arg(seedText),
                             QStringLiteral("seed"));
    // Only a file this run creates becomes a demo (or one that is a demo already).
    const QFileInfo file(ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath);
    const bool newFile = !file.exists() || file.size() == 0;
    DemoData::Options options;
    options.cases = cases;
    options.seed = seed;
    if (newFile)
        ctx.catalogueSince = DemoData::catalogueSince(options, defaultClock().today());
    Database& db = ctx.database(openOptions);
    DemoDatabase::requireNewOrDemo(db, newFile);
    const Context system(db, defaultClock(), Actor::systemActor());
    setOffice(system);
    const int users = DemoUsers::create(system);
    QJsonObject o{{QStringLiteral("database"), db.path()},
                  {QStringLiteral("workstation"), db.workstationCode()},
                  {QStringLiteral("users_created"), users}};
    // Cases and survey forms only once: a second run keeps the demo as it is.
    if (SettingsRepository(db).value(QStringLiteral("demo.data")).isEmpty()) {
        const DemoData::Summary summary = DemoData::generate(system, options);
        const int forms = SurveyDemo::generate(system, 40, seed);
        const ComplaintDemo::Summary complaints = ComplaintDemo::generate(system, seed);
        SettingsRepository(db).set(system, QStringLiteral("demo.data"), QStringLiteral("1"), true);
        o.insert(QStringLiteral("cases"), summary.cases);
        o.insert(QStringLiteral("survey_forms"), forms);
        o.insert(QStringLiteral("complaints"), complaints.complaints);
        o.insert(QStringLiteral("suggestions"), complaints.suggestions);
    }
    ctx.print(o, Cli::tr("Demo database %1 is ready.").arg(db.path()));
    return ExitOk;
}
} // namespace

void addDemoCommands(QList<Command>& list)
{
    list.append({QStringLiteral("demo-setup"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP(
                     "loket::cli::help", "demo-setup [--cases N] [--seed S] [--workstation CODE]   (a new file only)")),
                 runDemoSetup});
}

} // namespace loket::cli
