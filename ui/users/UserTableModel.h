#pragma once

#include "users/UserRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace loket::ui {

// The office's accounts (tens, not millions: loaded at once).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Username,
        FullName,
        Roles,
        Status,
        Position,
        Education,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QList<UserRecord>& users, const QDateTime& now);
    const UserRecord* user(int row) const;
    int rowOf(const QString& username) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserRecord> m_users;
    QDateTime m_now;
};

} // namespace loket::ui
