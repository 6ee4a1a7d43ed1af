#pragma once
// The demo dataset's accounts: one per role, with documented passwords (README, "Demo accounts").
// The administrator's second factor uses a documented secret so that an authenticator app (or
// `oathtool --totp -b SECRET`) can produce its codes.

#include <string_view>
#include <vector>

#include "domain/clock.h"
#include "domain/user.h"
#include "store/database.h"

namespace outpost::demo {

struct DemoAccount {
    std::string_view username;
    std::string_view password;
    std::string_view display_name;
    Role role;
    std::vector<std::string_view> regions;
    std::vector<std::string_view> locations;
};

// "outpost demo account" in base32: the administrator's TOTP secret.
inline constexpr std::string_view kAdminTotpSecretBase32 = "N52XI4DPON2CAZDFNVXSAYLDMNXXK3TU";

[[nodiscard]] const std::vector<DemoAccount>& demo_accounts();

// Creates the demo accounts in a store that has the demo organisation and no users yet.
[[nodiscard]] Result<void> seed_users(store::Database& db, const Clock& clock);

}  // namespace outpost::demo
