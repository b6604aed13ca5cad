#pragma once

#include <QString>

namespace loket {

// Turns what an officer types into an FTS5 query over the party_names table: every word must
// match the start of a word of the name ("budi sant" finds "Budi Santoso"), accents ignored.
class NameSearch
{
public:
    // Empty when the text has no word to search for. The result is bound as a value, never
    // spliced into SQL.
    static QString ftsQuery(const QString& text);
    // True when the text is only digits and separators (a NIK, NIB or NPWP being typed).
    static bool looksNumeric(const QString& text);
    // Upper bound for a prefix range scan: every text starting with `prefix` sorts below it.
    static QString prefixEnd(const QString& prefix);
};

} // namespace loket
