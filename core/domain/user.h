#pragma once
// People who use Outpost, their roles and the part of the brand each may see.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/org.h"

namespace outpost {


enum class Role { corporate_admin, corporate_ops, regional_manager, location_manager, front_desk };

// What a role may do, beyond reading the data of its scope.
enum class Permission {
    ingest_reviews,   // push reviews from platforms and imports
    manage_users,     // create users, assign locations, reset passwords, enable MFA
    read_audit,       // the audit log
    export_data,      // exports of personal data
    edit_journeys,    // design and publish journeys
    view_brand_kpis,  // KPIs and benchmarks across the whole brand
};

[[nodiscard]] bool role_has(Role role, Permission permission);
// Refunds and cancellations a role may grant on its own, in cents; nothing: no limit. Larger
// amounts wait for an approver whose limit covers them. Outpost's defaults (the domain notes set
// none): front desk 0, location manager 100.00, regional manager 500.00, corporate unlimited.
[[nodiscard]] std::optional<std::int64_t> approval_limit_cents(Role role);
// Managers hand tasks to other people and take tasks from them; everyone else claims and releases.
[[nodiscard]] bool manages_tasks(Role role);
// Replies to high-severity reviews wait for one of these: regional managers and corporate.
[[nodiscard]] bool approves_sensitive_replies(Role role);
// Brand-wide reply templates are corporate's (admin and ops); location overrides are also the
// location's managers' (location and regional managers, for locations in their scope).
[[nodiscard]] bool edits_brand_templates(Role role);
[[nodiscard]] bool edits_location_templates(Role role);
// Corporate administrators must use a second factor.
[[nodiscard]] bool role_requires_mfa(Role role);

struct User {
    UserId id;
    std::string username;  // unique, case-insensitive
    std::string display_name;
    Role role = Role::front_desk;
    std::vector<RegionId> regions;      // regional managers
    std::vector<LocationId> locations;  // location managers and front desk
    bool mfa_enabled = false;
    bool disabled = false;
};

// The locations a user may see: every location for corporate roles, the locations of their
// regions for regional managers, their own locations otherwise.
class Scope {
public:
    static Scope everything() { return Scope(true, {}); }
    static Scope of(std::set<std::string> locations) { return Scope(false, std::move(locations)); }

    [[nodiscard]] bool all() const { return m_all; }
    [[nodiscard]] bool contains(const LocationId& id) const { return m_all || m_locations.contains(id.value()); }
    [[nodiscard]] const std::set<std::string>& locations() const { return m_locations; }

private:
    Scope(bool all, std::set<std::string> locations) : m_all(all), m_locations(std::move(locations)) {}
    bool m_all;
    std::set<std::string> m_locations;
};

[[nodiscard]] Scope resolve_scope(const User& user, const std::vector<Location>& locations);

}  // namespace outpost
