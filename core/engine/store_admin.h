#pragma once
// Store maintenance used by outpost-admin: facts about a store, and changing its passphrase.

#include <string>

#include "domain/json_codec.h"

namespace outpost::engine {

// {"schema_version":3,"locations":12,"profiles":5000,"reviews":2000}
[[nodiscard]] Result<Json> store_info(const std::string& path, const std::string& passphrase);
[[nodiscard]] Result<void> rekey_store(const std::string& path, const std::string& passphrase,
                                       const std::string& new_passphrase);

}  // namespace outpost::engine
