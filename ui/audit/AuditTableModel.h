#pragma once

#include "audit/AuditReading.h"
#include "audit/AuditTrail.h"

#include <QAbstractTableModel>

namespace loket::ui {

// The audit trail, newest first, read a page at a time as the view scrolls (it may hold
// millions of entries).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Time,
        Officer,
        Workstation,
        Action,
        Record,
        Change,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit AuditTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    // Starts over with a filter, as the given context's actor (it needs ViewAudit).
    void load(const Context& ctx, const AuditFilter& filter);
    void clear();
    const AuditEntry* entry(int row) const;
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The entry in words (core/audit/AuditReading): action title, record number or name, changes.
    const AuditReading* reading() const { return m_reading ? &*m_reading : nullptr; }

private:
    std::optional<Context> m_ctx;
    std::optional<AuditReading> m_reading;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    qint64 m_total = 0;
    bool m_atEnd = true;
};

} // namespace loket::ui
