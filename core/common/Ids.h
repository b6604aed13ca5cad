#pragma once

#include <QDateTime>
#include <QString>

namespace loket {

// Row keys are UUIDs so rows written on different workstations never collide when synced.
QString newId();

// Timestamps are stored as ISO 8601 text with offset, in Asia/Jakarta.
QString toStoredTime(const QDateTime& at);
// A day as stored: "2026-01-31" (QDate::toString(Qt::ISODate), written by hand for imports).
QString toStoredDate(const QDate& day);
QDateTime fromStoredTime(const QString& text);

} // namespace loket
