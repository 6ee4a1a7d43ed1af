#include "profiles/identity.h"

#include <regex>

#include "domain/json_reader.h"
#include "profiles/contract.h"

namespace outpost::profiles {

Result<Identity> identity_from_json(const Json& subject, const std::string& path) {
    if (!subject.is_object()) return make_error(ErrorCode::invalid_argument, path + ": must be an object");
    JsonReader r(subject, path);
    Identity id;
    id.external_id = r.optional_string("external_id", 128).value_or("");
    const auto phone = r.optional_string("phone", 64).value_or("");
    const auto email = r.optional_string("email", 320).value_or("");
    id.member_id = r.optional_string("member_id", 128).value_or("");
    id.access_card_id = r.optional_string("access_card_id", 128).value_or("");
    id.first_name = r.optional_string("first_name", 200).value_or("");
    id.last_name = r.optional_string("last_name", 200).value_or("");
    id.birthday = r.optional_string("birthday", 10).value_or("");
    if (!r.ok()) return r.error();
    auto p = normalise_phone(phone);
    if (!p) return make_error(ErrorCode::invalid_argument, path + ".phone: " + p.error().message);
    id.phone = *p;
    auto e = normalise_email(email);
    if (!e) return make_error(ErrorCode::invalid_argument, path + ".email: " + e.error().message);
    id.email = *e;
    static const std::regex kDate(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)");
    if (!id.birthday.empty() && !std::regex_match(id.birthday, kDate)) {
        return make_error(ErrorCode::invalid_argument, path + ".birthday: must be YYYY-MM-DD");
    }
    if (stable_keys(id).empty() && contact_keys(id).empty() && id.first_name.empty()) {
        return make_error(ErrorCode::invalid_argument, path + ": name at least one identity key or a first name");
    }
    return id;
}

std::vector<IdentityKey> stable_keys(const Identity& identity) {
    std::vector<IdentityKey> keys;
    if (!identity.external_id.empty()) keys.push_back({"external_id", identity.external_id});
    if (!identity.member_id.empty()) keys.push_back({"member_id", identity.member_id});
    if (!identity.access_card_id.empty()) keys.push_back({"access_card_id", identity.access_card_id});
    return keys;
}

std::vector<IdentityKey> contact_keys(const Identity& identity) {
    std::vector<IdentityKey> keys;
    if (!identity.phone.empty()) keys.push_back({"phone", identity.phone});
    if (!identity.email.empty()) keys.push_back({"email", identity.email});
    return keys;
}

Result<std::vector<IdentityKey>> keys_of(store::Database& db, ProfileId profile) {
    auto stmt = db.prepare("SELECT kind, value FROM profile_identity WHERE profile_id = ?1 ORDER BY kind, value");
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    return store::collect_rows<IdentityKey>(*stmt, [](const store::Statement& s) -> Result<IdentityKey> {
        return IdentityKey{s.string(0), s.string(1)};
    });
}

Result<void> attach_keys(store::Database& db, ProfileId profile, const std::vector<IdentityKey>& keys,
                         const std::string& source, Timestamp at) {
    auto stmt = db.prepare(
        "INSERT OR IGNORE INTO profile_identity(kind, value, profile_id, source, added_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) return stmt.error();
    for (const auto& key : keys) {
        stmt->reset();
        stmt->bind(1, std::string_view(key.kind))
            .bind(2, std::string_view(key.value))
            .bind(3, profile.value())
            .bind(4, std::string_view(source))
            .bind(5, at.time_since_epoch().count());
        if (auto r = stmt->run(); !r) return r;
    }
    return {};
}

Result<std::vector<std::int64_t>> holders_of(store::Database& db, const IdentityKey& key) {
    return ids(db,
               "SELECT i.profile_id FROM profile_identity i JOIN profile p ON p.id = i.profile_id "
               "WHERE i.kind = ?1 AND i.value = ?2 AND p.merged_into IS NULL ORDER BY i.profile_id",
               [&](store::Statement& s) { s.bind(1, std::string_view(key.kind)).bind(2, std::string_view(key.value)); });
}

std::string name_key(std::string_view first, std::string_view last) {
    std::string out = lower(first);
    if (!last.empty()) out += " " + lower(last);
    return out;
}

}  // namespace outpost::profiles
