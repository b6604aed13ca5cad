#pragma once

#include "ServiceStandard.h"

#include <optional>

namespace loket {

class Context;
class Database;

// The SQL of the catalogue: services and their numbered standard versions. Reads need no
// permission (the catalogue is public information); the writes are for CatalogService, which
// runs them inside its transaction with the audit entry.
class CatalogRepository
{
public:
    explicit CatalogRepository(const Database& db) : m_db(db) {}

    // The current standard of the service with this KBLI code (the first by name when several
    // services share a code; see currentListByKbli).
    std::optional<ServiceStandard> currentByKbli(const QString& kbli) const;
    QList<ServiceStandard> currentListByKbli(const QString& kbli) const;
    std::optional<ServiceStandard> currentByKbliAndName(const QString& kbli, const QString& name) const;
    std::optional<ServiceStandard> currentByServiceId(const QString& serviceId) const;
    // One version, current or not, by its row id (what a case stores).
    std::optional<ServiceStandard> byId(const QString& versionId) const;
    // Current versions of every service, by KBLI then name.
    QList<ServiceStandard> listCurrent() const;
    // Every version of a service, oldest first.
    QList<ServiceStandard> versions(const QString& serviceId) const;
    int serviceCount() const;
    bool serviceExists(const QString& serviceId) const;

    // Writes (inside the caller's transaction).
    void insertService(const Context& ctx, const ServiceStandard& s) const;
    void updateService(const Context& ctx, const ServiceStandard& s) const;
    void clearCurrent(const Context& ctx, const QString& serviceId) const;
    void insertVersion(const Context& ctx, const ServiceStandard& s) const;

private:
    QList<ServiceStandard> select(const QString& where, const QList<std::pair<QString, QVariant>>& binds) const;

    const Database& m_db;
};

} // namespace loket
