#pragma once

#include <QString>

namespace loket {

class Context;

// Exports that carry personal data need ExportPersonalData and are themselves logged. Who sees an
// identity number in full is decided by the identity domain (identity/IdentityMask.h).
class PersonalData
{
public:
    // Call before writing an export that holds personal data: checks ExportPersonalData and appends
    // "personal_data.export" (what, how many rows, where to) to the audit trail in its own transaction.
    static void recordExport(const Context& ctx, const QString& what, int rows, const QString& destination);
};

} // namespace loket
