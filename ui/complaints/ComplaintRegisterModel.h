#pragma once

#include "complaints/Complaint.h"
#include "complaints/ComplaintFilter.h"

#include <QAbstractTableModel>

namespace loket {
class Context;
}

namespace loket::ui {

// One register (complaints or suggestions) as a lazy table: rows are fetched page by page from
// ComplaintService as the view scrolls, so a register of a million entries opens at once.
class ComplaintRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    enum Role { IdRole = Qt::UserRole + 1, ClockKeyRole };

    ComplaintRegisterModel(const Context& ctx, ComplaintKind kind, QObject* parent = nullptr);

    ComplaintKind kind() const { return m_kind; }
    void setFilter(const ComplaintFilter& filter); // the kind is kept
    const ComplaintFilter& filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    struct Row
    {
        QString id;
        QString clock;
        QStringList cells;
        bool overdue = false;
    };

    const Context& m_ctx;
    ComplaintKind m_kind;
    ComplaintFilter m_filter;
    QStringList m_headers;
    QList<Row> m_rows;
    ComplaintCursor m_cursor;
    int m_total = 0;
    bool m_atEnd = true;
};

} // namespace loket::ui
