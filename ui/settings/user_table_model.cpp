#include "ui/settings/user_table_model.h"

#include <QFont>

#include "ui/settings/admin_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

UserTableModel::UserTableModel(const LocationDirectory& directory, QObject* parent)
    : QAbstractTableModel(parent), m_directory(directory) {}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const AdminUser& user = m_users[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return display(user, column);
        case Qt::ToolTipRole:
            if (column == ScopeColumn) return AdminText::scopeSummary(user, m_directory);
            if (column == MfaColumn && !user.mfaEnabled && user.role == outpost::Role::corporate_admin) {
                return tr("Administrators need a second factor: enrol one from the details pane.");
            }
            return {};
        case Qt::ForegroundRole:
            if (user.disabled) return Theme::mutedText();
            if (column == MfaColumn && !user.mfaEnabled && user.role == outpost::Role::corporate_admin) {
                return Theme::errorText();
            }
            return {};
        case Qt::FontRole:
            if (column == NameColumn && !user.disabled) {
                QFont bold;
                bold.setWeight(QFont::DemiBold);
                return bold;
            }
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
        case UserIdRole:
            return QVariant::fromValue<qint64>(user.id);
        case DisabledRole:
            return user.disabled;
        case SortRole:
            if (column == RoleColumn) return static_cast<int>(user.role);
            return display(user, column);
        default:
            return {};
    }
}

QVariant UserTableModel::display(const AdminUser& user, int column) const {
    switch (column) {
        case NameColumn:
            return user.displayName.empty() ? QString::fromStdString(user.username)
                                            : QString::fromStdString(user.displayName);
        case UsernameColumn:
            return QString::fromStdString(user.username);
        case RoleColumn:
            return AdminText::roleName(user.role);
        case ScopeColumn:
            return AdminText::scopeSummary(user, m_directory);
        case MfaColumn:
            return user.mfaEnabled ? tr("On") : tr("Off");
        case StatusColumn:
            return user.disabled ? tr("Disabled") : tr("Active");
        default:
            return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
            case NameColumn:
                return tr("Name");
            case UsernameColumn:
                return tr("Username");
            case RoleColumn:
                return tr("Role");
            case ScopeColumn:
                return tr("Locations");
            case MfaColumn:
                return tr("Second factor");
            case StatusColumn:
                return tr("Status");
            default:
                break;
        }
    }
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
    return {};
}

Qt::ItemFlags UserTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void UserTableModel::resetUsers(std::vector<AdminUser> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

void UserTableModel::upsert(const AdminUser& user) {
    const int row = rowOf(user.id);
    if (row >= 0) {
        m_users[static_cast<std::size_t>(row)] = user;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = rowCount();
    beginInsertRows({}, last, last);
    m_users.push_back(user);
    endInsertRows();
}

void UserTableModel::locationsChanged() {
    if (m_users.empty()) return;
    emit dataChanged(index(0, ScopeColumn), index(rowCount() - 1, ScopeColumn));
}

const AdminUser* UserTableModel::userAt(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_users[static_cast<std::size_t>(row)];
}

const AdminUser* UserTableModel::find(std::int64_t id) const {
    return userAt(rowOf(id));
}

int UserTableModel::rowOf(std::int64_t id) const {
    for (std::size_t i = 0; i < m_users.size(); ++i) {
        if (m_users[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace outpost::ui
