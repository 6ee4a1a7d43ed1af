#include "engine/demo_users.h"

#include "access/access_service.h"
#include "access/totp.h"

namespace outpost::demo {

const std::vector<DemoAccount>& demo_accounts() {
    static const std::vector<DemoAccount> accounts = {
        {"admin", "outpost-admin-demo", "Morgan Reyes", Role::corporate_admin, {}, {}},
        {"ops", "outpost-ops-demo", "Priya Natarajan", Role::corporate_ops, {}, {}},
        {"south", "outpost-region-demo", "Dana Whitfield", Role::regional_manager, {"region-south"}, {}},
        {"austin", "outpost-manager-demo", "Luis Ortega", Role::location_manager, {},
         {"loc-austin-downtown", "loc-austin-mueller"}},
        {"frontdesk", "outpost-desk-demo", "Jamie Chen", Role::front_desk, {}, {"loc-austin-downtown"}},
    };
    return accounts;
}

Result<void> seed_users(store::Database& db, const Clock& clock) {
    access::AccessService access(db, clock);
    auto admin_secret = access::base32_decode(std::string(kAdminTotpSecretBase32));
    if (!admin_secret) return admin_secret.error();
    for (const DemoAccount& account : demo_accounts()) {
        User user;
        user.username = account.username;
        user.display_name = account.display_name;
        user.role = account.role;
        for (auto r : account.regions) user.regions.emplace_back(std::string(r));
        for (auto l : account.locations) user.locations.emplace_back(std::string(l));
        const bool admin = role_requires_mfa(account.role);
        user.mfa_enabled = admin;
        auto id = access.create_seeded_user(user, std::string(account.password),
                                            admin ? *admin_secret : std::vector<std::uint8_t>{});
        if (!id) return id.error();
    }
    return {};
}

}  // namespace outpost::demo
