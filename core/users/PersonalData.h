#pragma once

#include <QString>

namespace loket {

class Context;
struct Actor;

// Identity numbers in lists: shown in full only to roles with Permission::ViewPersonalData,
// masked for everyone else. Exports that carry personal data need ExportPersonalData and are
// themselves logged.
class PersonalData
{
public:
    // "3214010101900001" -> "3214********0001" (region and serial kept, birth date hidden).
    static QString maskNik(const QString& nik);
    // 15-digit "01.234.567.8-409.000" -> "01.***.***.*-***.000"; 16 digits are masked like a NIK.
    static QString maskNpwp(const QString& npwp);
    // Masks every run of 15 or 16 digits in free text (notes, audit values).
    static QString maskIdentityNumbers(const QString& text);

    // The number as this actor may see it in a list.
    static QString nikFor(const Actor& actor, const QString& nik);
    static QString npwpFor(const Actor& actor, const QString& npwp);

    // Call before writing an export that holds personal data: checks ExportPersonalData and appends
    // "personal_data.export" (what, how many rows, where to) to the audit trail in its own transaction.
    static void recordExport(const Context& ctx, const QString& what, int rows, const QString& destination);
};

} // namespace loket
