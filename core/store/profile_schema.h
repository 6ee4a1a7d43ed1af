#pragma once
// The customer profile part of the schema (profile_schema.cpp), for schema.cpp's list of engine
// migrations: engine migration 9's SQL (contract columns, the engine's profile tables, at-risk
// scores, search and identity triggers) and engine migration 11 (the front desk's columns).
// Internal to core/store.

#include <string>

#include "store/migrations.h"

namespace outpost::store::detail {

[[nodiscard]] const std::string& profile_engine_sql();
[[nodiscard]] Migration front_desk_migration(int version);

}  // namespace outpost::store::detail
