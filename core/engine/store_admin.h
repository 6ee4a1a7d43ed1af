#pragma once
// Store maintenance used by outpost-admin: facts about a store, and changing its passphrase.

#include <string>

#include "access/access_service.h"
#include "domain/json_codec.h"
#include "ingest/review_import.h"

namespace outpost::engine {

// {"schema_version":3,"locations":12,"profiles":5000,"reviews":2000}
[[nodiscard]] Result<Json> store_info(const std::string& path, const std::string& passphrase);
[[nodiscard]] Result<void> rekey_store(const std::string& path, const std::string& passphrase,
                                       const std::string& new_passphrase);

// Creates the store when missing and its first corporate administrator (refused once users exist).
[[nodiscard]] Result<access::CreatedUser> create_first_admin(const std::string& path, const std::string& passphrase,
                                                             const std::string& username,
                                                             const std::string& display_name,
                                                             const std::string& password);
// `outpost-admin import reviews`: imports a review export into the store (ingest/review_import.h).
// `format` empty: guessed from the file. Fails only when the store or the file cannot be read.
[[nodiscard]] Result<ingest::ImportSummary> import_reviews(const std::string& path, const std::string& passphrase,
                                                           const std::string& file, const std::string& format,
                                                           const std::string& location);
// `outpost-admin webhook set-secret`: the secret a webhook source signs its deliveries with.
[[nodiscard]] Result<void> set_webhook_secret(const std::string& path, const std::string& passphrase,
                                              const std::string& source, const std::string& secret);
// Walks the audit log's hash chain.
[[nodiscard]] Result<access::AuditVerdict> verify_audit(const std::string& path, const std::string& passphrase);

}  // namespace outpost::engine
