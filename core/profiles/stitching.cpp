#include "profiles/stitching.h"

#include <algorithm>
#include <map>
#include <set>

#include "profiles/contract.h"
#include "store/repositories.h"

namespace outpost::profiles {
namespace {

struct Person {
    std::int64_t id = 0;
    std::string name;  // name_key()
    std::string last_name;
    std::string birthday;
    std::string email;
    std::vector<IdentityKey> keys;
};

Result<Person> person(store::Database& db, std::int64_t id) {
    auto row = read_profile(db, ProfileId(id));
    if (!row) return row.error();
    Person p;
    p.id = id;
    p.name = name_key((*row)["first_name"].get<std::string>(), (*row)["last_name"].get<std::string>());
    p.last_name = lower((*row)["last_name"].get<std::string>());
    p.birthday = (*row)["birthday"].is_string() ? (*row)["birthday"].get<std::string>() : "";
    p.email = (*row)["primary_email"].get<std::string>();
    auto keys = keys_of(db, ProfileId(id));
    if (!keys) return keys.error();
    p.keys = std::move(*keys);
    return p;
}

bool holds(const Person& p, const IdentityKey& key) {
    return std::find(p.keys.begin(), p.keys.end(), key) != p.keys.end();
}

// Why `p` is (or is not) the identity: the agreeing signals, empty on a contradiction.
std::vector<std::string> agreeing(const Person& p, const Identity& identity) {
    for (const auto& key : stable_keys(identity)) {
        const bool other_value = std::any_of(p.keys.begin(), p.keys.end(), [&](const IdentityKey& k) {
            return k.kind == key.kind && k.value != key.value;
        });
        if (other_value) return {};
    }
    if (!identity.birthday.empty() && !p.birthday.empty() && identity.birthday != p.birthday) return {};
    std::vector<std::string> signals;
    for (const auto& key : contact_keys(identity)) {
        if (holds(p, key)) signals.push_back(key.kind);
    }
    if (signals.empty()) return {};
    if (!identity.first_name.empty() && name_key(identity.first_name, identity.last_name) == p.name) {
        signals.push_back("name");
    }
    if (!identity.birthday.empty() && identity.birthday == p.birthday) signals.push_back("birthday");
    return signals;
}

Result<std::optional<StitchResult>> by_stable_key(store::Database& db, const Identity& identity) {
    for (const auto& key : stable_keys(identity)) {
        auto holders = holders_of(db, key);
        if (!holders) return holders.error();
        if (holders->size() == 1) {
            StitchResult r;
            r.profile = ProfileId(holders->front());
            r.rule = "stable:" + key.kind;
            return std::optional<StitchResult>(r);
        }
    }
    return std::optional<StitchResult>();
}

Result<StitchResult> by_contact_keys(store::Database& db, const Identity& identity) {
    std::set<std::int64_t> candidates;
    for (const auto& key : contact_keys(identity)) {
        auto holders = holders_of(db, key);
        if (!holders) return holders.error();
        candidates.insert(holders->begin(), holders->end());
    }
    StitchResult result;
    result.rule = "unmatched";
    int matches = 0;
    for (std::int64_t id : candidates) {
        auto p = person(db, id);
        if (!p) return p.error();
        const auto signals = agreeing(*p, identity);
        if (signals.size() < 2) continue;
        ++matches;
        result.profile = ProfileId(id);
        result.rule = "contact:";
        for (std::size_t i = 0; i < signals.size(); ++i) result.rule += (i ? "+" : "") + signals[i];
    }
    if (matches > 1) return StitchResult{std::nullopt, "ambiguous", false, {}};
    return result;
}

Result<ProfileId> create_profile(store::Database& db, const Identity& identity, const LocationId& home,
                                 const std::string& source, Timestamp at) {
    Json meta = Json::object();
    const std::vector<std::pair<const char*, const std::string*>> given = {
        {"external_id", &identity.external_id}, {"first_name", &identity.first_name},
        {"last_name", &identity.last_name},     {"primary_phone", &identity.phone},
        {"primary_email", &identity.email},     {"member_id", &identity.member_id},
        {"access_card_id", &identity.access_card_id}, {"birthday", &identity.birthday}};
    for (const auto& [field, value] : given) {
        if (!value->empty()) meta[field] = {{"source", source}, {"updated_at", store::to_db(at)}};
    }
    auto stmt = db.prepare(
        "INSERT INTO profile(external_id, first_name, last_name, primary_phone, primary_email, home_location_id, "
        "membership_status, member_id, access_card_id, birthday, field_meta, source_origin, last_synced_at) "
        "VALUES(nullif(?1, ''), ?2, ?3, ?4, ?5, ?6, 'prospect', nullif(?7, ''), nullif(?8, ''), nullif(?9, ''), ?10, ?11, ?12)");
    if (!stmt) return stmt.error();
    stmt->bind(1, identity.external_id)
        .bind(2, identity.first_name)
        .bind(3, identity.last_name)
        .bind(4, identity.phone)
        .bind(5, identity.email)
        .bind(6, home.value())
        .bind(7, identity.member_id)
        .bind(8, identity.access_card_id)
        .bind(9, identity.birthday)
        .bind(10, meta.dump())
        .bind(11, source)
        .bind(12, store::to_db(at));
    if (auto r = stmt->run(); !r) return r.error();
    return ProfileId(db.last_insert_rowid());
}

// Fills the profile's empty fields from the identity; never overwrites what is there.
Result<void> fill_empty(store::Database& db, ProfileId id, const Identity& identity, const std::string& source,
                        Timestamp at) {
    auto row = read_profile(db, id);
    if (!row) return row.error();
    std::vector<FieldChange> changes;
    const std::vector<std::pair<const char*, const std::string*>> fields = {
        {"primary_phone", &identity.phone},     {"primary_email", &identity.email},
        {"member_id", &identity.member_id},     {"access_card_id", &identity.access_card_id},
        {"birthday", &identity.birthday},       {"last_name", &identity.last_name}};
    for (const auto& [field, value] : fields) {
        const Json& current = (*row)[field];
        const bool empty = current.is_null() || (current.is_string() && current.get<std::string>().empty());
        if (empty && !value->empty()) changes.push_back({field, *value});
    }
    auto changed = set_fields(db, id, changes, source, at, true);
    if (!changed) return changed.error();
    return {};
}

Result<std::optional<std::int64_t>> queue_candidate(store::Database& db, std::int64_t a, std::int64_t b,
                                                    double confidence, const Json& reasons, Timestamp at) {
    auto stmt = db.prepare(
        "INSERT INTO merge_candidate(profile_a, profile_b, confidence, reasons, created_at) VALUES(?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(profile_a, profile_b) DO NOTHING");
    if (!stmt) return stmt.error();
    stmt->bind(1, std::min(a, b)).bind(2, std::max(a, b)).bind(3, confidence).bind(4, reasons.dump()).bind(5, store::to_db(at));
    if (auto r = stmt->run(); !r) return r.error();
    auto n = db.query_int("SELECT changes()");
    if (!n) return n.error();
    if (*n == 0) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(db.last_insert_rowid());
}

}  // namespace

std::string canonical_email(std::string_view email) {
    const auto at = email.find('@');
    if (at == std::string_view::npos) return std::string(email);
    std::string local(email.substr(0, at));
    if (auto plus = local.find('+'); plus != std::string::npos) local.resize(plus);
    std::erase(local, '.');
    return local + std::string(email.substr(at));
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
    if (std::abs(static_cast<int>(a.size()) - static_cast<int>(b.size())) > limit) return limit + 1;
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        int best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
            best = std::min(best, row[j]);
        }
        if (best > limit) return limit + 1;
    }
    return row[b.size()];
}

