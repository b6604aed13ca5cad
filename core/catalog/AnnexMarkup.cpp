#include "AnnexMarkup.h"

#include <QRegularExpression>

namespace loket {

QString AnnexMarkup::toPlain(const QString& html)
{
    static const QRegularExpression block(QStringLiteral("<\\s*/?\\s*(p|ol|ul|li|div|br|tr|td|table|h\\d)\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numericEntity(QStringLiteral("&#(\\d+);"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}]+"));
    static const QRegularExpression spaceBeforePunct(QStringLiteral(" +([;,.:)])"));
    static const QRegularExpression spaceAfterParen(QStringLiteral("\\( +"));

    QString s = html;
    s.replace(block, QStringLiteral("\n"));
    s.remove(tag);
    s.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    for (auto m = numericEntity.match(s); m.hasMatch(); m = numericEntity.match(s))
        s.replace(m.capturedStart(), m.capturedLength(), QChar(m.captured(1).toInt()));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));

    QStringList lines;
    for (QString line : s.split(QLatin1Char('\n'))) {
        line.replace(spaces, QStringLiteral(" "));
        line.replace(spaceBeforePunct, QStringLiteral("\\1"));
        line.replace(spaceAfterParen, QStringLiteral("("));
        line = line.trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

QString AnnexMarkup::markerText(Marker marker, int index)
{
    switch (marker) {
    case Marker::Number:
        return QString::number(index) + QLatin1Char('.');
    case Marker::Letter:
        return QString(QChar(QLatin1Char('a').unicode() + index - 1)) + QLatin1Char('.');
    case Marker::Paren:
        return QString::number(index) + QLatin1Char(')');
    }
    return {};
}

bool AnnexMarkup::atBoundary(const QString& text, int pos)
{
    if (pos == 0)
        return true;
    if (!text.at(pos - 1).isSpace())
        return false;
    int q = pos - 1;
    while (q >= 0 && text.at(q) == QLatin1Char(' '))
        --q;
    if (q < 0 || text.at(q) == QLatin1Char('\n'))
        return true;
    static const QString punctuation = QStringLiteral(";:.,");
    if (punctuation.contains(text.at(q)))
        return true;
    // "...; dan 50. ID pegawai": a joining word after the punctuation.
    for (const QLatin1String word : {QLatin1String("dan"), QLatin1String("atau")}) {
        const int start = q - word.size() + 1;
        if (start >= 1 && QStringView(text).mid(start, word.size()).compare(word, Qt::CaseInsensitive) == 0 &&
            text.at(start - 1).isSpace()) {
            int r = start - 1;
            while (r >= 0 && text.at(r).isSpace())
                --r;
            if (r < 0 || text.at(r) == QLatin1Char(';') || text.at(r) == QLatin1Char(','))
                return true;
        }
    }
    return false;
}

int AnnexMarkup::findMarker(const QString& text, const QString& marker, int from)
{
    for (int i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + 1)) {
        const int after = i + marker.size();
        if (after < text.size() && text.at(after).isSpace() && atBoundary(text, i))
            return i;
    }
    return -1;
}

AnnexMarkup::List AnnexMarkup::split(const QString& plain, Marker marker)
{
    List out;
    int pos = findMarker(plain, markerText(marker, 1), 0);
    if (pos < 0) {
        out.intro = cleanItem(plain);
        return out;
    }
    out.intro = plain.left(pos).simplified();
    for (int index = 1; pos >= 0; ++index) {
        const int start = pos + markerText(marker, index).size();
        const int next = findMarker(plain, markerText(marker, index + 1), start);
        out.items.append(plain.mid(start, next < 0 ? -1 : next - start).trimmed());
        pos = next;
    }
    return out;
}

QString AnnexMarkup::cleanItem(const QString& text)
{
    static const QRegularExpression joiningTail(QStringLiteral("[;,]\\s*(dan|atau)\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString s = text.simplified();
    s.remove(joiningTail);
    while (!s.isEmpty() && (s.back() == QLatin1Char(';') || s.back() == QLatin1Char(',') ||
                            s.back() == QLatin1Char('.') || s.back().isSpace()))
        s.chop(1);
    return s;
}

QStringList AnnexMarkup::cleanItems(const QStringList& items)
{
    QStringList out;
    for (const QString& item : items)
        out.append(cleanItem(item));
    return out;
}

int AnnexMarkup::numberBefore(const QString& text, const QString& unit)
{
    QString pattern = QRegularExpression::escape(unit);
    pattern.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
    const QRegularExpression re(QStringLiteral("(\\d+)\\s*(?:\\([^)]*\\)\\s*)?") + pattern,
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace loket
