#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace loket {

// A titled table of report data, the one shape every export (Excel, CSV, JSON, print) takes.
struct ReportTable
{
    QString key;    // stable name: "by_service", ...
    QString title;  // translated
    QStringList headers;
    QList<QVariantList> rows;
    QString sheet; // translated short name for a spreadsheet tab (whole words; Excel allows 31 characters)

    QJsonArray toJson(const QStringList& keys) const;
    QString toCsv() const;
};

} // namespace loket
