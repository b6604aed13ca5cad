#include "ComplaintRegisterModel.h"

#include "calendar/ClockStateText.h"
#include "common/Error.h"
#include "complaints/ComplaintRegister.h"
#include "complaints/ComplaintService.h"

#include <QBrush>
#include <QColor>

namespace loket::ui {

ComplaintRegisterModel::ComplaintRegisterModel(const Context& ctx, ComplaintKind kind, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_kind(kind)
{
    m_filter.kind = kind;
    m_headers = ComplaintRegister::headers(kind);
}

void ComplaintRegisterModel::setFilter(const ComplaintFilter& filter)
{
    m_filter = filter;
    m_filter.kind = m_kind;
    reload();
}

void ComplaintRegisterModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_total = 0;
    m_atEnd = false;
    try {
        m_total = ComplaintService::count(m_ctx, m_filter);
    } catch (const Error& e) {
        m_atEnd = true;
        endResetModel();
        Q_EMIT failed(e.message());
        return;
    }
    m_atEnd = m_total == 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

QString ComplaintRegisterModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int ComplaintRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ComplaintRegisterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text = r.cells.value(index.column());
        if (role == Qt::DisplayRole && text.size() > 90)
            text = text.left(88) + QStringLiteral("…");
        return text;
    }
    case IdRole: return r.id;
    case ClockKeyRole: return r.clock;
    case Qt::ForegroundRole:
        if (m_kind == ComplaintKind::Complaint && index.column() == ComplaintRegister::CClock && !r.clock.isEmpty()) {
            for (ClockState s : {ClockState::OnTrack, ClockState::AtRisk, ClockState::Overdue, ClockState::Met,
                                 ClockState::Missed})
                if (ClockStateText::key(s) == r.clock)
                    return QBrush(QColor(ClockStateText::colour(s)));
        }
        return {};
    default: return {};
    }
}

QVariant ComplaintRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section + 1;
}

bool ComplaintRegisterModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ComplaintRegisterModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QList<Complaint> page;
    try {
        page = ComplaintService::page(m_ctx, m_filter, m_cursor, kPageSize);
        if (page.size() < kPageSize)
            m_atEnd = true;
        if (page.isEmpty())
            return;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        for (const Complaint& c : page) {
            const QString clock = ComplaintService::clockState(m_ctx, c);
            m_rows.append({c.id, clock, ComplaintRegister::row(c, clock), clock == QLatin1String("overdue")});
        }
        m_cursor = ComplaintCursor::after(page.last());
        endInsertRows();
    } catch (const Error& e) {
        m_atEnd = true;
        Q_EMIT failed(e.message());
    }
}

} // namespace loket::ui
