#pragma once

#include "ServiceStandard.h"

namespace loket {

// The rules every stored standard keeps, whatever its source (annex text, JSON, a screen).
class StandardValidator
{
public:
    static QStringList riskLevels();
    static QStringList resolutionPathKeys();
    // Throws Error::invalid naming the first wrong field, prefixed with `path`.
    static void validate(const ServiceStandard& s, const QString& path = QStringLiteral("standard"));
};

} // namespace loket
