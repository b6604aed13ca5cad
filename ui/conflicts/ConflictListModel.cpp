#include "ConflictListModel.h"
#include "common/Dates.h"

#include "cases/CaseLifecycle.h"
#include "cases/CaseStage.h"
#include "common/Clock.h"
#include "common/Context.h"
#include "common/Error.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace loket::ui {

namespace {
QString timeText(const QDateTime& t)
{
    return t.isValid() ? dates::dateTime(t) : QString();
}
} // namespace

ConflictListModel::ConflictListModel(const Context& ctx, QObject* parent) : QAbstractTableModel(parent), m_ctx(ctx) {}

void ConflictListModel::setIncludeResolved(bool include)
{
    if (include == m_includeResolved)
        return;
    m_includeResolved = include;
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    try {
        m_rows = CaseConflicts::list(m_ctx, m_includeResolved);
    } catch (const Error& e) {
        m_error = e.message();
    }
    endResetModel();
}

int ConflictListModel::openCount() const
{
    int n = 0;
    for (const CaseConflict& c : m_rows)
        n += c.resolved ? 0 : 1;
    return n;
}

const CaseConflict* ConflictListModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString ConflictListModel::actionTitle(const QString& key)
{
    if (key == QLatin1String("register"))
        return tr("Registration");
    if (key == QLatin1String("import"))
        return tr("Import");
    if (key == QLatin1String("resolve_conflict"))
        return tr("Conflict settled");
    CaseAction action;
    if (CaseLifecycle::actionFromKey(key, &action))
        return CaseLifecycle::actionTitle(action);
    return key;
}

QString ConflictListModel::eventText(const CaseEvent& e)
{
    if (e.id.isEmpty())
        return tr("(action not received yet)");
    QString title = actionTitle(e.action);
    CaseStage to;
    if (caseStageFromKey(e.toStage, &to))
        title += QStringLiteral(" → ") + caseStageTitle(to);
    return tr("%1 · %2 · %3 · %4").arg(title, e.actorName, e.workstation, timeText(e.at));
}

QString ConflictListModel::statusText(const CaseConflict& c)
{
    if (!c.resolved)
        return tr("Open");
    const QString when = timeText(c.resolvedAt);
    return c.outcome == QLatin1String("taken")
               ? tr("Settled by %1, %2: overridden outcome taken").arg(c.resolvedBy, when)
               : tr("Settled by %1, %2: outcome kept").arg(c.resolvedBy, when);
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseConflict& c = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ColRegistration:
            return c.registrationNumber;
        case ColKept:
            return eventText(c.winner);
        case ColOverridden: {
            QStringList lines;
            for (const CaseEvent& e : c.losers)
                lines << eventText(e);
            return lines.join(QLatin1Char('\n'));
        }
        case ColStatus:
            if (role == Qt::ToolTipRole && c.resolved && !c.note.isEmpty())
                return statusText(c) + QLatin1Char('\n') + tr("Note: %1").arg(c.note);
            return statusText(c);
        case ColCount:
            break;
        }
        return {};
    }
    if (role == Qt::FontRole && index.column() == ColRegistration) {
        QFont f;
        f.setFamily(QStringLiteral("monospace"));
        return f;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ColStatus)
            return QBrush(QColor(c.resolved ? QStringLiteral("#2f6b3a") : QStringLiteral("#a0361c")));
        if (index.column() == ColOverridden || c.resolved)
            return QBrush(QColor(QStringLiteral("#5f6b7a")));
    }
    if (role == Qt::FontRole && index.column() == ColStatus && !c.resolved) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::UserRole)
        return c.key;
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ColRegistration:
        return tr("Registration number");
    case ColKept:
        return tr("Kept action (the application follows it)");
    case ColOverridden:
        return tr("Overridden action(s)");
    case ColStatus:
        return tr("Status");
    case ColCount:
        break;
    }
    return {};
}

} // namespace loket::ui
