#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

#include <QJsonObject>

namespace loket {

// The catalogue as JSON, for hand editing and for `loket-cli catalog show --json`.
// Keys are the snake_case names of the ServiceStandard fields; a whole catalogue file is
// {"format": "loket-service-catalogue", "format_version": 1, "services": [ ... ]}.
class CatalogJson
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::CatalogJson)
public:
    static QString formatName() { return QStringLiteral("loket-service-catalogue"); }
    static int formatVersion() { return 1; }

    static QJsonObject toJson(const ServiceStandard& s);
    // Reads one standard; `path` prefixes field names in errors ("services[2]"). Unknown keys,
    // wrong types and missing required keys throw Error::invalid naming the field; with
    // `validate` the StandardValidator rules are checked too (stored rows skip that, so a later,
    // stricter rule never makes an old version unreadable).
    static ServiceStandard fromJson(const QJsonObject& o, const QString& path = QStringLiteral("standard"),
                                    bool validate = true);

    static QByteArray exportCatalogue(const QList<ServiceStandard>& standards, const QDateTime& exportedAt);
    // Parses and validates every standard of a catalogue file before returning any.
    static QList<ServiceStandard> parseCatalogue(const QByteArray& json);

    // The key fields only, for lists and audit entries.
    static QJsonObject summary(const ServiceStandard& s);
};

} // namespace loket
