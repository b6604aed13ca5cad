#include "NameSearch.h"

#include <QRegularExpression>
#include <QStringList>

namespace loket {

QString NameSearch::ftsQuery(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& w : words)
        terms << QLatin1Char('"') + w + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

bool NameSearch::looksNumeric(const QString& text)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9 .\\-]+$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    return numeric.match(text.trimmed()).hasMatch() && text.contains(digit);
}

QString NameSearch::prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace loket
