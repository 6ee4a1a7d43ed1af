#include "domain/user.h"

#include <algorithm>

namespace outpost {

bool role_has(Role role, Permission permission) {
    switch (permission) {
        case Permission::manage_users:
        case Permission::read_audit: return role == Role::corporate_admin;
        case Permission::ingest_reviews:
        case Permission::edit_journeys:
        case Permission::view_brand_kpis: return role == Role::corporate_admin || role == Role::corporate_ops;
        case Permission::export_data: return role != Role::front_desk;
    }
    return false;
}

bool role_requires_mfa(Role role) { return role == Role::corporate_admin; }

Scope resolve_scope(const User& user, const std::vector<Location>& locations) {
    if (user.role == Role::corporate_admin || user.role == Role::corporate_ops) return Scope::everything();
    std::set<std::string> visible;
    if (user.role == Role::regional_manager) {
        for (const auto& l : locations) {
            if (std::find(user.regions.begin(), user.regions.end(), l.region_id) != user.regions.end()) {
                visible.insert(l.id.value());
            }
        }
    }
    for (const auto& id : user.locations) {
        // Only locations that exist: a stale assignment grants nothing.
        auto known = std::find_if(locations.begin(), locations.end(), [&](const Location& l) { return l.id == id; });
        if (known != locations.end()) visible.insert(id.value());
    }
    return Scope::of(std::move(visible));
}

std::optional<std::int64_t> approval_limit_cents(Role role) {
    switch (role) {
        case Role::front_desk: return 0;
        case Role::location_manager: return 10'000;
        case Role::regional_manager: return 50'000;
        case Role::corporate_ops:
        case Role::corporate_admin: return std::nullopt;
    }
    return 0;
}

bool manages_tasks(Role role) { return role != Role::front_desk; }

bool approves_sensitive_replies(Role role) {
    return role == Role::regional_manager || role == Role::corporate_ops || role == Role::corporate_admin;
}

bool edits_brand_templates(Role role) { return role == Role::corporate_ops || role == Role::corporate_admin; }

bool edits_location_templates(Role role) { return role != Role::front_desk; }

}  // namespace outpost
