#pragma once

#include <QString>
#include <QStringList>

namespace loket {

// Turns what an officer types into an FTS5 query over the applicant_names and
// business_names tables: every word must
// match the start of a word of the name ("budi sant" finds "Budi Santoso"), accents ignored.
// Common ways of writing the same name find each other: one word or two ("Nurhayati", "Nur
// Hayati") and short forms ("St." for Siti, "Muh." for Muhammad, "Hj.", "Abd.", ...).
class NameSearch
{
public:
    // Empty when the text has no word to search for. The result is bound as a value, never
    // spliced into SQL.
    static QString ftsQuery(const QString& text);
    // The words of the text, lower case, without punctuation.
    static QStringList words(const QString& text);
    // The FTS5 terms one typed word may match (itself as a prefix, its short or full forms, its
    // splits into two words).
    static QStringList alternatives(const QString& word);
    // True when the text is only digits and separators (a NIK, NIB or NPWP being typed).
    static bool looksNumeric(const QString& text);
    // Upper bound for a prefix range scan: every text starting with `prefix` sorts below it.
    static QString prefixEnd(const QString& prefix);
};

} // namespace loket
