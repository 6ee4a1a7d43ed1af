#include "profiles/contract.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "store/repositories.h"
#include "sync/sync_service.h"

namespace outpost::profiles {

std::string lower(std::string_view text) {
    std::string out(text);
    for (auto& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

namespace {

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

void bind_value(store::Statement& stmt, int index, const FieldValue& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) {
        stmt.bind(index, *i);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
        stmt.bind(index, std::string_view(*s));
    } else {
        stmt.bind_null(index);
    }
}

}  // namespace

Result<std::string> normalise_phone(std::string_view raw) {
    const std::string text = trim(raw);
    std::string digits;
    for (char ch : text) {
        if (ch == '+' && digits.empty()) digits += ch;
        if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
    }
    static const std::regex kE164(R"(^\+[1-9][0-9]{6,14}$)");
    if (!digits.empty() && !std::regex_match(digits, kE164)) {
        return make_error(ErrorCode::invalid_argument, "must be an international number such as +15125550123");
    }
    return digits;
}

Result<std::string> normalise_email(std::string_view raw) {
    std::string value = lower(trim(raw));
    static const std::regex kEmail(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    if (!value.empty() && !std::regex_match(value, kEmail)) {
        return make_error(ErrorCode::invalid_argument, "is not an email address");
    }
    return value;
}

const std::vector<std::string_view>& contract_fields() {
    static const std::vector<std::string_view> fields = {
        "external_id",       "first_name",         "last_name",      "primary_phone",   "primary_email",
        "membership_status", "last_activity_at",   "consent_sms",    "consent_email",   "lifetime_value_cents",
        "preferred_channel", "last_ticket_id",     "home_location_id", "tags",          "member_id",
        "access_card_id",    "birthday",
    };
    return fields;
}

Result<bool> set_fields(store::Database& db, ProfileId id, const std::vector<FieldChange>& changes,
                        const std::string& source, Timestamp at, bool synced) {
    const auto& known = contract_fields();
    bool changed = false;
    for (const auto& change : changes) {
        if (std::find(known.begin(), known.end(), change.field) == known.end()) {
            return make_error(ErrorCode::internal, "not a profile contract field: " + change.field);
        }
        // The field name comes from contract_fields(), never from a request.
        const std::string& f = change.field;
        auto stmt = db.prepare("UPDATE profile SET " + f + " = ?2, field_meta = json_set(field_meta, '$." + f +
                               "', json_object('source', ?3, 'updated_at', ?4)) WHERE id = ?1 AND " + f + " IS NOT ?2");
        if (!stmt) return stmt.error();
        stmt->bind(1, id.value()).bind(3, std::string_view(source)).bind(4, store::to_db(at));
        bind_value(*stmt, 2, change.value);
        if (auto r = stmt->run(); !r) return r.error();
        auto n = db.query_int("SELECT changes()");
        if (!n) return n.error();
        changed |= *n > 0;
    }
    if (changed && synced) {
        if (auto r = run(db, "UPDATE profile SET last_synced_at = ?2 WHERE id = ?1",
                         [&](store::Statement& s) { s.bind(1, id.value()).bind(2, store::to_db(at)); });
            !r) {
            return r.error();
        }
    }
    return changed;
}

Result<Json> read_profile(store::Database& db, ProfileId id) {
    auto row = sync::read_entity(db, *sync::find_entity("profile"), std::to_string(id.value()));
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::not_found, "no customer " + std::to_string(id.value()));
    return std::move(**row);
}

Result<ProfileId> live_profile(store::Database& db, ProfileId id) {
    // A chain of merges is short; the bound guards against a cycle written by hand.
    for (int hops = 0; hops < 32; ++hops) {
        auto row = read_profile(db, id);
        if (!row) return row.error();
        const Json& into = (*row)["merged_into"];
        if (into.is_null()) return id;
        id = ProfileId(into.get<std::int64_t>());
    }
    return make_error(ErrorCode::internal, "merges of customer " + std::to_string(id.value()) + " form a cycle");
}

Result<void> publish(store::Database& db, const std::vector<sync::EntityRef>& rows, Timestamp at) {
    return sync::record_changes(db, rows, at);
}

sync::EntityRef profile_ref(ProfileId id) { return {"profile", std::to_string(id.value())}; }

}  // namespace outpost::profiles
