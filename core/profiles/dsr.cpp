#include "profiles/dsr.h"

#include <array>

#include "profiles/contract.h"
#include "profiles/identity.h"
#include "store/repositories.h"
#include "sync/entities.h"
#include "sync/sync_service.h"

namespace outpost::profiles {
namespace {

// Every row of `table` where `where` holds for the profile (?1), as JSON objects.
Result<Json> rows_of(store::Database& db, std::string_view table, std::string_view where, ProfileId profile) {
    auto stmt = db.prepare("SELECT * FROM " + std::string(table) + " WHERE " + std::string(where));
    if (!stmt) return stmt.error();
    stmt->bind(1, profile.value());
    Json out = Json::array();
    while (true) {
        auto has = stmt->step();
        if (!has) return has.error();
        if (!*has) return out;
        out.push_back(sync::row_object(*stmt));
    }
}

struct Part {
    std::string_view name;   // key in the export
    std::string_view table;
    std::string_view where;  // ?1 is the profile id
};

constexpr std::array<Part, 13> kParts = {{
    {"identities", "profile_identity", "profile_id = ?1"},
    {"consent_ledger", "consent_event", "profile_id = ?1 ORDER BY occurred_at, id"},
    {"events", "profile_event", "profile_id = ?1 ORDER BY occurred_at, id"},
    {"visits", "visit", "profile_id = ?1 ORDER BY visited_at"},
    {"reviews", "review", "profile_id = ?1 ORDER BY posted_at"},
    {"notes", "profile_note", "profile_id = ?1 ORDER BY created_at"},
    {"field_history", "profile_field_history", "profile_id = ?1 ORDER BY changed_at"},
    {"tasks", "task", "profile_id = ?1 ORDER BY created_at"},
    {"merge_suggestions", "merge_candidate", "?1 IN (profile_a, profile_b)"},
    {"merges", "profile_merge", "?1 IN (survivor_id, absorbed_id)"},
    {"at_risk", "at_risk_score", "profile_id = ?1"},
    {"outreach", "outreach", "profile_id = ?1"},
    {"merged_profiles", "profile", "merged_into = ?1"},
}};

// The tables whose rows desks hold, with the location column each tombstone goes to.
struct Synced {
    std::string_view entity;
    std::string_view location;
    std::string_view key = "id";
};
constexpr std::array<Synced, 7> kSynced = {{{"visit", "location_id"},
                                            {"profile_event", "location_id"},
                                            {"consent_event", "location_id"},
                                            {"profile_note", "location_id"},
                                            {"profile_field_history", "location_id"},
                                            {"task", "location_id"},
                                            {"at_risk_score", "location_id", "profile_id"}}};

Result<std::int64_t> changes(store::Database& db) { return db.query_int("SELECT changes()"); }

// Removes the synced rows of one profile, leaving a tombstone for each.
Result<void> erase_synced(store::Database& db, ProfileId profile, Timestamp at, ErasureReport& report) {
    for (const auto& s : kSynced) {
        auto stmt = db.prepare("SELECT " + std::string(s.key) + ", " + std::string(s.location) + " FROM " + std::string(s.entity) +
                               " WHERE profile_id = ?1");
        if (!stmt) return stmt.error();
        stmt->bind(1, profile.value());
        std::vector<std::pair<sync::EntityRef, std::string>> rows;
        while (true) {
            auto has = stmt->step();
            if (!has) return has.error();
            if (!*has) break;
            const std::string id = stmt->kind(0) == store::Statement::Kind::integer ? std::to_string(stmt->int64(0)) : stmt->string(0);
            rows.push_back({{std::string(s.entity), id}, stmt->string(1)});
        }
        auto del = run(db, "DELETE FROM " + std::string(s.entity) + " WHERE profile_id = ?1",
                       [&](store::Statement& st) { st.bind(1, profile.value()); });
        if (!del) return del.error();
        report.rows += static_cast<std::int64_t>(rows.size());
        for (const auto& [ref, location] : rows) {
            if (auto t = sync::record_deletions(db, {ref}, LocationId(location), at); !t) return t.error();
            ++report.tombstones;
        }
    }
    return {};
}

Result<void> erase_engine_rows(store::Database& db, ProfileId profile, ErasureReport& report) {
    static constexpr std::array<std::string_view, 8> kDeletes = {
        "DELETE FROM profile_identity WHERE profile_id = ?1", "DELETE FROM consent_event WHERE profile_id = ?1",
        "DELETE FROM profile_event WHERE profile_id = ?1",    "DELETE FROM merge_candidate WHERE ?1 IN (profile_a, profile_b)",
        "DELETE FROM profile_merge WHERE ?1 IN (survivor_id, absorbed_id)",
        "DELETE FROM at_risk_score WHERE profile_id = ?1",    "DELETE FROM outreach WHERE profile_id = ?1",
        "DELETE FROM search_key WHERE profile_id = ?1"};
    for (auto sql : kDeletes) {
        if (auto r = run(db, sql, [&](store::Statement& s) { s.bind(1, profile.value()); }); !r) return r;
        auto n = changes(db);
        if (!n) return n.error();
        report.rows += *n;
    }
    return {};
}

Result<void> erase_one(store::Database& db, ProfileId profile, Timestamp at, ErasureReport& report) {
    auto row = read_profile(db, profile);
    if (!row) return row.error();
    const LocationId home((*row)["home_location_id"].get<std::string>());
    auto reviews = ids(db, "SELECT id FROM review WHERE profile_id = ?1", [&](store::Statement& s) { s.bind(1, profile.value()); });
    if (!reviews) return reviews.error();
    if (auto r = run(db, "UPDATE review SET profile_id = NULL WHERE profile_id = ?1",
                     [&](store::Statement& s) { s.bind(1, profile.value()); });
        !r) {
        return r;
    }
    std::vector<sync::EntityRef> unlinked;
    for (auto id : *reviews) unlinked.push_back({"review", std::to_string(id)});
    if (auto p = publish(db, unlinked, at); !p) return p;
    report.reviews_unlinked += static_cast<std::int64_t>(reviews->size());
    if (auto s = erase_synced(db, profile, at, report); !s) return s;
    if (auto e = erase_engine_rows(db, profile, report); !e) return e;
    if (auto r = run(db, "DELETE FROM profile WHERE id = ?1", [&](store::Statement& s) { s.bind(1, profile.value()); }); !r) {
        return r;
    }
    ++report.rows;
    ++report.profiles;
    if (auto t = sync::record_deletions(db, {profile_ref(profile)}, home, at); !t) return t;
    ++report.tombstones;
    return {};
}

}  // namespace

Result<Json> export_person(store::Database& db, ProfileId profile) {
    auto row = read_profile(db, profile);
    if (!row) return row.error();
    Json out = {{"contract_version", kContractVersion}, {"profile", *row}};
    for (const auto& part : kParts) {
        auto rows = rows_of(db, part.table, part.where, profile);
        if (!rows) return rows.error();
        out[std::string(part.name)] = std::move(*rows);
    }
    for (auto& field : {"field_meta", "tags"}) {
        if (out["profile"][field].is_string()) {
            if (auto parsed = parse_json(out["profile"][field].get<std::string>()); parsed) out["profile"][field] = *parsed;
        }
    }
    return out;
}

Result<ErasureReport> erase_person(store::Database& db, access::AuditLog& audit, ProfileId profile, const Actor& actor,
                                   Timestamp at) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto live = live_profile(db, profile);
    if (!live) return live.error();
    auto merged = ids(db,
                      "WITH RECURSIVE m(id) AS (SELECT id FROM profile WHERE merged_into = ?1 UNION "
                      "SELECT p.id FROM profile p JOIN m ON p.merged_into = m.id) SELECT id FROM m ORDER BY id DESC",
                      [&](store::Statement& s) { s.bind(1, live->value()); });
    if (!merged) return merged.error();
    ErasureReport report;
    // Profiles merged into this one first: they point at it.
    for (auto id : *merged) {
        if (auto e = erase_one(db, ProfileId(id), at, report); !e) return e.error();
    }
    if (auto e = erase_one(db, *live, at, report); !e) return e.error();
    access::AuditEvent event;
    event.at = at;
    event.actor_id = actor.id;
    event.actor = actor.username;
    event.action = "profile.erase";
    event.subject = "profile:" + std::to_string(live->value());
    event.details = {{"profiles", report.profiles}, {"rows", report.rows}, {"tombstones", report.tombstones},
                     {"reviews_unlinked", report.reviews_unlinked}};
    if (auto a = audit.append(event); !a) return a.error();
    if (auto c = tx->commit(); !c) return c.error();
    return report;
}

}  // namespace outpost::profiles
