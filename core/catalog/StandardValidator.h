#pragma once

#include <QCoreApplication>

#include "ServiceStandard.h"

#include <array>
#include <utility>

namespace loket {

// The rules every stored standard keeps, whatever its source (annex text, JSON, a screen).
class StandardValidator
{
    // Same context as lupdate gives tr() calls in this class's member functions.
    Q_DECLARE_TR_FUNCTIONS(loket::StandardValidator)
public:
    static QStringList riskLevels();
    static QStringList resolutionPathKeys();
    // Throws Error::invalid naming the first wrong field, prefixed with `path`.
    static void validate(const ServiceStandard& s, const QString& path = QStringLiteral("standard"));

private:
    using NamedLists = std::array<std::pair<const char*, const QStringList*>, 12>;
    static NamedLists namedLists(const ServiceStandard& s);
    static void checkIdentity(const ServiceStandard& s, const QString& path);
    static void checkRequirements(const ServiceStandard& s, const QString& path);
    static void checkTime(const ServiceStandard& s, const QString& path);
    static void checkStageBudgets(const ServiceStandard& s, const QString& path);
    static void checkComplaintChannels(const ServiceStandard& s, const QString& path);
    static void checkResolutionPaths(const ServiceStandard& s, const QString& path);
    static void checkTexts(const ServiceStandard& s, const QString& path);
};

} // namespace loket
