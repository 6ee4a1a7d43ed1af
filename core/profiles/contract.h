#pragma once
// The customer profile contract (domain notes §2), version 2: the fields the notes name, each with
// the source and time of its last change (`field_meta`), the profile's `source_origin` and
// `last_synced_at`. Every write of a contract field goes through set_fields(), so that the field's
// source is never lost, and every changed row is sent to the desks through the change log.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/json_codec.h"
#include "store/database.h"
#include "sync/entities.h"

namespace outpost::profiles {

inline constexpr int kContractVersion = 2;

// E.164 ("+15125550123") from what people type ("+1 (512) 555-0123"); empty stays empty.
[[nodiscard]] Result<std::string> normalise_phone(std::string_view raw);
// Trimmed and lower-cased; empty stays empty; anything without one '@' and a dot after it is refused.
[[nodiscard]] Result<std::string> normalise_email(std::string_view raw);
[[nodiscard]] std::string lower(std::string_view text);

using FieldValue = std::variant<std::monostate, std::int64_t, std::string>;
struct FieldChange {
    std::string field;  // one of contract_fields()
    FieldValue value;
};

[[nodiscard]] const std::vector<std::string_view>& contract_fields();

// Writes the fields whose value differs, each with {source, updated_at} in field_meta; answers
// whether anything changed. `synced` also sets last_synced_at (data from an outside system).
[[nodiscard]] Result<bool> set_fields(store::Database& db, ProfileId id, const std::vector<FieldChange>& changes,
                                      const std::string& source, Timestamp at, bool synced = false);

// The profile row as {column: value}; not_found when there is none.
[[nodiscard]] Result<Json> read_profile(store::Database& db, ProfileId id);
// The profile that holds this one's data now: itself, or the one an approved merge folded it into.
[[nodiscard]] Result<ProfileId> live_profile(store::Database& db, ProfileId id);

// The given rows as they are now, into the change log (desks receive them on their next pull).
[[nodiscard]] Result<void> publish(store::Database& db, const std::vector<sync::EntityRef>& rows, Timestamp at);
[[nodiscard]] sync::EntityRef profile_ref(ProfileId id);

// Runs a statement that returns no rows, binding with `bind`.
template <typename Bind>
[[nodiscard]] Result<void> run(store::Database& db, std::string_view sql, Bind bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return stmt->run();
}

// The integers of the first column of a query.
template <typename Bind>
[[nodiscard]] Result<std::vector<std::int64_t>> ids(store::Database& db, std::string_view sql, Bind bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return store::collect_rows<std::int64_t>(*stmt,
                                             [](const store::Statement& s) -> Result<std::int64_t> { return s.int64(0); });
}

}  // namespace outpost::profiles
