#pragma once

#include <QString>

namespace loket {

struct Actor;

// Where an identity number (NIK, NPWP) is shown; the one rule of who sees it in full (docs/PRIVACY.md).
enum class IdentityPlace
{
    // Lists, search results, exports, reports, receipts and printed letters: always masked, for every role.
    Listing,
    // The case screen, the intake form being typed and the audit trail's entries: in full to the roles
    // whose work needs it (Permission::ViewPersonalData: front desk, back office, head, supervisor),
    // masked for everyone else (the IT admin, the technical team).
    Record,
};

// Masking of the identity numbers the identity domain owns. Storage and the audit trail do not
// mask: they ask this class.
class IdentityMask
{
public:
    // "3214010101900001" -> "3214********0001" (region and serial kept, birth date hidden).
    static QString maskNik(const QString& nik);
    // 15-digit "01.234.567.8-409.000" -> "01.***.***.*-***.000"; 16 digits are masked like a NIK.
    static QString maskNpwp(const QString& npwp);
    // Masks every run of 15 or 16 digits in free text (notes, audit values).
    static QString maskIdentityNumbers(const QString& text);

    // Whether this actor sees identity numbers in full at this place.
    static bool showsInFull(const Actor& actor, IdentityPlace place);
    // The number as this actor may see it at this place.
    static QString nik(const Actor& actor, const QString& nik, IdentityPlace place);
    static QString npwp(const Actor& actor, const QString& npwp, IdentityPlace place);

    // Gives the audit trail this rule for its entries (IdentityPlace::Record, maskIdentityNumbers).
    // Called at start-up (Bootstrap::ensureBuiltins); without it the trail hides every identity-like
    // number from every reader. Safe to call more than once.
    static void registerAuditRule();
};

} // namespace loket
