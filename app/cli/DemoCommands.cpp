#include "DemoCommands.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "settings/SettingsRepository.h"
#include "setup/Bootstrap.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace loket::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("loket::cli", text);
}

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
    args.finish();
    bool ok = true;
    const int cases = casesText.isEmpty() ? 400 : casesText.toInt(&ok);
    if (!ok || cases < 0)
        throw Error::invalid(tr("--cases must be a whole number of 0 or more, not \"%1\".").arg(casesText),
                             QStringLiteral("cases"));
    Database& db = ctx.database();
    const Context system(db, defaultClock(), Actor::systemActor());
    setOffice(system);
    QJsonObject o{{QStringLiteral("database"), db.path()}, {QStringLiteral("workstation"), db.workstationCode()}};
    ctx.print(o, tr("Demo database %1 is ready.").arg(db.path()));
    return ExitOk;
}
} // namespace

void addDemoCommands(QList<Command>& list)
{
    list.append({QStringLiteral("demo-setup"), QStringLiteral("demo-setup [--cases N]"), runDemoSetup});
}

} // namespace loket::cli
