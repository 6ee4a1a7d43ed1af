#include "profiles/merge.h"

#include <array>

#include "profiles/consent.h"
#include "profiles/contract.h"
#include "profiles/identity.h"
#include "store/repositories.h"
#include "sync/entities.h"

namespace outpost::profiles {
namespace {

// Tables whose rows follow a person, with the entity name desks know them by (empty: engine only).
struct Owned {
    std::string_view table;
    std::string_view entity;
};
constexpr std::array<Owned, 7> kOwned = {{{"visit", "visit"},
                                          {"profile_note", "profile_note"},
                                          {"profile_field_history", "profile_field_history"},
                                          {"review", "review"},
                                          {"task", "task"},
                                          {"profile_event", "profile_event"},
                                          {"consent_event", "consent_event"}}};

Result<Json> owned_rows(store::Database& db, ProfileId profile) {
    Json moved = Json::object();
    for (const auto& o : kOwned) {
        auto stmt = db.prepare("SELECT id FROM " + std::string(o.table) + " WHERE profile_id = ?1 ORDER BY id");
        if (!stmt) return stmt.error();
        stmt->bind(1, profile.value());
        Json list = Json::array();
        while (true) {
            auto has = stmt->step();
            if (!has) return has.error();
            if (!*has) break;
            if (stmt->kind(0) == store::Statement::Kind::integer) {
                list.push_back(stmt->int64(0));
            } else {
                list.push_back(stmt->string(0));
            }
        }
        moved[std::string(o.table)] = std::move(list);
    }
    return moved;
}

// Moves the listed rows of each owned table to `to`; answers them for the change log.
Result<std::vector<sync::EntityRef>> move_rows(store::Database& db, const Json& moved, ProfileId to) {
    std::vector<sync::EntityRef> refs;
    for (const auto& o : kOwned) {
        const Json& list = moved.at(std::string(o.table));
        auto r = run(db,
                     "UPDATE " + std::string(o.table) + " SET profile_id = ?1 WHERE id IN (SELECT value FROM json_each(?2))",
                     [&](store::Statement& s) { s.bind(1, to.value()).bind(2, list.dump()); });
        if (!r) return r.error();
        if (o.entity.empty()) continue;
        for (const auto& id : list) {
            refs.push_back({std::string(o.entity), id.is_string() ? id.get<std::string>() : std::to_string(id.get<std::int64_t>())});
        }
    }
    return refs;
}

Json keys_json(const std::vector<IdentityKey>& keys) {
    Json out = Json::array();
    for (const auto& k : keys) out.push_back({k.kind, k.value});
    return out;
}

Result<void> move_keys(store::Database& db, ProfileId from, ProfileId to, Json& snapshot, Timestamp at) {
    auto survivor_keys = keys_of(db, to);
    auto absorbed_keys = keys_of(db, from);
    if (!survivor_keys) return survivor_keys.error();
    if (!absorbed_keys) return absorbed_keys.error();
    std::vector<IdentityKey> added;
    for (const auto& k : *absorbed_keys) {
        if (std::find(survivor_keys->begin(), survivor_keys->end(), k) == survivor_keys->end()) added.push_back(k);
    }
    snapshot["absorbed_keys"] = keys_json(*absorbed_keys);
    snapshot["added_keys"] = keys_json(added);
    if (auto a = attach_keys(db, to, added, "merge", at); !a) return a;
    return run(db, "DELETE FROM profile_identity WHERE profile_id = ?1", [&](store::Statement& s) { s.bind(1, from.value()); });
}

// The survivor takes what it lacks: empty contact fields, the later activity, the summed value.
Result<void> fold_fields(store::Database& db, const Json& survivor, const Json& absorbed, ProfileId id, Timestamp at) {
    std::vector<FieldChange> changes;
    for (const char* f : {"primary_phone", "primary_email", "member_id", "access_card_id", "birthday", "preferred_channel"}) {
        const Json& mine = survivor[f];
        const Json& theirs = absorbed[f];
        const bool empty = mine.is_null() || (mine.is_string() && mine.get<std::string>().empty());
        if (empty && theirs.is_string() && !theirs.get<std::string>().empty()) changes.push_back({f, theirs.get<std::string>()});
    }
    changes.push_back({"lifetime_value_cents", survivor["lifetime_value_cents"].get<std::int64_t>() +
                                                   absorbed["lifetime_value_cents"].get<std::int64_t>()});
    if (absorbed["last_activity_at"].is_number() &&
        (!survivor["last_activity_at"].is_number() || absorbed["last_activity_at"] > survivor["last_activity_at"])) {
        changes.push_back({"last_activity_at", absorbed["last_activity_at"].get<std::int64_t>()});
    }
    auto changed = set_fields(db, id, changes, "merge", at);
    if (!changed) return changed.error();
    return {};
}

Result<void> audit_merge(access::AuditLog& audit, const Actor& actor, Timestamp at, const std::string& action,
                         ProfileId survivor, ProfileId absorbed, Json details) {
    access::AuditEvent event;
    event.at = at;
    event.actor_id = actor.id;
    event.actor = actor.username;
    event.action = action;
    event.subject = "profile:" + std::to_string(survivor.value()) + "+" + std::to_string(absorbed.value());
    event.details = std::move(details);
    auto appended = audit.append(event);
    if (!appended) return appended.error();
    return {};
}

Result<MergeCandidate> candidate(store::Database& db, std::int64_t id) {
    auto stmt = db.prepare("SELECT profile_a, profile_b, confidence, reasons, status FROM merge_candidate WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no merge suggestion " + std::to_string(id));
    MergeCandidate c{id, ProfileId(stmt->int64(0)), ProfileId(stmt->int64(1)), stmt->real(2), {}, stmt->string(4)};
    auto reasons = parse_json(stmt->text(3));
    if (reasons && reasons->is_array()) {
        for (const auto& r : *reasons) c.reasons.push_back(r.get<std::string>());
    }
    return c;
}

Result<void> decide(store::Database& db, std::int64_t id, std::string_view status, const Actor& actor, Timestamp at) {
    return run(db, "UPDATE merge_candidate SET status = ?2, decided_by = ?3, decided_at = ?4 WHERE id = ?1",
               [&](store::Statement& s) {
                   s.bind(1, id).bind(2, status).bind(3, actor.id.value()).bind(4, store::to_db(at));
               });
}

}  // namespace

Result<std::vector<MergeCandidate>> pending_candidates(store::Database& db, int limit) {
    auto list = ids(db, "SELECT id FROM merge_candidate WHERE status = 'pending' ORDER BY confidence DESC, id LIMIT ?1",
                    [&](store::Statement& s) { s.bind(1, limit); });
    if (!list) return list.error();
    std::vector<MergeCandidate> out;
    for (std::int64_t id : *list) {
        auto c = candidate(db, id);
        if (!c) return c.error();
        out.push_back(std::move(*c));
    }
    return out;
}

Result<std::int64_t> merge_profiles(store::Database& db, access::AuditLog& audit, ProfileId survivor,
                                    ProfileId absorbed, const Actor& actor, Timestamp at) {
    if (survivor == absorbed) return make_error(ErrorCode::invalid_argument, "a customer cannot be merged into itself");
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto kept = read_profile(db, survivor);
    auto gone = read_profile(db, absorbed);
    if (!kept) return kept.error();
    if (!gone) return gone.error();
    if (!(*kept)["merged_into"].is_null() || !(*gone)["merged_into"].is_null()) {
        return make_error(ErrorCode::conflict, "one of the customers was merged already");
    }
    Json snapshot = {{"survivor", *kept}, {"absorbed", *gone}};
    auto moved = owned_rows(db, absorbed);
    if (!moved) return moved.error();
    snapshot["moved"] = *moved;
    auto refs = move_rows(db, *moved, survivor);
    if (!refs) return refs.error();
    if (auto k = move_keys(db, absorbed, survivor, snapshot, at); !k) return k.error();
    if (auto f = fold_fields(db, *kept, *gone, survivor, at); !f) return f.error();
    if (auto c = sync_consent_mirror(db, survivor, at); !c) return c.error();
    if (auto r = run(db, "UPDATE profile SET merged_into = ?2 WHERE id = ?1",
                     [&](store::Statement& s) { s.bind(1, absorbed.value()).bind(2, survivor.value()); });
        !r) {
        return r.error();
    }
    if (auto r = run(db, "DELETE FROM at_risk_score WHERE profile_id = ?1", [&](store::Statement& s) { s.bind(1, absorbed.value()); }); !r) {
        return r.error();
    }
    auto stmt = db.prepare("INSERT INTO profile_merge(survivor_id, absorbed_id, snapshot, merged_by, merged_at) VALUES(?1, ?2, ?3, ?4, ?5)");
    if (!stmt) return stmt.error();
    stmt->bind(1, survivor.value()).bind(2, absorbed.value()).bind(3, snapshot.dump()).bind(4, actor.id.value()).bind(5, store::to_db(at));
    if (auto r = stmt->run(); !r) return r.error();
    const std::int64_t merge_id = db.last_insert_rowid();
    refs->push_back(profile_ref(survivor));
    refs->push_back(profile_ref(absorbed));
    if (auto p = publish(db, *refs, at); !p) return p.error();
    if (auto a = audit_merge(audit, actor, at, "profile.merge", survivor, absorbed, {{"merge", merge_id}}); !a) return a.error();
    if (auto c = tx->commit(); !c) return c.error();
    return merge_id;
}

Result<void> unmerge(store::Database& db, access::AuditLog& audit, std::int64_t merge_id, const Actor& actor, Timestamp at) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    auto stmt = db.prepare("SELECT survivor_id, absorbed_id, snapshot, unmerged_at FROM profile_merge WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, merge_id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, "no merge " + std::to_string(merge_id));
    if (!stmt->is_null(3)) return make_error(ErrorCode::conflict, "merge " + std::to_string(merge_id) + " was undone already");
    const ProfileId survivor(stmt->int64(0));
    const ProfileId absorbed(stmt->int64(1));
    auto snapshot = parse_json(stmt->text(2));
    if (!snapshot) return snapshot.error();
    auto now_kept = read_profile(db, survivor);
    if (!now_kept) return now_kept.error();
    if (!(*now_kept)["merged_into"].is_null()) {
        return make_error(ErrorCode::conflict, "the surviving customer was merged again since; undo that merge first");
    }
    auto refs = move_rows(db, (*snapshot)["moved"], absorbed);
    if (!refs) return refs.error();
    const auto& kind = *sync::find_entity("profile");
    if (auto w = sync::write_entity(db, kind, (*snapshot)["survivor"]); !w) return w.error();
    if (auto w = sync::write_entity(db, kind, (*snapshot)["absorbed"]); !w) return w.error();
    for (const auto& k : (*snapshot)["added_keys"]) {
        auto r = run(db, "DELETE FROM profile_identity WHERE profile_id = ?1 AND kind = ?2 AND value = ?3",
                     [&](store::Statement& s) { s.bind(1, survivor.value()).bind(2, k[0].get<std::string>()).bind(3, k[1].get<std::string>()); });
        if (!r) return r.error();
    }
    std::vector<IdentityKey> keys;
    for (const auto& k : (*snapshot)["absorbed_keys"]) keys.push_back({k[0].get<std::string>(), k[1].get<std::string>()});
    if (auto a = attach_keys(db, absorbed, keys, "unmerge", at); !a) return a.error();
    if (auto r = run(db, "UPDATE profile_merge SET unmerged_by = ?2, unmerged_at = ?3 WHERE id = ?1",
                     [&](store::Statement& s) { s.bind(1, merge_id).bind(2, actor.id.value()).bind(3, store::to_db(at)); });
        !r) {
        return r.error();
    }
    if (auto r = run(db, "UPDATE merge_candidate SET status = 'rejected' WHERE profile_a = min(?1, ?2) AND profile_b = max(?1, ?2)",
                     [&](store::Statement& s) { s.bind(1, survivor.value()).bind(2, absorbed.value()); });
        !r) {
        return r.error();
    }
    refs->push_back(profile_ref(survivor));
    refs->push_back(profile_ref(absorbed));
    if (auto p = publish(db, *refs, at); !p) return p.error();
    if (auto a = audit_merge(audit, actor, at, "profile.unmerge", survivor, absorbed, {{"merge", merge_id}}); !a) return a.error();
    return tx->commit();
}

Result<std::int64_t> approve_candidate(store::Database& db, access::AuditLog& audit, std::int64_t id, const Actor& actor,
                                       Timestamp at) {
    auto c = candidate(db, id);
    if (!c) return c.error();
    if (c->status != "pending") return make_error(ErrorCode::conflict, "merge suggestion " + std::to_string(id) + " is " + c->status);
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto d = decide(db, id, "approved", actor, at); !d) return d.error();
    auto merged = merge_profiles(db, audit, c->a, c->b, actor, at);
    if (!merged) return merged.error();
    if (auto r = tx->commit(); !r) return r.error();
    return merged;
}

