#include "NameSearch.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace loket {

namespace {
// Short forms of names as they are written on Indonesian papers, with the full form they stand for.
const QHash<QString, QString>& shortForms()
{
    static const QHash<QString, QString> forms{{QStringLiteral("st"), QStringLiteral("siti")},
                                               {QStringLiteral("muh"), QStringLiteral("muhammad")},
                                               {QStringLiteral("moh"), QStringLiteral("muhammad")},
                                               {QStringLiteral("mhd"), QStringLiteral("muhammad")},
                                               {QStringLiteral("muhamad"), QStringLiteral("muhammad")},
                                               {QStringLiteral("mohammad"), QStringLiteral("muhammad")},
                                               {QStringLiteral("mohamad"), QStringLiteral("muhammad")},
                                               {QStringLiteral("abd"), QStringLiteral("abdul")},
                                               {QStringLiteral("hj"), QStringLiteral("hajjah")},
                                               {QStringLiteral("h"), QStringLiteral("haji")},
                                               {QStringLiteral("r"), QStringLiteral("raden")}};
    return forms;
}

QString quoted(const QString& word, bool prefix)
{
    return QLatin1Char('"') + word + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
}
} // namespace

QStringList NameSearch::words(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

QStringList NameSearch::alternatives(const QString& word)
{
    QStringList alts{quoted(word, true)};
    const QHash<QString, QString>& forms = shortForms();
    // A short form finds the full name and the other short forms of it, and the reverse.
    const QString full = forms.value(word, word);
    if (full != word)
        alts << quoted(full, true);
    for (auto it = forms.cbegin(); it != forms.cend(); ++it)
        if (it.value() == full && it.key() != word)
            alts << quoted(it.key(), false);
    // A name written as one word finds it written as two ("Nurhayati" finds "Nur Hayati").
    for (qsizetype i = 3; word.size() >= 6 && i <= word.size() - 3; ++i)
        alts << QStringLiteral("\"%1 %2\"*").arg(word.left(i), word.mid(i));
    return alts;
}

QString NameSearch::ftsQuery(const QString& text)
{
    const QStringList w = words(text);
    if (w.isEmpty())
        return {};
    auto group = [](const QString& word) {
        return QLatin1Char('(') + alternatives(word).join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    QStringList all;
    for (const QString& word : w)
        all << group(word);
    QStringList options{all.join(QStringLiteral(" AND "))};
    // Two words typed apart find the name written as one ("Nur Hayati" finds "Nurhayati").
    for (qsizetype i = 0; w.size() <= 4 && i + 1 < w.size(); ++i) {
        QStringList joined = all;
        joined[i] = quoted(w[i] + w[i + 1], true);
        joined.removeAt(i + 1);
        options << joined.join(QStringLiteral(" AND "));
    }
    return options.size() == 1 ? options.first()
                               : QLatin1Char('(') + options.join(QStringLiteral(") OR (")) + QLatin1Char(')');
}

bool NameSearch::looksNumeric(const QString& text)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9 .\\-]+$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    return numeric.match(text.trimmed()).hasMatch() && text.contains(digit);
}

QString NameSearch::prefixEnd(const QString& prefix)
{
    return prefix + QChar(0xFFFF);
}

} // namespace loket
