#include "CatalogListModel.h"

#include "StandardDocument.h"
#include "catalog/CatalogRepository.h"

namespace loket::ui {

CatalogListModel::CatalogListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void CatalogListModel::reload()
{
    beginResetModel();
    m_rows = CatalogRepository(m_db).listCurrent();
    endResetModel();
}

int CatalogListModel::rowOfService(const QString& serviceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].serviceId == serviceId)
            return i;
    return -1;
}

int CatalogListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CatalogListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServiceStandard& s = m_rows.at(index.row());
    if (role == VersionIdRole)
        return s.id;
    if (role == ServiceIdRole)
        return s.serviceId;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("KBLI %1 · %2").arg(s.kbli, s.name);
    if (role == Qt::TextAlignmentRole && index.column() == Days)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Kbli:
        return s.kbli;
    case Name:
        return s.name;
    case Risk:
        return s.riskLevel;
    case Days:
        return s.completionWorkingDays;
    case Fee:
        return StandardDocument::fee(s);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CatalogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kbli:
        return tr("KBLI");
    case Name:
        return tr("Service");
    case Risk:
        return tr("Risk");
    case Days:
        return tr("Days");
    case Fee:
        return tr("Fee");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace loket::ui
