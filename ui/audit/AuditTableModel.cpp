#include "AuditTableModel.h"

#include "cases/CaseStage.h"
#include "common/Dates.h"

namespace loket::ui {

void AuditTableModel::load(const Context& ctx, const AuditFilter& filter)
{
    beginResetModel();
    m_ctx = ctx;
    m_reading.emplace(
        ctx, [](const QDate& d) { return dates::shortDate(d); }, &caseAuditValueText);
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
    m_reading.reset();
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

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole) {
        // The stored key and id, for whoever needs to find the entry elsewhere.
        if (index.column() == Action)
            return e->action;
        if (index.column() == Record)
            return e->recordId;
        if (index.column() == Change)
            return m_reading->changeText(*e);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e->seq;
    case Time:
        return dates::dateTime(e->at);
    case Officer:
        return e->actorName;
    case Workstation:
        return e->workstation;
    case Action:
        return AuditReading::actionTitle(e->action);
    case Record:
        return m_reading->recordText(*e);
    case Change:
        return m_reading->changeText(*e);
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
