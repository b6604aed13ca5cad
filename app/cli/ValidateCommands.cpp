#include "ValidateCommands.h"
#include "CliText.h"

#include "identity/IdentityValidator.h"
#include "identity/KbliRegister.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace loket::cli {

namespace {
QString sexText(const QString& key)
{
    return key == QLatin1String("female") ? Cli::tr("female") : Cli::tr("male");
}

// One readable line of what a valid number encodes.
QString describe(const QString& type, const QJsonObject& d)
{
    if (type == QLatin1String("nik")) {
        QString region = d.value(QStringLiteral("province")).toString();
        if (d.contains(QStringLiteral("regency")))
            region += QStringLiteral(", ") + d.value(QStringLiteral("regency")).toString();
        const QDate birth = QDate::fromString(d.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        return Cli::tr("region %1 (%2), district %3, born %4, %5")
            .arg(d.value(QStringLiteral("regency_code")).toString(), region,
                 d.value(QStringLiteral("district_code")).toString(),
                 QLocale().toString(birth, QStringLiteral("d MMMM yyyy")),
                 sexText(d.value(QStringLiteral("sex")).toString()));
    }
    if (type == QLatin1String("npwp")) {
        const QString format = d.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("16-nik"))
            return Cli::tr("16-digit NPWP of an individual (NIK)");
        if (format == QLatin1String("16-legacy"))
            return Cli::tr("16-digit NPWP from the 15-digit %1").arg(d.value(QStringLiteral("legacy")).toString());
        return Cli::tr("15-digit NPWP %1").arg(d.value(QStringLiteral("formatted")).toString());
    }
    if (type == QLatin1String("kbli"))
        return Cli::tr("%1, category %2")
            .arg(d.value(QStringLiteral("title")).toString(), d.value(QStringLiteral("category")).toString());
    return {};
}

int runValidate(CliContext& ctx, CliArgs& args)
{
    const QString type = args.takeFirst().toLower();
    const QString value = args.takeFirst();
    args.finish();
    if (type.isEmpty() || value.isNull())
        throw UsageError{Cli::tr("validate needs a type (nik, npwp, nib or kbli) and a VALUE.")};
    ValidationResult r;
    QString name;
    if (type == QLatin1String("nik")) {
        r = IdentityValidator::validateNik(value);
        name = QStringLiteral("NIK");
    } else if (type == QLatin1String("npwp")) {
        r = IdentityValidator::validateNpwp(value);
        name = QStringLiteral("NPWP");
    } else if (type == QLatin1String("nib")) {
        r = IdentityValidator::validateNib(value);
        name = QStringLiteral("NIB");
    } else if (type == QLatin1String("kbli")) {
        // The office's own codes count too, when this PC has a database; none is created for it.
        const QString path = ctx.dbPath.isEmpty() ? Database::defaultPath() : ctx.dbPath;
        if (QFileInfo::exists(path)) {
            Database::OpenOptions existing;
            existing.create = false;
            r = KbliRegister(ctx.database(existing)).validate(value);
        } else {
            r = IdentityValidator::validateKbli(value);
        }
        name = QStringLiteral("KBLI");
    } else {
        throw UsageError{Cli::tr("Unknown type %1: use nik, npwp, nib or kbli.").arg(type)};
    }
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("value"), value},
                  {QStringLiteral("valid"), r.ok},
                  {QStringLiteral("details"), r.details}};
    if (!r.ok)
        o.insert(QStringLiteral("reason"), r.reason);
    const QString normalized = r.details.value(QStringLiteral("normalized")).toString();
    QString text;
    if (r.ok) {
        text = Cli::tr("valid: %1 %2").arg(name, normalized);
        const QString more = describe(type, r.details);
        if (!more.isEmpty())
            text += QStringLiteral(" — ") + more;
    } else {
        text = Cli::tr("invalid: %1").arg(r.reason);
    }
    ctx.print(o, text);
    return r.ok ? ExitOk : ExitInvalid;
}
} // namespace

void addValidateCommands(QList<Command>& list)
{
    list.append({QStringLiteral("validate"),
                 QString::fromUtf8(QT_TRANSLATE_NOOP("loket::cli::help", "validate nik|npwp|nib|kbli VALUE")),
                 runValidate});
}

} // namespace loket::cli
