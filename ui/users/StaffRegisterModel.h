#pragma once

#include "users/StaffRegister.h"

#include <QAbstractTableModel>

namespace loket::ui {

// The staff register: who meets the standard's competence list.
class StaffRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FullName,
        Position,
        Education,
        DiklatPtsp,
        DiklatOss,
        DiklatKepribadian,
        Meets,
        Missing,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const StaffRegister::Report& report);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffRegister::Row> m_rows;
};

} // namespace loket::ui
