#include "CatalogRepository.h"

#include "CatalogJson.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"
#include "common/Ids.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace loket {

namespace {
const QString kColumns = QStringLiteral("id, service_id, version, valid_from, is_current, standard_json");
}

QList<ServiceStandard> CatalogRepository::select(const QString& where,
                                                 const QList<std::pair<QString, QVariant>>& binds) const
{
    // `where` is always one of the constant clauses of this class; values are bound.
    SqlQuery q(m_db.handle(),
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM service_standards ") + where);
    for (const auto& [name, value] : binds)
        q.bind(name, value);
    q.exec();
    QList<ServiceStandard> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &error);
        ServiceStandard s;
        try {
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                throw Error::invalid(error.errorString());
            s = CatalogJson::fromJson(doc.object(), QStringLiteral("service_standards[%1]").arg(id), false);
        } catch (const Error& e) {
            throw Error::storage(QCoreApplication::translate("loket::CatalogRepository",
                                                             "The stored service standard %1 cannot be read: %2")
                                     .arg(id, e.message()));
        }
        s.id = id;
        s.serviceId = q.value(1).toString();
        s.version = q.value(2).toInt();
        s.validFrom = fromStoredTime(q.value(3).toString());
        s.current = q.value(4).toInt() == 1;
        out.append(s);
    }
    return out;
}

std::optional<ServiceStandard> CatalogRepository::currentByKbli(const QString& kbli) const
{
    const auto list = currentListByKbli(kbli);
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<ServiceStandard> CatalogRepository::currentListByKbli(const QString& kbli) const
{
    return select(QStringLiteral("WHERE kbli = :kbli AND is_current = 1 ORDER BY name"),
                  {{QStringLiteral(":kbli"), kbli}});
}

std::optional<ServiceStandard> CatalogRepository::currentByKbliAndName(const QString& kbli, const QString& name) const
{
    const auto list = select(QStringLiteral("WHERE kbli = :kbli AND name = :name AND is_current = 1"),
                             {{QStringLiteral(":kbli"), kbli}, {QStringLiteral(":name"), name}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<ServiceStandard> CatalogRepository::currentByServiceId(const QString& serviceId) const
{
    const auto list = select(QStringLiteral("WHERE service_id = :service AND is_current = 1"),
                             {{QStringLiteral(":service"), serviceId}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

std::optional<ServiceStandard> CatalogRepository::byId(const QString& versionId) const
{
    const auto list = select(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), versionId}});
    return list.isEmpty() ? std::nullopt : std::optional(list.first());
}

QList<ServiceStandard> CatalogRepository::listCurrent() const
{
    return select(QStringLiteral("WHERE is_current = 1 ORDER BY kbli, name"), {});
}

QList<ServiceStandard> CatalogRepository::versions(const QString& serviceId) const
{
    return select(QStringLiteral("WHERE service_id = :service ORDER BY version"),
                  {{QStringLiteral(":service"), serviceId}});
}

int CatalogRepository::serviceCount() const
{
    return SqlQuery(m_db.handle(), QStringLiteral("SELECT COUNT(*) FROM services")).scalar().toInt();
}

bool CatalogRepository::serviceExists(const QString& serviceId) const
{
    return SqlQuery(m_db.handle(), QStringLiteral("SELECT COUNT(*) FROM services WHERE id = :id"))
               .bind(QStringLiteral(":id"), serviceId)
               .scalar()
               .toInt() > 0;
}

void CatalogRepository::insertService(const Context& ctx, const ServiceStandard& s) const
{
    SqlQuery(ctx.db(),
             QStringLiteral("INSERT INTO services (id, kbli, name, risk_level, current_version, created_at, "
                            "updated_at, workstation, row_version) VALUES (:id, :kbli, :name, :risk, :version, "
                            ":now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), s.serviceId)
        .bind(QStringLiteral(":kbli"), s.kbli)
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":risk"), s.riskLevel)
        .bind(QStringLiteral(":version"), s.version)
        .bind(QStringLiteral(":now"), toStoredTime(ctx.clock().now()))
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

void CatalogRepository::updateService(const Context& ctx, const ServiceStandard& s) const
{
    SqlQuery(ctx.db(), QStringLiteral("UPDATE services SET kbli = :kbli, name = :name, risk_level = :risk, "
                                      "current_version = :version, updated_at = :now, workstation = :ws, "
                                      "row_version = row_version + 1 WHERE id = :id"))
        .bind(QStringLiteral(":id"), s.serviceId)
        .bind(QStringLiteral(":kbli"), s.kbli)
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":risk"), s.riskLevel)
        .bind(QStringLiteral(":version"), s.version)
        .bind(QStringLiteral(":now"), toStoredTime(ctx.clock().now()))
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

void CatalogRepository::clearCurrent(const Context& ctx, const QString& serviceId) const
{
    SqlQuery(ctx.db(),
             QStringLiteral("UPDATE service_standards SET is_current = 0, updated_at = :now, workstation = :ws, "
                            "row_version = row_version + 1 WHERE service_id = :service AND is_current = 1"))
        .bind(QStringLiteral(":service"), serviceId)
        .bind(QStringLiteral(":now"), toStoredTime(ctx.clock().now()))
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

void CatalogRepository::insertVersion(const Context& ctx, const ServiceStandard& s) const
{
    const QByteArray json = QJsonDocument(CatalogJson::toJson(s)).toJson(QJsonDocument::Compact);
    SqlQuery(ctx.db(),
             QStringLiteral("INSERT INTO service_standards (id, service_id, version, kbli, name, risk_level, "
                            "completion_working_days, resubmission, fee_amount, is_current, valid_from, standard_json, "
                            "created_at, updated_at, workstation, row_version) VALUES (:id, :service, :version, :kbli, "
                            ":name, :risk, :days, :resubmission, :fee, :current, :valid, :json, :now, :now, :ws, 1)"))
        .bind(QStringLiteral(":id"), s.id)
        .bind(QStringLiteral(":service"), s.serviceId)
        .bind(QStringLiteral(":version"), s.version)
        .bind(QStringLiteral(":kbli"), s.kbli)
        .bind(QStringLiteral(":name"), s.name)
        .bind(QStringLiteral(":risk"), s.riskLevel)
        .bind(QStringLiteral(":days"), s.completionWorkingDays)
        .bind(QStringLiteral(":resubmission"), resubmissionRuleKey(s.resubmission))
        .bind(QStringLiteral(":fee"), s.feeAmount)
        .bind(QStringLiteral(":current"), s.current ? 1 : 0)
        .bind(QStringLiteral(":valid"), toStoredTime(s.validFrom))
        .bind(QStringLiteral(":json"), QString::fromUtf8(json))
        .bind(QStringLiteral(":now"), toStoredTime(ctx.clock().now()))
        .bind(QStringLiteral(":ws"), ctx.workstation())
        .exec();
}

} // namespace loket
