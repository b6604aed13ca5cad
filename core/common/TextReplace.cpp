#include "TextReplace.h"

namespace loket {

QString replaceEachMatch(const QString& text, const QRegularExpression& pattern,
                         const std::function<QString(const QString& match)>& with)
{
    QString out;
    qsizetype from = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += with(m.captured());
        from = m.capturedEnd();
    }
    if (from == 0)
        return text;
    out += QStringView(text).mid(from);
    return out;
}

} // namespace loket
