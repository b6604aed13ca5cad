#pragma once

#include "AuditLog.h"

#include <QString>
#include <functional>

namespace loket {

struct Actor;

// How the audit trail shows the personal data in its entries to one reader. The trail owns no
// personal data and includes no domain: the domain that owns the rule (identity, IdentityMask)
// registers it at start-up, beside the calendar's deadline sources (Bootstrap::ensureBuiltins).
// Until a rule is registered the trail fails closed: every run of 15 or more digits (a NIK, an
// NPWP) is hidden whole, for every reader.
class AuditMask
{
public:
    // Whether this reader sees the values in full; otherwise `mask` rewrites each text.
    struct Rule
    {
        std::function<bool(const Actor& reader)> showsInFull;
        std::function<QString(const QString& text)> mask;
    };

    // The rule of the identity domain; the last registered wins. A rule missing either part is ignored.
    static void registerRule(Rule rule);

    // The mask for one reader, read once per page of entries.
    static AuditMask forReader(const Actor& reader);

    // The entry as this reader may see it: the values before and after, the note, the record id.
    void apply(AuditEntry& entry) const;
    QString text(const QString& text) const;

    // The fail-closed mask used while no rule is registered.
    static QString hideIdentityLikeNumbers(const QString& text);

private:
    std::function<QString(const QString&)> m_mask; // empty: the reader sees everything
};

} // namespace loket
