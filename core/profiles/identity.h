#pragma once
// What an outside system or a desk tells about a person, normalised (E.164 phone, lower-cased
// email), and the identity keys kept per profile for stitching.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/json_codec.h"
#include "store/database.h"

namespace outpost::profiles {

struct Identity {
    std::string external_id;
    std::string phone;  // E.164
    std::string email;  // lower-case
    std::string member_id;
    std::string access_card_id;
    std::string first_name;
    std::string last_name;
    std::string birthday;  // YYYY-MM-DD
};

// Reads {"external_id","phone","email","member_id","access_card_id","first_name","last_name",
// "birthday"} (all optional, at least one key or a name); errors name the field under `path`.
[[nodiscard]] Result<Identity> identity_from_json(const Json& subject, const std::string& path);

struct IdentityKey {
    std::string kind;  // external_id, phone, email, member_id, access_card_id
    std::string value;
    auto operator<=>(const IdentityKey&) const = default;
};

// The non-empty keys of an identity; `stable` ones (ids another system issued once to one person)
// first, then the contact keys (which people share and numbers that change hands).
[[nodiscard]] std::vector<IdentityKey> stable_keys(const Identity& identity);
[[nodiscard]] std::vector<IdentityKey> contact_keys(const Identity& identity);

// Keys stored for a profile; attach_keys() adds those it does not have yet.
[[nodiscard]] Result<std::vector<IdentityKey>> keys_of(store::Database& db, ProfileId profile);
[[nodiscard]] Result<void> attach_keys(store::Database& db, ProfileId profile, const std::vector<IdentityKey>& keys,
                                       const std::string& source, Timestamp at);
// The live profiles (not merged away) holding a key.
[[nodiscard]] Result<std::vector<std::int64_t>> holders_of(store::Database& db, const IdentityKey& key);

// "ana diaz": lower-cased first and last name, one space, for comparisons.
[[nodiscard]] std::string name_key(std::string_view first, std::string_view last);

}  // namespace outpost::profiles
