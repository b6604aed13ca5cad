#pragma once

#include <QDateTime>
#include <QString>

namespace loket {

// Row keys are UUIDs so rows written on different workstations never collide when synced.
QString newId();

// Timestamps are stored as ISO 8601 text with offset, in Asia/Jakarta.
QString toStoredTime(const QDateTime& at);
QDateTime fromStoredTime(const QString& text);

} // namespace loket
