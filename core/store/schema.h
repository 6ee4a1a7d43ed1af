#pragma once
// The engine's schema, as migrations.

#include <span>

#include "store/migrations.h"

namespace outpost::store {

[[nodiscard]] std::span<const Migration> engine_migrations();

// Opens (or creates) the engine's encrypted store and brings its schema up to date.
[[nodiscard]] Result<Database> open_engine_store(const std::string& path, const std::string& passphrase, OpenMode mode);

}  // namespace outpost::store
