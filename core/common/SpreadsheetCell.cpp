#include "SpreadsheetCell.h"

#include <QRegularExpression>

namespace loket {

QString SpreadsheetCell::neutralise(const QString& text)
{
    if (text.size() < 2) // a lone "-" (nothing) or "+" is no formula
        return text;
    const QChar first = text.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky)
        return text;
    static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
    if (number.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

QString SpreadsheetCell::csvField(const QString& text)
{
    const QString s = neutralise(text);
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char(';')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    }
    return s;
}

} // namespace loket