Result<StitchResult> match_identity(store::Database& db, const Identity& identity) {
    auto stable = by_stable_key(db, identity);
    if (!stable) return stable.error();
    if (*stable) return **stable;
    return by_contact_keys(db, identity);
}

Result<StitchResult> stitch(store::Database& db, const Identity& identity, const LocationId& home,
                            const std::string& source, Timestamp at) {
    auto result = match_identity(db, identity);
    if (!result) return result.error();
    if (result->profile) {
        if (auto f = fill_empty(db, *result->profile, identity, source, at); !f) return f.error();
    } else if (!identity.first_name.empty()) {
        auto created = create_profile(db, identity, home, source, at);
        if (!created) return created.error();
        result->profile = *created;
        result->created = true;
        result->rule = "created";
    } else {
        return result;
    }
    std::vector<IdentityKey> keys = stable_keys(identity);
    for (auto& k : contact_keys(identity)) keys.push_back(std::move(k));
    if (auto a = attach_keys(db, *result->profile, keys, source, at); !a) return a.error();
    auto suggested = suggest_merges(db, *result->profile, at);
    if (!suggested) return suggested.error();
    result->suggestions = std::move(*suggested);
    return result;
}

Result<std::vector<std::int64_t>> suggest_merges(store::Database& db, ProfileId profile, Timestamp at) {
    auto me = person(db, profile.value());
    if (!me) return me.error();
    std::vector<std::int64_t> queued;
    if (me->last_name.empty()) return queued;
    // Same last name: found through the search keys (an index range, not a scan of every profile).
    auto others = ids(db,
                      "SELECT s.profile_id FROM search_key s WHERE s.key = ?1 AND s.profile_id <> ?2 LIMIT 500",
                      [&](store::Statement& s) { s.bind(1, me->last_name).bind(2, profile.value()); });
    if (!others) return others.error();
    for (std::int64_t id : *others) {
        auto other = person(db, id);
        if (!other) return other.error();
        double confidence = 0;
        Json reasons = Json::array();
        if (other->name == me->name && !me->birthday.empty() && other->birthday == me->birthday) {
            confidence = 0.85;
            reasons.push_back("name_birthday");
        } else if (!me->email.empty() && !other->email.empty() && me->email != other->email &&
                   (canonical_email(me->email) == canonical_email(other->email) ||
                    edit_distance(me->email, other->email, 2) <= 2)) {
            confidence = 0.7;
            reasons.push_back("similar_email");
        }
        if (confidence == 0) continue;
        auto id_queued = queue_candidate(db, profile.value(), id, confidence, reasons, at);
        if (!id_queued) return id_queued.error();
        if (*id_queued) queued.push_back(**id_queued);
    }
    return queued;
}

}  // namespace outpost::profiles
