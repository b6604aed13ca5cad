#pragma once

#include "NameSearch.h"
#include "identity/IdentityValidator.h"
#include "storage/ReusableQuery.h"
#include "storage/SqlQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace loket {

// What the applicant and business repositories share in finding a person or a party: the first
// row of a prepared lookup by an identity number, and the search by a number's first digits or
// by words of the name. Each repository keeps its own SQL; `read` turns the current row into one.
namespace PartyLookup {

// The first row of `q` once bound and run, or none; the query is finished for its next use.
template <typename Read> auto first(ReusableQuery& q, Read read) -> std::optional<decltype(read(q))>
{
    q.exec();
    std::optional<decltype(read(q))> out;
    if (q.next())
        out = read(q);
    q.finish();
    return out;
}

// Rows of `byNumber` (binding :lo, :hi and :limit) when the text is a number being typed, else of
// `byName` (binding :q, the FTS5 query of the name words, and :limit); none for an empty text.
template <typename T, typename Read>
QList<T> find(const QSqlDatabase& db, const QString& text, int limit, const QString& byNumber, const QString& byName,
              Read read)
{
    QList<T> out;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return out;
    auto collect = [&](SqlQuery& q) {
        q.bind(QStringLiteral(":limit"), limit).exec();
        while (q.next())
            out.append(read(q));
    };
    if (NameSearch::looksNumeric(trimmed)) {
        const QString digits = IdentityValidator::normalizeDigits(trimmed);
        SqlQuery q(db, byNumber);
        q.bind(QStringLiteral(":lo"), digits).bind(QStringLiteral(":hi"), NameSearch::prefixEnd(digits));
        collect(q);
        return out;
    }
    const QString match = NameSearch::ftsQuery(trimmed);
    if (match.isEmpty())
        return out;
    SqlQuery q(db, byName);
    q.bind(QStringLiteral(":q"), QStringLiteral("name : (%1)").arg(match));
    collect(q);
    return out;
}

} // namespace PartyLookup
} // namespace loket
