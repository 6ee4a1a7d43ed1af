#pragma once
// How users, roles and scopes read in the Settings screen. All strings are translated (context
// "outpost::ui::AdminText").

#include <vector>

#include <QCoreApplication>
#include <QString>

#include "ui/models/location_directory.h"
#include "ui/settings/admin_api.h"

namespace outpost::ui {

// Which part of the brand a role is assigned: corporate roles see everything, regional managers
// get regions, location managers and front desks get locations.
enum class ScopeKind { everything, regions, locations };

[[nodiscard]] ScopeKind scopeKindFor(Role role);

class AdminText {
    Q_DECLARE_TR_FUNCTIONS(outpost::ui::AdminText)

  public:
    // Every role, most powerful first.
    [[nodiscard]] static std::vector<Role> roles();
    [[nodiscard]] static QString roleName(Role role);
    // One line for the table: "All locations", "Regions: Central, East", "Riverside, Harbor Point +2".
    [[nodiscard]] static QString scopeSummary(const AdminUser& user, const LocationDirectory& directory);
    [[nodiscard]] static QString regionName(const std::string& regionId, const LocationDirectory& directory);
};

}  // namespace outpost::ui