Result<void> reject_candidate(store::Database& db, access::AuditLog& audit, std::int64_t id, const Actor& actor, Timestamp at,
                              const std::string& reason) {
    auto c = candidate(db, id);
    if (!c) return c.error();
    if (c->status != "pending") return make_error(ErrorCode::conflict, "merge suggestion " + std::to_string(id) + " is " + c->status);
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto d = decide(db, id, "rejected", actor, at); !d) return d.error();
    if (auto a = audit_merge(audit, actor, at, "profile.merge_rejected", c->a, c->b, {{"suggestion", id}, {"reason", reason}}); !a) {
        return a.error();
    }
    return tx->commit();
}

Result<std::vector<MergeRecord>> recent_merges(store::Database& db, int limit) {
    auto stmt = db.prepare("SELECT id, survivor_id, absorbed_id, merged_at, unmerged_at FROM profile_merge ORDER BY merged_at DESC, id DESC "
                           "LIMIT ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, limit);
    return store::collect_rows<MergeRecord>(*stmt, [](const store::Statement& s) -> Result<MergeRecord> {
        MergeRecord m{s.int64(0), ProfileId(s.int64(1)), ProfileId(s.int64(2)), store::from_db(s.int64(3)), std::nullopt};
        if (!s.is_null(4)) m.unmerged_at = store::from_db(s.int64(4));
        return m;
    });
}

Result<MergeStats> merge_stats(store::Database& db) {
    MergeStats s;
    auto merges = db.query_int("SELECT count(*) FROM profile_merge");
    auto unmerges = db.query_int("SELECT count(*) FROM profile_merge WHERE unmerged_at IS NOT NULL");
    if (!merges) return merges.error();
    if (!unmerges) return unmerges.error();
    s.merges = *merges;
    s.unmerges = *unmerges;
    s.false_merge_rate = s.merges == 0 ? 0.0 : static_cast<double>(s.unmerges) / static_cast<double>(s.merges);
    return s;
}

}  // namespace outpost::profiles
