#include "CatalogService.h"

#include "CatalogJson.h"
#include "CatalogRepository.h"
#include "StandardImporter.h"
#include "StandardValidator.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace loket {

namespace {
// Name-based UUIDs: every workstation that loads the same standard gets the same row ids, so
// the built-in catalogue does not turn into duplicates when the workstations sync.
const QUuid kCatalogNamespace(QStringLiteral("{6f1c2d1e-7a0b-4c55-9a57-4c4f4b455431}"));

QJsonObject contentJson(const ServiceStandard& s)
{
    QJsonObject o = CatalogJson::toJson(s);
    for (const char* key : {"id", "service_id", "version", "valid_from", "current"})
        o.remove(QLatin1String(key));
    return o;
}

QString serviceIdFor(const ServiceStandard& s)
{
    return QUuid::createUuidV5(kCatalogNamespace, QStringLiteral("service|") + s.kbli + QLatin1Char('|') + s.name)
        .toString(QUuid::WithoutBraces);
}

QString versionIdFor(const ServiceStandard& s)
{
    const QByteArray hash = QCryptographicHash::hash(QJsonDocument(contentJson(s)).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256)
                                .toHex();
    return QUuid::createUuidV5(
               kCatalogNamespace,
               QStringLiteral("standard|%1|%2|%3").arg(s.serviceId).arg(s.version).arg(QString::fromLatin1(hash)))
        .toString(QUuid::WithoutBraces);
}

// Top-level fields that differ, for the audit entry.
QJsonArray changedFields(const ServiceStandard& before, const ServiceStandard& after)
{
    const QJsonObject a = contentJson(before);
    const QJsonObject b = contentJson(after);
    QJsonArray out;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (a.value(it.key()) != it.value())
            out.append(it.key());
    return out;
}
} // namespace

ServiceStandard CatalogService::store(const Context& ctx, ServiceStandard s, bool fromText, Outcome* outcome)
{
    const CatalogRepository repo(ctx.database());
    std::optional<ServiceStandard> current;
    if (!s.serviceId.isEmpty())
        current = repo.currentByServiceId(s.serviceId);
    if (!current)
        current = repo.currentByKbliAndName(s.kbli, s.name);

    if (current && fromText) {
        // The annex text does not carry what the office set itself.
        // A budget for a stage after the clock stops (older versions had one for `issued`) is not carried.
        s.stageBudgets.clear();
        for (const StageBudget& b : current->stageBudgets)
            if (!stageAfterClockStops(b.stage))
                s.stageBudgets.append(b);
        s.resubmission = current->resubmission;
        s.sector = current->sector;
    }
    if (current && current->sameContent(s)) {
        *outcome = Outcome::Unchanged;
        return *current;
    }
    if (current && !s.id.isEmpty() && s.id != current->id) {
        const auto edited = repo.byId(s.id);
        if (edited && edited->serviceId == current->serviceId)
            throw Error::conflict(tr("KBLI %1 %2: this copy was made from version %3, but version %4 has been saved "
                                     "since. Export the catalogue again and redo the change.")
                                      .arg(s.kbli, s.name)
                                      .arg(edited->version)
                                      .arg(current->version));
    }
    if (const auto other = repo.currentByKbliAndName(s.kbli, s.name);
        other && (!current || other->serviceId != current->serviceId))
        throw Error::conflict(tr("Another service already has KBLI %1 and the name \"%2\".").arg(s.kbli, s.name));

    const ServiceStandard before = current.value_or(ServiceStandard());
    if (current) {
        s.serviceId = current->serviceId;
        s.version = current->version + 1;
    } else {
        if (s.serviceId.isEmpty() || repo.serviceExists(s.serviceId))
            s.serviceId = serviceIdFor(s);
        if (repo.serviceExists(s.serviceId))
            s.serviceId = newId();
        s.version = 1;
    }
    s.validFrom = ctx.clock().now();
    s.current = true;
    s.id = versionIdFor(s);
    if (repo.byId(s.id))
        s.id = newId();

    if (current) {
        repo.clearCurrent(ctx, s.serviceId);
        repo.updateService(ctx, s);
    } else {
        repo.insertService(ctx, s);
        AuditLog::append(ctx, QStringLiteral("catalog.service.create"), QStringLiteral("service"), s.serviceId, {},
                         {{QStringLiteral("kbli"), s.kbli}, {QStringLiteral("name"), s.name}});
    }
    repo.insertVersion(ctx, s);
    QJsonObject after = CatalogJson::summary(s);
    if (current)
        after.insert(QStringLiteral("changed"), changedFields(before, s));
    AuditLog::append(ctx, QStringLiteral("catalog.standard.version"), QStringLiteral("service_standard"), s.id,
                     current ? CatalogJson::summary(before) : QJsonObject(), after);
    *outcome = current ? Outcome::NewVersion : Outcome::Created;
    return s;
}

QList<ServiceStandard> CatalogService::storeAll(const Context& ctx, const QList<ServiceStandard>& list, bool fromText,
                                                CatalogImportSummary* summary)
{
    CatalogImportSummary counts;
    QList<ServiceStandard> out;
    Transaction tx(ctx.db());
    for (const ServiceStandard& s : list) {
        Outcome outcome;
        out.append(store(ctx, s, fromText, &outcome));
        switch (outcome) {
        case Outcome::Created:
            ++counts.created;
            break;
        case Outcome::NewVersion:
            ++counts.newVersions;
            break;
        case Outcome::Unchanged:
            ++counts.unchanged;
            break;
        }
    }
    tx.commit();
    if (summary)
        *summary = counts;
    return out;
}

QList<ServiceStandard> CatalogService::importStandardText(const Context& ctx, const QString& text,
                                                          CatalogImportSummary* summary)
{
    ctx.require(Permission::EditCatalog);
    const QList<ServiceStandard> list = StandardImporter::parse(text);
    for (int i = 0; i < list.size(); ++i)
        StandardValidator::validate(list[i], QStringLiteral("KBLI %1").arg(list[i].kbli));
    return storeAll(ctx, list, true, summary);
}

QList<ServiceStandard> CatalogService::importJson(const Context& ctx, const QByteArray& json,
                                                  CatalogImportSummary* summary)
{
    ctx.require(Permission::EditCatalog);
    return storeAll(ctx, CatalogJson::parseCatalogue(json), false, summary);
}

ServiceStandard CatalogService::saveNewVersion(const Context& ctx, const ServiceStandard& standard)
{
    ctx.require(Permission::EditCatalog);
    StandardValidator::validate(standard);
    Transaction tx(ctx.db());
    Outcome outcome;
    ServiceStandard saved = store(ctx, standard, false, &outcome);
    tx.commit();
    return saved;
}

QByteArray CatalogService::exportJson(const Context& ctx)
{
    return CatalogJson::exportCatalogue(CatalogRepository(ctx.database()).listCurrent(), ctx.clock().now());
}

int CatalogService::importBuiltinIfEmpty(Database& db, const Clock& clock)
{
    if (CatalogRepository(db).serviceCount() > 0)
        return 0;
    QFile f(StandardImporter::builtinResource());
    if (!f.open(QIODevice::ReadOnly))
        throw Error::storage(tr("The built-in service catalogue is missing from the program."));
    const Context ctx(db, clock, Actor::systemActor());
    return int(importStandardText(ctx, QString::fromUtf8(f.readAll())).size());
}

} // namespace loket
