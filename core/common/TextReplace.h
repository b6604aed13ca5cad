#pragma once

#include <QRegularExpression>
#include <QString>
#include <functional>

namespace loket {

// `text` with each match of `pattern` replaced by what `with` makes of it; the rest is kept as it
// is. Masks of identity numbers use it (IdentityMask, and AuditMask when no rule is registered).
QString replaceEachMatch(const QString& text, const QRegularExpression& pattern,
                         const std::function<QString(const QString& match)>& with);

} // namespace loket
