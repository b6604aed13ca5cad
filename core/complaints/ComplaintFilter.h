#pragma once

#include "Complaint.h"
#include "common/Ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace loket {

// Filters of the complaint and suggestion registers. Empty fields do not filter.
struct ComplaintFilter
{
    std::optional<ComplaintKind> kind;
    QDate from;          // received on or after (inclusive)
    QDate to;            // received on or before (inclusive)
    QString channelKey;
    QString serviceKbli;
    QString problemType;
    QString state;
    QString clockState;  // ClockStateText keys: on_track, at_risk, overdue, met, missed
    QString search;      // number, complainant name or related registration number (prefix)
};

// Keyset position for lazy paging: the last row of the previous page (newest first).
struct ComplaintCursor
{
    QString receivedAt; // stored text
    QString id;
    bool isNull() const { return id.isEmpty(); }
    static ComplaintCursor after(const Complaint& c) { return {toStoredTime(c.receivedAt), c.id}; }
};

// Clock state keys the register can filter by (complaints only).
inline QStringList complaintClockStateKeys()
{
    return {QStringLiteral("on_track"), QStringLiteral("at_risk"), QStringLiteral("overdue"), QStringLiteral("met"),
            QStringLiteral("missed")};
}

} // namespace loket
