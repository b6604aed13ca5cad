#include "UserTableModel.h"

#include <QBrush>
#include <QColor>

namespace loket::ui {

void UserTableModel::setUsers(const QList<UserRecord>& users, const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

const UserRecord* UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserTableModel::rowOf(const QString& username) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].username == username)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    const UserRecord* u = user(index.row());
    if (!u)
        return {};
    if (role == Qt::ForegroundRole && u->disabled)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::ForegroundRole && index.column() == Status && u->isLocked(m_now))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::UserRole)
        return u->username;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Username:
        return u->username;
    case FullName:
        return u->displayName;
    case Roles:
        return u->roleTitles();
    case Status:
        if (u->disabled)
            return tr("Disabled");
        if (u->isLocked(m_now))
            return tr("Locked until %1").arg(u->lockedUntil.toString(QStringLiteral("HH:mm")));
        return u->mustChangePassword ? tr("Active, must change password") : tr("Active");
    case Position:
        return u->profile.position;
    case Education:
        return u->profile.education == loket::Education::None ? QString() : educationTitle(u->profile.education);
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case FullName:
        return tr("Full name");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    case Position:
        return tr("Position");
    case Education:
        return tr("Education");
    }
    return {};
}

} // namespace loket::ui
