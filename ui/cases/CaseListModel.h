#pragma once

#include "cases/CaseQueries.h"
#include "common/Actor.h"

#include <QAbstractTableModel>
#include <memory>

namespace loket {
class Context;
}

namespace loket::ui {

// The case list: a page of rows at a time from CaseQueries, more as the view scrolls
// (canFetchMore/fetchMore), so a million applications open as fast as fifty.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColRegistration,
        ColReceived,
        ColStage,
        ColClock,
        ColDue,
        ColApplicant,
        ColBusiness,
        ColService,
        ColNik,
        ColOfficer,     // who holds the case's current stage (must act next)
        ColWorkstation, // where it was registered
        ColCount
    };
    static constexpr int kPageSize = 100;

    explicit CaseListModel(const Context& ctx, QObject* parent = nullptr);
    ~CaseListModel() override;

    void setFilter(const CaseFilter& filter);
    const CaseFilter& filter() const { return m_filter; }
    void reload();
    // Rows counted up to the cap of CaseQueries::count.
    int total() const { return m_total; }
    // A common name searched alone: the list holds the cases of the newest matching names only.
    bool sampled() const { return m_sampled; }
    QString registrationAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    const Context& m_ctx;
    std::unique_ptr<CaseQueries> m_queries;
    CaseFilter m_filter;
    QList<CaseRow> m_rows;
    bool m_atEnd = false;
    int m_total = 0;
    bool m_sampled = false;
};

} // namespace loket::ui
