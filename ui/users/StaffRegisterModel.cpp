#include "StaffRegisterModel.h"

#include <QBrush>
#include <QColor>

namespace loket::ui {

void StaffRegisterModel::setReport(const StaffRegister::Report& report)
{
    beginResetModel();
    m_rows = report.rows;
    endResetModel();
}

int StaffRegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffRegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffRegisterModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const StaffRegister::Row& r = m_rows[index.row()];
    auto course = [&](TrainingCourse c) -> std::optional<bool> { return r.completed.contains(c); };
    std::optional<bool> tick;
    switch (index.column()) {
    case Education:
        tick = r.meetsEducation;
        break;
    case DiklatPtsp:
        tick = course(TrainingCourse::DiklatPtsp);
        break;
    case DiklatOss:
        tick = course(TrainingCourse::DiklatOss);
        break;
    case DiklatKepribadian:
        tick = course(TrainingCourse::DiklatKepribadian);
        break;
    case Meets:
        tick = r.meetsStandard();
        break;
    default:
        break;
    }
    if (role == Qt::ForegroundRole && tick)
        return QBrush(*tick ? QColor(0x1b, 0x7a, 0x3a) : QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && tick && index.column() != Education)
        return int(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == Education)
        return educationTitle(r.user.profile.education);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FullName:
        return r.user.displayName;
    case Position:
        return r.user.profile.position;
    case Education:
        // The short names (S1, SMA, D3) everyone at the office uses; the full title is the tooltip.
        return (r.meetsEducation ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
               (r.user.profile.education == loket::Education::None ? tr("not recorded")
                                                                   : educationKey(r.user.profile.education).toUpper());
    case DiklatPtsp:
    case DiklatOss:
    case DiklatKepribadian:
        return *tick ? QStringLiteral("✓") : QStringLiteral("✗");
    case Meets:
        return *tick ? tr("Yes") : tr("No");
    case Missing:
        return r.missing.join(QStringLiteral("; "));
    }
    return {};
}

QVariant StaffRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FullName:
        return tr("Name");
    case Position:
        return tr("Position");
    case Education:
        return tr("Education");
    case DiklatPtsp:
        return trainingCourseTitle(TrainingCourse::DiklatPtsp);
    case DiklatOss:
        return trainingCourseTitle(TrainingCourse::DiklatOss);
    case DiklatKepribadian:
        return tr("Diklat Kepribadian");
    case Meets:
        return tr("Meets standard");
    case Missing:
        return tr("Missing");
    }
    return {};
}

} // namespace loket::ui
