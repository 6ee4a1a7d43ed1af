#pragma once
// The brand's users, one row each, in the engine's order: name, username, role, what they may
// see, second factor and whether the account is active.

#include <vector>

#include <QAbstractTableModel>

#include "ui/models/location_directory.h"
#include "ui/settings/admin_api.h"

namespace outpost::ui {

class UserTableModel final : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { NameColumn, UsernameColumn, RoleColumn, ScopeColumn, MfaColumn, StatusColumn, ColumnCount };
    enum Role {
        UserIdRole = Qt::UserRole + 1,  // qint64
        DisabledRole,                   // bool
        SortRole,
    };

    explicit UserTableModel(const LocationDirectory& directory, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    void resetUsers(std::vector<AdminUser> users);
    // Replaces the user with the same id, or appends a new one.
    void upsert(const AdminUser& user);
    // Location and region names changed: the scope column is repainted.
    void locationsChanged();

    [[nodiscard]] const AdminUser* userAt(int row) const;
    [[nodiscard]] const AdminUser* find(std::int64_t id) const;
    [[nodiscard]] int rowOf(std::int64_t id) const;  // -1 when unknown

  private:
    [[nodiscard]] QVariant display(const AdminUser& user, int column) const;

    const LocationDirectory& m_directory;
    std::vector<AdminUser> m_users;
};

}  // namespace outpost::ui
