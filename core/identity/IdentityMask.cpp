#include "IdentityMask.h"
#include "common/TextReplace.h"

#include "audit/AuditMask.h"
#include "common/Actor.h"

#include <QRegularExpression>
#include <mutex>

namespace loket {

namespace {
QString digitsOf(const QString& text)
{
    QString d;
    for (QChar c : text)
        if (c.isDigit())
            d.append(c);
    return d;
}

// Keeps `head` leading and `tail` trailing digits; separators stay where they were.
QString keepEnds(const QString& text, int head, int tail)
{
    const int total = digitsOf(text).size();
    QString out;
    int seen = 0;
    for (QChar c : text) {
        if (c.isDigit()) {
            out.append(seen < head || seen >= total - tail ? c : QLatin1Char('*'));
            ++seen;
        } else {
            out.append(c);
        }
    }
    return out;
}
} // namespace

QString IdentityMask::maskNik(const QString& nik)
{
    const QString trimmed = nik.trimmed();
    const int digits = digitsOf(trimmed).size();
    if (digits == 0)
        return trimmed;
    if (digits < 8)
        return QString(trimmed.size(), QLatin1Char('*'));
    return keepEnds(trimmed, 4, 4);
}

QString IdentityMask::maskNpwp(const QString& npwp)
{
    const QString trimmed = npwp.trimmed();
    const int digits = digitsOf(trimmed).size();
    if (digits == 16)
        return keepEnds(trimmed, 4, 4);
    if (digits == 15)
        return keepEnds(trimmed, 2, 3);
    return maskNik(trimmed);
}

QString IdentityMask::maskIdentityNumbers(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("(?<!\\d)\\d{15,16}(?!\\d)"));
    return replaceEachMatch(text, number, [](const QString& m) { return m.size() == 16 ? maskNik(m) : maskNpwp(m); });
}

bool IdentityMask::showsInFull(const Actor& actor, IdentityPlace place)
{
    return place == IdentityPlace::Record && actor.can(Permission::ViewPersonalData);
}

QString IdentityMask::nik(const Actor& actor, const QString& nik, IdentityPlace place)
{
    return showsInFull(actor, place) ? nik : maskNik(nik);
}

QString IdentityMask::npwp(const Actor& actor, const QString& npwp, IdentityPlace place)
{
    return showsInFull(actor, place) ? npwp : maskNpwp(npwp);
}

void IdentityMask::registerAuditRule()
{
    static std::once_flag once;
    std::call_once(once, [] {
        AuditMask::registerRule({[](const Actor& reader) { return showsInFull(reader, IdentityPlace::Record); },
                                 &IdentityMask::maskIdentityNumbers});
    });
}

} // namespace loket
