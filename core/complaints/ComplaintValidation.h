#pragma once

#include <QDate>
#include <QString>

namespace loket::complaint_checks {

constexpr int kMaxText = 20000;

// Throws Error::invalid with `message` (translated by the caller) when `value` is blank, or one
// naming `title` (translated) when it is too long; `field` is the field key of the error.
void requireText(const QString& value, const QString& message, const QString& field, const QString& title);
// Throws Error::invalid naming `title` when `d` is invalid, before `notBefore` or after `notAfter`.
void requireDate(QDate d, QDate notBefore, QDate notAfter, const QString& field, const QString& title);

} // namespace loket::complaint_checks
