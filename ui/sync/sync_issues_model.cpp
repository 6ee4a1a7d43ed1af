#include "ui/sync/sync_issues_model.h"

#include <QTimeZone>

#include "ui/models/display_text.h"
#include "ui/sync/sync_text.h"

namespace outpost::ui {

int SyncIssuesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_issues.size());
}

int SyncIssuesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncIssuesModel::data(const QModelIndex& index, int role) const {
    const sync::SyncIssue* issue = index.isValid() ? issueAt(index.row()) : nullptr;
    if (!issue) return {};
    if (role == MutationIdRole) return QVariant::fromValue<qint64>(issue->mutation_id);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole) return {};
    switch (index.column()) {
        case ChangeColumn:
            return SyncText::command(issue->name, issue->args);
        case ReasonColumn:
            return SyncText::refusal(issue->code, issue->message);
        case TimeColumn:
            return DisplayText::shortLocalTime(issue->device_time.value_or(issue->at), QTimeZone::systemTimeZone());
        default:
            return {};
    }
}

QVariant SyncIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case ChangeColumn:
            return tr("Change");
        case ReasonColumn:
            return tr("Why the engine refused it");
        case TimeColumn:
            return tr("Made at");
        default:
            return {};
    }
}

void SyncIssuesModel::setIssues(std::vector<sync::SyncIssue> issues) {
    beginResetModel();
    m_issues = std::move(issues);
    endResetModel();
}

const sync::SyncIssue* SyncIssuesModel::issueAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_issues.size())) return nullptr;
    return &m_issues[static_cast<std::size_t>(row)];
}

int SyncIssuesModel::rowOf(std::int64_t mutationId) const {
    for (std::size_t i = 0; i < m_issues.size(); ++i) {
        if (m_issues[i].mutation_id == mutationId) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace outpost::ui
