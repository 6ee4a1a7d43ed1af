#pragma once
// The commands the engine refused, one row each: what the person did, the engine's reason, and
// when it was done. The Sync issues panel's list.

#include <vector>

#include <QAbstractTableModel>

#include "ui/sync/core_sync.h"

namespace outpost::ui {

class SyncIssuesModel final : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { ChangeColumn, ReasonColumn, TimeColumn, ColumnCount };
    enum Role { MutationIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setIssues(std::vector<sync::SyncIssue> issues);
    [[nodiscard]] const sync::SyncIssue* issueAt(int row) const;
    [[nodiscard]] int rowOf(std::int64_t mutationId) const;  // -1 when not listed

  private:
    std::vector<sync::SyncIssue> m_issues;
};

}  // namespace outpost::ui
