#pragma once

#include "cases/CaseConflicts.h"

#include <QAbstractTableModel>

namespace loket {
class Context;
}

namespace loket::ui {

// The office's conflicts (CaseConflicts::list): one row per fork of a case's actions, open ones
// first. A refused list (the actor may not view reports) leaves the model empty with the
// service's message in error().
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ColRegistration,
        ColKept,
        ColOverridden,
        ColStatus,
        ColCount
    };

    explicit ConflictListModel(const Context& ctx, QObject* parent = nullptr);

    void setIncludeResolved(bool include);
    bool includeResolved() const { return m_includeResolved; }
    void reload();
    QString error() const { return m_error; }
    int openCount() const;
    const CaseConflict* conflictAt(int row) const;

    // "Start verification → Verification · Budi · C01 · 05-01-2026 09:00"
    static QString eventText(const CaseEvent& event);
    static QString actionTitle(const QString& actionKey);
    static QString statusText(const CaseConflict& conflict);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Context& m_ctx;
    QList<CaseConflict> m_rows;
    QString m_error;
    bool m_includeResolved = false;
};

} // namespace loket::ui
