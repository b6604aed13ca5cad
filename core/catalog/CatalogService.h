#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

namespace loket {

class Clock;
class Context;
class Database;

// What an import did, service by service.
struct CatalogImportSummary
{
    int created = 0;     // new services
    int newVersions = 0; // services whose standard changed
    int unchanged = 0;   // services whose standard was already the same
};

// Changes to the catalogue. A change never edits a stored version: it adds a new version and
// marks it current, so cases keep the version they were filed under. Needs
// Permission::EditCatalog; every change is audited in the same transaction. Imports are all or
// nothing: everything is read and validated before the first write.
class CatalogService
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CatalogService)
public:
    // Reads annex text (StandardImporter) and stores each service. Returns the current
    // standards of the imported services, in file order.
    static QList<ServiceStandard> importStandardText(const Context& ctx, const QString& text,
                                                     CatalogImportSummary* summary = nullptr);
    // Reads a catalogue JSON file (CatalogJson). An unchanged standard makes no new version.
    static QList<ServiceStandard> importJson(const Context& ctx, const QByteArray& json,
                                             CatalogImportSummary* summary = nullptr);
    // Saves `standard` as the next version of its service (found by serviceId, else by KBLI and
    // name; a new service otherwise). Returns the stored standard; when nothing changed, the
    // current one. Throws Error::conflict when `standard` was edited from an older version.
    static ServiceStandard saveNewVersion(const Context& ctx, const ServiceStandard& standard);

    // The current catalogue as a JSON file for hand editing.
    static QByteArray exportJson(const Context& ctx);

    // For Bootstrap: imports the built-in catalogue as the system actor when there is none.
    // Returns the number of services imported.
    static int importBuiltinIfEmpty(Database& db, const Clock& clock);

private:
    enum class Outcome
    {
        Created,
        NewVersion,
        Unchanged
    };
    static ServiceStandard store(const Context& ctx, ServiceStandard s, bool fromText, Outcome* outcome);
    static QList<ServiceStandard> storeAll(const Context& ctx, const QList<ServiceStandard>& list, bool fromText,
                                           CatalogImportSummary* summary);
};

} // namespace loket
