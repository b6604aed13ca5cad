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

    QJsonArray toJson(const QStringList& keys) const;
    QString toCsv() const;
};

} // namespace loket
