#pragma once
// Numbered schema migrations. The schema version lives in PRAGMA user_version; each migration runs
// in its own transaction together with the version bump, so a failure leaves the previous version.

#include <functional>
#include <span>
#include <string_view>

#include "store/database.h"

namespace outpost::store {

struct Migration {
    int version;  // 1, 2, 3 ... without gaps
    std::string_view name;
    std::function<Result<void>(Database&)> apply;
};

// Brings `db` up to the last migration. A database newer than the last migration is refused.
[[nodiscard]] Result<void> migrate(Database& db, std::span<const Migration> migrations);

// A migration that is just SQL.
[[nodiscard]] Migration sql_migration(int version, std::string_view name, std::string_view sql);

}  // namespace outpost::store
