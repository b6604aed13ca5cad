#include "AuditTableModel.h"

#include "common/Clock.h"

#include <QJsonDocument>
#include <QLocale>

namespace loket::ui {

namespace {
QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditTableModel::load(const Context& ctx, const AuditFilter& filter)
{
    beginResetModel();
    m_ctx = ctx;
    m_filter = filter;
    m_entries.clear();
    m_atEnd = false;
    m_total = 0;
    endResetModel();
    const AuditTrail trail(*m_ctx);
    m_total = trail.count(filter);
    fetchMore({});
}

void AuditTableModel::clear()
{
    beginResetModel();
    m_ctx.reset();
    m_entries.clear();
    m_total = 0;
    m_atEnd = true;
    endResetModel();
}

const AuditEntry* AuditTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_ctx.has_value();
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    const QList<AuditEntry> page = AuditTrail(*m_ctx).query(m_filter, before, kPageSize);
    m_atEnd = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

QString AuditTableModel::changeSummary(const AuditEntry& e)
{
    QStringList parts;
    QStringList keys = e.after.keys();
    for (const QString& k : e.before.keys())
        if (!keys.contains(k))
            keys << k;
    for (const QString& k : keys) {
        const QJsonValue b = e.before.value(k);
        const QJsonValue a = e.after.value(k);
        if (b == a)
            continue;
        if (e.before.isEmpty())
            parts << QStringLiteral("%1: %2").arg(k, valueText(a));
        else
            parts << QStringLiteral("%1: %2 → %3").arg(k, valueText(b), valueText(a));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Change)
        return changeSummary(*e);
    if (role == Qt::ToolTipRole && index.column() == Record)
        return e->recordId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e->seq;
    case Time:
        return e->at.toTimeZone(Clock::zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Officer:
        return e->actorName;
    case Workstation:
        return e->workstation;
    case Action:
        return e->action;
    case Record: {
        // A user's id says nothing to a reader; their name does.
        const QString name =
            e->after.value(QStringLiteral("username")).toString(e->before.value(QStringLiteral("username")).toString());
        return QStringLiteral("%1 %2").arg(e->recordType, name.isEmpty() ? e->recordId : name);
    }
    case Change:
        return changeSummary(*e);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case Officer:
        return tr("Officer");
    case Workstation:
        return tr("Workstation");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Change:
        return tr("Change");
    }
    return {};
}

} // namespace loket::ui
