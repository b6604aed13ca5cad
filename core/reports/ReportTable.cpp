#include "ReportTable.h"

#include "common/SpreadsheetCell.h"

#include <QJsonObject>

namespace loket {

QJsonArray ReportTable::toJson(const QStringList& keys) const
{
    QJsonArray out;
    for (const QVariantList& row : rows) {
        QJsonObject o;
        for (int i = 0; i < keys.size() && i < row.size(); ++i)
            o.insert(keys[i], QJsonValue::fromVariant(row[i]));
        out.append(o);
    }
    return out;
}

QString ReportTable::toCsv() const
{
    auto cell = [](const QString& s) { return SpreadsheetCell::csvField(s); };
    QStringList lines;
    QStringList head;
    for (const QString& h : headers)
        head << cell(h);
    lines << head.join(QLatin1Char(','));
    for (const QVariantList& row : rows) {
        QStringList cells;
        for (const QVariant& v : row)
            cells << cell(v.toString());
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace loket
