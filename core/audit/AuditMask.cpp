#include "AuditMask.h"
#include "common/TextReplace.h"

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>

namespace loket {

namespace {
struct Registered
{
    QMutex mutex;
    AuditMask::Rule rule;
};

Registered& registered()
{
    static Registered r;
    return r;
}

QJsonObject maskedObject(const QJsonObject& o, const std::function<QString(const QString&)>& mask)
{
    if (o.isEmpty())
        return o;
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    // A number the mask hid is no longer JSON: the object then shows as empty, never in full.
    return QJsonDocument::fromJson(mask(text).toUtf8()).object();
}
} // namespace

void AuditMask::registerRule(Rule rule)
{
    if (!rule.showsInFull || !rule.mask)
        return;
    QMutexLocker lock(&registered().mutex);
    registered().rule = std::move(rule);
}

AuditMask AuditMask::forReader(const Actor& reader)
{
    Rule rule;
    {
        QMutexLocker lock(&registered().mutex);
        rule = registered().rule;
    }
    AuditMask m;
    if (!rule.showsInFull)
        m.m_mask = &AuditMask::hideIdentityLikeNumbers;
    else if (!rule.showsInFull(reader))
        m.m_mask = rule.mask;
    return m;
}

QString AuditMask::text(const QString& text) const
{
    return m_mask ? m_mask(text) : text;
}

void AuditMask::apply(AuditEntry& entry) const
{
    if (!m_mask)
        return;
    entry.before = maskedObject(entry.before, m_mask);
    entry.after = maskedObject(entry.after, m_mask);
    entry.note = m_mask(entry.note);
    entry.recordId = m_mask(entry.recordId);
}

QString AuditMask::hideIdentityLikeNumbers(const QString& text)
{
    static const QRegularExpression number(QStringLiteral("\\d{15,}"));
    return replaceEachMatch(text, number, [](const QString& m) { return QString(m.size(), QLatin1Char('*')); });
}

} // namespace loket
