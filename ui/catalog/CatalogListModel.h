#pragma once

#include "catalog/ServiceStandard.h"

#include <QAbstractTableModel>

namespace loket {
class Database;
}

namespace loket::ui {

// The current standards of the catalogue. A catalogue holds hundreds of services at most, so
// the model loads them at once.
class CatalogListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kbli,
        Name,
        Risk,
        Days,
        Fee,
        ColumnCount
    };
    enum Role
    {
        VersionIdRole = Qt::UserRole + 1,
        ServiceIdRole
    };

    explicit CatalogListModel(Database& db, QObject* parent = nullptr);

    void reload();
    const ServiceStandard& standardAt(int row) const { return m_rows.at(row); }
    int rowOfService(const QString& serviceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    QList<ServiceStandard> m_rows;
};

} // namespace loket::ui
