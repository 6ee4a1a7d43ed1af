#include "ui/settings/admin_text.h"

#include <QStringList>

namespace outpost::ui {
namespace {

constexpr int kNamesShown = 3;

QString joinFew(const QStringList& names) {
    if (names.size() <= kNamesShown) return names.join(QStringLiteral(", "));
    return AdminText::tr("%1 +%2", "first names, then how many more")
        .arg(names.mid(0, kNamesShown).join(QStringLiteral(", ")))
        .arg(names.size() - kNamesShown);
}

}  // namespace

ScopeKind scopeKindFor(Role role) {
    switch (role) {
        case Role::regional_manager:
            return ScopeKind::regions;
        case Role::location_manager:
        case Role::front_desk:
            return ScopeKind::locations;
        case Role::corporate_admin:
        case Role::corporate_ops:
            break;
    }
    return ScopeKind::everything;
}

std::vector<Role> AdminText::roles() {
    return {Role::corporate_admin, Role::corporate_ops, Role::regional_manager, Role::location_manager,
            Role::front_desk};
}

QString AdminText::roleName(Role role) {
    switch (role) {
        case Role::corporate_admin:
            return tr("Corporate admin");
        case Role::corporate_ops:
            return tr("Corporate operations");
        case Role::regional_manager:
            return tr("Regional manager");
        case Role::location_manager:
            return tr("Location manager");
        case Role::front_desk:
            return tr("Front desk");
    }
    return {};
}

QString AdminText::regionName(const std::string& regionId, const LocationDirectory& directory) {
    for (const auto& region : directory.regions()) {
        if (region.id.value() == regionId) return QString::fromStdString(region.name);
    }
    return QString::fromStdString(regionId);
}

QString AdminText::scopeSummary(const AdminUser& user, const LocationDirectory& directory) {
    switch (scopeKindFor(user.role)) {
        case ScopeKind::everything:
            return tr("All locations");
        case ScopeKind::regions: {
            if (user.regions.empty()) return tr("No region assigned");
            QStringList names;
            for (const auto& id : user.regions) names << regionName(id, directory);
            return tr("Regions: %1").arg(joinFew(names));
        }
        case ScopeKind::locations: {
            if (user.locations.empty()) return tr("No location assigned");
            QStringList names;
            for (const auto& id : user.locations) names << directory.locationName(id);
            return joinFew(names);
        }
    }
    return {};
}

}  // namespace outpost::ui
