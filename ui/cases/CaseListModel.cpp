#include "CaseListModel.h"

#include "calendar/ClockStateText.h"
#include "common/Context.h"
#include "common/Dates.h"
#include "common/Error.h"
#include "common/Log.h"
#include "identity/IdentityMask.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace loket::ui {

CaseListModel::CaseListModel(const Context& ctx, QObject* parent) : QAbstractTableModel(parent), m_ctx(ctx)
{
}

CaseListModel::~CaseListModel() = default;

void CaseListModel::setFilter(const CaseFilter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    // A new query object per reload: it picks up calendar changes and refreshes stale deadlines.
    m_queries = std::make_unique<CaseQueries>(m_ctx);
    m_rows = m_queries->page(m_filter, 0, kPageSize);
    m_atEnd = m_rows.size() < kPageSize;
    // Before the reset is announced: the count under the list is read when it is.
    m_total = m_atEnd ? int(m_rows.size()) : m_queries->count(m_filter);
    m_sampled = m_queries->nameSampled(m_filter);
    endResetModel();
}

QString CaseListModel::registrationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].registrationNumber : QString();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

bool CaseListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_queries;
}

void CaseListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Keyset paging: seek past the last row shown, so scrolling far down costs what the top does.
    QList<CaseRow> more;
    try {
        more = m_rows.isEmpty() ? m_queries->page(m_filter, 0, kPageSize)
                                : m_queries->pageAfter(m_filter, m_rows.last().registrationNumber, kPageSize);
    } catch (const Error& e) {
        qCWarning(lcStorage) << "case list: cannot fetch more rows:" << e.message();
        m_atEnd = true;
        return;
    }
    m_atEnd = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseRow& r = m_rows.at(index.row());
    const ClockResult& clock = r.clock;
    // A rejected or withdrawn file's clock stopped without a product: neither met nor missed.
    const bool ended = r.stage == CaseStage::Rejected || r.stage == CaseStage::Withdrawn;
    const bool grey = clock.paused || ended;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case ColRegistration: return r.registrationNumber;
        case ColReceived:
            return dates::dateTime(r.receivedAt);
        case ColService: return QStringLiteral("%1 · %2").arg(r.kbli, r.serviceName);
        case ColApplicant: return r.applicantName;
        case ColNik:
            return IdentityMask::nik(m_ctx.actor(), r.nik, IdentityPlace::Listing);
        case ColBusiness: return r.businessName;
        case ColStage: return caseStageTitle(r.stage);
        case ColClock:
            if (clock.paused)
                return tr("Paused");
            if (ended && clock.state != ClockState::NotStarted)
                return tr("Stopped");
            return ClockStateText::title(clock.state);
        case ColDue:
            return clock.dueDate.isValid() && !ended && !clock.paused ? dates::shortDate(clock.dueDate) : QString();
        case ColOfficer: return r.officer;
        case ColWorkstation: return r.workstation;
        case ColCount: break;
        }
        return {};
    }
    if (index.column() == ColClock || index.column() == ColDue) {
        const QColor colour(grey ? QStringLiteral("#5f6b7a") : ClockStateText::colour(clock.state));
        if (role == Qt::ForegroundRole && index.column() == ColDue)
            return QBrush(colour);
        if (index.column() == ColClock && clock.state != ClockState::NotStarted) {
            if (role == Qt::BackgroundRole)
                return QBrush(colour);
            if (role == Qt::ForegroundRole)
                return QBrush(Qt::white);
        }
    }
    if (role == Qt::FontRole && index.column() == ColRegistration) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        return f;
    }
    if (role == Qt::ToolTipRole && (index.column() == ColClock || index.column() == ColDue) &&
        clock.state != ClockState::NotStarted && !ended) {
        QString tip = ClockStateText::daysLeftText(clock);
        if (clock.dueInUnconfirmedYear)
            tip += QLatin1Char('\n') + tr("The deadline crosses a year whose calendar is not confirmed yet.");
        return tip;
    }
    // Names elide in a narrow column: the whole name on hover.
    if (role == Qt::ToolTipRole &&
        (index.column() == ColApplicant || index.column() == ColBusiness || index.column() == ColService ||
         index.column() == ColOfficer || index.column() == ColStage))
        return data(index, Qt::DisplayRole);
    if (role == Qt::UserRole)
        return r.registrationNumber;
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == ColOfficer)
            return tr("Who holds the application's current stage and must act next");
        if (section == ColWorkstation)
            return tr("The workstation that registered the application");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ColRegistration: return tr("Registration number");
    case ColReceived: return tr("Received");
    case ColService: return tr("Service");
    case ColApplicant: return tr("Applicant");
    case ColNik: return tr("NIK");
    case ColBusiness: return tr("Business");
    case ColStage: return tr("Stage");
    case ColClock: return tr("Completion clock");
    case ColDue: return tr("Due");
    case ColOfficer: return tr("Holds the case");
    case ColWorkstation: return tr("Workstation");
    case ColCount: break;
    }
    return {};
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseSort sort = m_filter.sort;
    switch (Column(column)) {
    case ColRegistration: sort = CaseSort::RegistrationNumber; break;
    case ColReceived: sort = order == Qt::AscendingOrder ? CaseSort::ReceivedOldest : CaseSort::ReceivedNewest; break;
    case ColApplicant: sort = CaseSort::ApplicantName; break;
    case ColStage: sort = CaseSort::Stage; break;
    case ColClock:
    case ColDue: sort = CaseSort::DueDate; break;
    default: return; // other columns have no index to sort a million rows by
    }
    if (sort == m_filter.sort)
        return;
    m_filter.sort = sort;
    reload();
}

} // namespace loket::ui
