#pragma once

#include "AuditLog.h"
#include "common/Context.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace loket {

// The audit trail as a reader sees it (the read side only; the chain is AuditLog's): what was done
// in words, which record by its number or name, and what changed as "field: before → after".
class AuditReading
{
    Q_DECLARE_TR_FUNCTIONS(loket::AuditReading)
public:
    // How a date value is written; ISO (2026-12-03) unless the screen passes its own.
    using DateText = std::function<QString(const QDate&)>;

    // A domain's name for a stored value, such as the title of the stage key under "stage"
    // (caseAuditValueText in core/cases); empty when it has none. The audit layer includes no domain,
    // so the screen that reads the trail passes it in.
    using ValueName = std::function<QString(const QString& key, const QString& value)>;

    explicit AuditReading(const Context& ctx, DateText dateText = {}, ValueName valueName = {});

    // "case.hand_over" -> "Hand over"; an action not known here is shown as stored.
    static QString actionTitle(const QString& action);
    // "case" -> "Application"; unknown types as stored.
    static QString recordTypeTitle(const QString& recordType);
    // "registration_number" -> "Registration number"; unknown keys as stored.
    static QString fieldTitle(const QString& key);

    // The reverse, for a filter: the id of the application with this registration number, the
    // complaint with this number or the user with this user name; the text itself when none has it
    // (it may be an id already).
    static QString recordIdFor(const Context& ctx, const QString& numberOrName);

    // The record's registration number, number or name, read from the entry itself or the record's
    // table; the id when the record is not found (a deleted or not yet synced record).
    QString recordName(const AuditEntry& e) const;
    // "Application PWK-C01-2026-00001".
    QString recordText(const AuditEntry& e) const;
    // "Stage: Verification → Technical; Due date: 03-12-2026 → 10-12-2026". Fields whose value did
    // not change are left out; a new record lists its fields.
    QString changeText(const AuditEntry& e) const;
    // The same, one field a line.
    QStringList changeLines(const AuditEntry& e) const;
    // One value as a reader reads it: names from the ValueName passed in (stages), yes/no, dates, lists.
    QString valueText(const QString& key, const QJsonValue& v) const;

    // "holiday" -> "national holiday": the kinds of day of the calendar's entries.
    static QString dayKindTitle(const QString& kind);

private:
    static QString dayText(const QJsonObject& day);
    static QString dayCounts(const QJsonArray& changes, const QString& action);
    QString dayChangeText(const QJsonObject& change) const;
    QStringList calendarLines(const AuditEntry& e) const;
    QString lookUp(const QString& recordType, const QString& id) const;

    Context m_ctx;
    DateText m_dateText;
    ValueName m_valueName;
    mutable QHash<QString, QString> m_names; // type + id -> name, for the life of this reader
};

} // namespace loket
